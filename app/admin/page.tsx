import type { Metadata } from "next";
import { AdminLinks, type AdminLink } from "@/components/admin/admin-links";
import { TranslationCounts } from "@/components/admin/translation-counts";
import { requireUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { areaKeys, contentAreas } from "@/lib/content/areas";
import { countGaps } from "@/lib/content/translation-gaps";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: { absolute: "Dashboard · Staff · Partnership portal" } };

// Staff pages: every content area (lib/content/areas.ts), then accounts.
const links: (AdminLink & { adminOnly?: boolean })[] = [
  ...areaKeys.map((key) => ({
    href: `/admin/${key}`,
    label: contentAreas[key].title,
    description: contentAreas[key].description,
  })),
  { href: "/admin/account", label: "Your account", description: "Change your password." },
  {
    href: "/admin/users",
    label: "Staff accounts",
    description: "Create accounts, change roles, disable access.",
    adminOnly: true,
  },
  {
    href: "/admin/audit",
    label: "Audit log",
    description: "Sign-ins, account changes and publications.",
    adminOnly: true,
  },
];

export default async function DashboardPage({ searchParams }: PageProps<"/admin">) {
  const user = await requireUser("/admin");
  const { denied } = await searchParams;
  const visible = links.filter((link) => !link.adminOnly || hasRole(user, "ADMIN"));
  const gaps = await countGaps(db);
  const translationRows = areaKeys.flatMap((area) => {
    const counts = gaps.get(contentAreas[area].adapter.entityType);
    return counts ? [{ area, title: contentAreas[area].title, counts }] : [];
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      {denied ? (
        <p
          role="status"
          className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          That page is for administrators. Ask an admin if you need access.
        </p>
      ) : null}
      <p className="text-slate-700">
        Welcome{user.name ? `, ${user.name}` : ""}. You are signed in as{" "}
        {user.role === "ADMIN" ? "an administrator" : "an editor"}.
      </p>
      <AdminLinks links={visible} />
      <TranslationCounts rows={translationRows} />
    </div>
  );
}
