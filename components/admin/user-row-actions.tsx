"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { inputClass, quietButtonClass } from "./fields";
import { FormStatus } from "./form-status";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Role change and disable/enable for one account, each a small form that works without JavaScript. */
export function UserRowActions({
  user,
  actions,
}: {
  user: { id: number; email: string; role: "EDITOR" | "ADMIN"; disabled: boolean };
  actions: { changeRole: Action; disable: Action; enable: Action };
}) {
  const [roleState, roleAction, rolePending] = useActionState(actions.changeRole, {});
  const [statusState, statusAction, statusPending] = useActionState(
    user.disabled ? actions.enable : actions.disable,
    {},
  );
  const message = statusState.message ?? roleState.message;
  const ok = statusState.message ? statusState.ok : roleState.ok;
  const roleId = `role-${user.id}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <form action={roleAction} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <div>
            <label htmlFor={roleId} className="block text-xs font-medium text-slate-700">
              Role of {user.email}
            </label>
            <select
              id={roleId}
              name="role"
              defaultValue={user.role}
              className={`${inputClass} py-1.5`}
            >
              <option value="EDITOR">Editor</option>
              <option value="ADMIN">Admin</option>
            </select>
          </div>
          <button type="submit" disabled={rolePending} className={quietButtonClass}>
            Change role
          </button>
        </form>
        <form action={statusAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" disabled={statusPending} className={quietButtonClass}>
            {user.disabled ? "Enable" : "Disable"}
            <span className="sr-only"> {user.email}</span>
          </button>
        </form>
      </div>
      <FormStatus message={message} ok={ok} />
    </div>
  );
}
