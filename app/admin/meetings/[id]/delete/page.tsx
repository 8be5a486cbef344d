import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteMeeting } from "@/lib/actions/meetings";
import { requireUser } from "@/lib/auth/guard";
import { meetingAdapter } from "@/lib/content/adapters/meeting";
import { openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: { absolute: "Delete meeting · Staff · Partnership portal" } };

// A page of its own rather than a script dialog: the confirmation works without JavaScript.
export default async function DeleteMeetingPage({ params, searchParams }: PageProps<"/admin/meetings/[id]/delete">) {
  const { id } = await params;
  await requireUser(`/admin/meetings/${id}/delete`);
  const workingCopyId = Number(id);
  const document = Number.isInteger(workingCopyId) && workingCopyId > 0 ? await openDocument(db, meetingAdapter, { workingCopyId }) : null;
  if (!document) notFound();
  const { refused } = await searchParams;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Delete this meeting?</h1>
      <p className="text-slate-800">“{meetingAdapter.describe(document.data)}”</p>
      {refused ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm">Not deleted: {String(refused)}</p> : null}
      <p className="text-sm text-slate-700">
        {document.entityId ? "It disappears from the public site at once. " : "It has never been published. "}
        Its drafts and revisions are deleted too; the audit log keeps who deleted it and its last content.
      </p>
      <form action={deleteMeeting} className="flex items-center gap-3">
        <input type="hidden" name="ref.workingCopyId" value={workingCopyId} />
        <button type="submit" className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">Delete meeting</button>
        <Link href={`/admin/meetings/${workingCopyId}`}>Cancel</Link>
      </form>
    </div>
  );
}
