import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { listMeetingDocuments } from "@/lib/content/meeting-admin";

export const metadata: Metadata = { title: { absolute: "Meetings · Staff · Partnership portal" } };

export default async function AdminMeetingsPage({ searchParams }: PageProps<"/admin/meetings">) {
  await requireUser("/admin/meetings");
  const { deleted } = await searchParams;
  const documents = await listMeetingDocuments();
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Meetings</h1>
        <Link href="/admin/meetings/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
          New meeting
        </Link>
      </div>
      {deleted ? <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">Meeting deleted.</p> : null}
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {documents.map((d) => (
          <li key={d.key} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <Link href={d.href}>{d.title}</Link>
            <span className="text-xs text-slate-600">{d.state}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
