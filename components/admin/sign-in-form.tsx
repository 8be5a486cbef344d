"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { buttonClass, TextField } from "./fields";
import { FormStatus } from "./form-status";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** `refusal`: the message for a refused sign-in that was posted without JavaScript. */
export function SignInForm({
  action,
  next,
  refusal,
}: {
  action: Action;
  next?: string;
  refusal?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { message: refusal });
  const values = state.values as { email?: string } | undefined;
  return (
    // The key remounts the fields after a refusal, so the email typed is shown again.
    <form key={JSON.stringify(values ?? null)} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <FormStatus message={state.message} />
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        defaultValue={values?.email}
        errors={state.errors}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.errors}
      />
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
