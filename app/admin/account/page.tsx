import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { changePassword } from "@/lib/actions/auth";
import { readFormReply } from "@/lib/actions/form-reply";
import { requireUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: PageProps<"/admin/account">) {
  const user = await requireUser("/admin/account");
  const kept = await readFormReply(user.id, (await searchParams).form);
  return (
    <div className="max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-slate-600">Name</dt>
        <dd>{user.name ?? "—"}</dd>
        <dt className="text-slate-600">Role</dt>
        <dd>{user.role === "ADMIN" ? "Admin" : "Editor"}</dd>
      </dl>
      <section
        aria-labelledby="change-password"
        className="rounded border border-slate-200 bg-white p-6"
      >
        <h2 id="change-password" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Changing it signs you out on every other device.
        </p>
        <ChangePasswordForm action={changePassword} initial={kept} />
      </section>
    </div>
  );
}
