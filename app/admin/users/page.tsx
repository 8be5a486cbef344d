import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { UtcTime } from "@/components/admin/utc-time";
import { FormStatus } from "@/components/admin/form-status";
import { readFormReply } from "@/lib/actions/form-reply";
import { changeRole, createUser, disableUser, enableUser } from "@/lib/actions/users";
import { requireRole } from "@/lib/auth/guard";
import { listStaff } from "@/lib/auth/queries";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Staff accounts" };

const when = (date: Date | null) => (date ? <UtcTime date={date} /> : "—");

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const me = await requireRole("ADMIN", "/admin/users");
  const [users, kept] = await Promise.all([
    listStaff(db),
    readFormReply(me.id, (await searchParams).form),
  ]);
  const rowActions = { changeRole, disable: disableUser, enable: enableUser };
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Staff accounts</h1>
      {kept?.form === "user-row" ? <FormStatus message={kept.message} ok={kept.ok} /> : null}
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="sr-only">
          Accounts
        </h2>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {users.map((user) => (
            <li key={user.id} className="grid gap-3 p-4 md:grid-cols-[1fr_auto]">
              <div>
                <p className="font-medium">
                  {user.email}
                  {user.id === me.id ? (
                    <span className="ml-2 text-xs font-normal text-slate-600">(you)</span>
                  ) : null}
                  {user.disabledAt ? (
                    <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal text-slate-800">
                      Disabled
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {user.name ?? "No name"} · {user.role === "ADMIN" ? "Admin" : "Editor"} · created{" "}
                  {when(user.createdAt)} · last active {when(user.lastSeenAt)}
                </p>
              </div>
              {user.id === me.id ? (
                <p className="text-sm text-slate-600">
                  Another admin changes your own role or access.
                </p>
              ) : (
                <UserRowActions
                  user={{
                    id: user.id,
                    email: user.email,
                    role: user.role,
                    disabled: Boolean(user.disabledAt),
                  }}
                  actions={rowActions}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section
        aria-labelledby="new-account"
        className="max-w-2xl rounded border border-slate-200 bg-white p-6"
      >
        <h2 id="new-account" className="mb-4 text-lg font-semibold">
          New account
        </h2>
        <CreateUserForm
          action={createUser}
          initial={kept?.form === "create-user" ? kept : undefined}
        />
      </section>
    </div>
  );
}
