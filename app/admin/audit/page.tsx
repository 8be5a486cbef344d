import type { Metadata } from "next";
import Link from "next/link";
import { UtcTime } from "@/components/admin/utc-time";
import { requireRole } from "@/lib/auth/guard";
import { AUDIT_LIMIT, AUDIT_PAGES, listAuditEvents } from "@/lib/auth/queries";
import { db } from "@/lib/db";
import { queryInt } from "@/lib/schemas/query-string";

export const metadata: Metadata = { title: "Audit log" };

/** ?page=N, from 1 to AUDIT_PAGES; anything else shows the first page. */
const PageNumber = queryInt(1, AUDIT_PAGES).catch(1);

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireRole("ADMIN", "/admin/audit");
  const raw = (await searchParams).page;
  const { events, page, pages } = await listAuditEvents(
    db,
    PageNumber.parse(Array.isArray(raw) ? raw[0] : raw),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-slate-600">
        The latest {AUDIT_LIMIT} events, newest first. Times are UTC.
      </p>
      <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Audit events, page {page} of {pages}
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                When
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Action
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                By
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                About
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Details
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Address
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {events.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-3 py-4 text-slate-600">
                  No events yet.
                </td>
              </tr>
            ) : null}
            {events.map((event) => (
              <tr key={event.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2">
                  <UtcTime date={event.createdAt} precision="second" />
                </td>
                <td className="whitespace-nowrap px-3 py-2 font-medium">{event.action}</td>
                <td className="px-3 py-2">{event.actor?.email ?? "—"}</td>
                <td className="min-w-56 px-3 py-2 break-words">{event.subject ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">
                  {event.detail == null ? "" : JSON.stringify(event.detail)}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{event.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Audit log pages" className="flex items-center gap-4 text-sm">
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`}>← Newer</Link> : null}
        <span>
          Page {page} of {pages}
        </span>
        {page < pages ? <Link href={`/admin/audit?page=${page + 1}`}>Older →</Link> : null}
      </nav>
    </div>
  );
}
