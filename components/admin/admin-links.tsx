import Link from "next/link";

export interface AdminLink {
  href: string;
  label: string;
  description: string;
}

/** The dashboard's list of staff pages; other areas add their entries in app/admin/page.tsx. */
export function AdminLinks({ links }: { links: AdminLink[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {links.map((link) => (
        <li key={link.href} className="p-4">
          <Link href={link.href} className="font-medium">
            {link.label}
          </Link>
          <p className="mt-1 text-sm text-slate-600">{link.description}</p>
        </li>
      ))}
    </ul>
  );
}
