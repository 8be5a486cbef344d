import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/admin/meeting-form";
import { RevisionHistory } from "@/components/admin/revision-history";
import { publishMeeting, restoreMeetingRevision, saveMeeting } from "@/lib/actions/meetings";
import { requireUser } from "@/lib/auth/guard";
import { meetingAdapter } from "@/lib/content/adapters/meeting";
import { getMeetingFormOptions } from "@/lib/content/meeting-admin";
import { listRevisions, openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: { absolute: "Edit meeting · Staff · Partnership portal" } };

const notices: Record<string, string> = {
  saved: "Draft saved. The public site is unchanged until you publish.",
  published: "Published: the public pages show this version now.",
  restored: "The earlier revision is now the draft. Publish it to make it public.",
};

export default async function EditMeetingPage({ params, searchParams }: PageProps<"/admin/meetings/[id]">) {
  const { id } = await params;
  await requireUser(`/admin/meetings/${id}`);
  const workingCopyId = Number(id);
  if (!Number.isInteger(workingCopyId) || workingCopyId <= 0) notFound();
  const document = await openDocument(db, meetingAdapter, { workingCopyId });
  if (!document) notFound();
  const [options, revisions, query] = await Promise.all([getMeetingFormOptions(), listRevisions(db, workingCopyId), searchParams]);
  const notice = Object.keys(notices).find((key) => query[key]);
  const unpublished = document.version !== document.publishedVersion;
  const refs = { workingCopyId, entityId: document.entityId, version: document.version };
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/admin/meetings">← All meetings</Link></p>
      <h1 className="text-2xl font-semibold">Edit meeting</h1>
      {notice ? <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">{notices[notice]}</p> : null}
      {query.publish ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Not published: {query.publish === "conflict" ? "someone changed this meeting since you loaded the page. Review the latest version below." : "the draft has errors; save it to see them."}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <span>
          Version {document.version} ·{" "}
          {document.publishedVersion === null ? "never published" : unpublished ? `published version is ${document.publishedVersion}` : "this version is published"}
        </span>
        {unpublished ? (
          <form action={publishMeeting}>
            <input type="hidden" name="ref.workingCopyId" value={workingCopyId} />
            <input type="hidden" name="ref.version" value={document.version} />
            <button type="submit" className="rounded bg-emerald-700 px-4 py-1.5 font-medium text-white hover:bg-emerald-800">
              Publish version {document.version}
            </button>
          </form>
        ) : null}
        <Link href={`/admin/meetings/${workingCopyId}/delete`} className="ml-auto text-red-800">Delete…</Link>
      </div>
      <MeetingForm action={saveMeeting} initial={document.data} options={options} refs={refs} />
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">History</h2>
        <RevisionHistory revisions={revisions} restore={restoreMeetingRevision} refs={{ workingCopyId, version: document.version }} />
      </section>
    </div>
  );
}
