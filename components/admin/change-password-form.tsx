"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { Field, FormMessage, buttonClass } from "./account-fields";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function ChangePasswordForm({ action, initial }: { action: Action; initial?: FormState }) {
  const [state, formAction, pending] = useActionState(action, initial ?? {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {/* Lets password managers file the new password under the right account. */}
      <Field id="pw-current" name="currentPassword" type="password" label="Current password" autoComplete="current-password" required error={e.currentPassword} />
      <Field
        id="pw-new"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        error={e.newPassword}
        hint="8 to 128 characters. Any characters, spaces included; a few unrelated words make a good password. Common passwords are refused."
      />
      <Field id="pw-confirm" name="confirmPassword" type="password" label="New password again" autoComplete="new-password" required error={e.confirmPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
