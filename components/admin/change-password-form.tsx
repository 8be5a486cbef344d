"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { buttonClass, TextField } from "./fields";
import { FormStatus } from "./form-status";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function ChangePasswordForm({ action, initial }: { action: Action; initial?: FormState }) {
  const [state, formAction, pending] = useActionState(action, initial ?? {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus message={state.message} ok={state.ok} />
      {/* Lets password managers file the new password under the right account. */}
      <TextField
        id="pw-current"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={e}
      />
      <TextField
        id="pw-new"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        errors={e}
        hint="8 to 128 characters. Any characters, spaces included; a few unrelated words make a good password. Common passwords are refused."
      />
      <TextField
        id="pw-confirm"
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={e}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
