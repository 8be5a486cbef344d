"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { buttonClass, inputClass, TextField } from "./fields";
import { FormStatus } from "./form-status";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function CreateUserForm({ action, initial }: { action: Action; initial?: FormState }) {
  const [state, formAction, pending] = useActionState(action, initial ?? {});
  const v = (state.ok ? undefined : state.values) as
    { email?: string; name?: string; role?: string } | undefined;
  const e = state.errors ?? {};
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus message={state.message} ok={state.ok} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="new-user-email"
          name="email"
          type="email"
          label="Email"
          autoComplete="off"
          required
          defaultValue={v?.email}
          errors={e}
        />
        <TextField
          id="new-user-name"
          name="name"
          label="Name (optional)"
          autoComplete="off"
          defaultValue={v?.name}
          errors={e}
        />
      </div>
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={v?.role ?? "EDITOR"}
          aria-invalid={e.role ? true : undefined}
          aria-describedby={e.role ? "new-user-role-error" : undefined}
          className={`${inputClass} sm:w-60`}
        >
          <option value="EDITOR">Editor — edits and publishes content</option>
          <option value="ADMIN">Admin — also manages staff accounts</option>
        </select>
        {e.role ? (
          <p id="new-user-role-error" className="mt-1 text-sm text-red-800">
            {e.role}
          </p>
        ) : null}
      </div>
      <TextField
        id="new-user-password"
        name="password"
        type="password"
        label="First password"
        autoComplete="new-password"
        required
        errors={e}
        hint="8 to 128 characters, not a common password. Give it to the person privately; they can change it under Account."
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
