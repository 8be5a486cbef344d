import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/admin/meeting-form";
import { saveMeeting } from "@/lib/actions/meetings";
import { requireUser } from "@/lib/auth/guard";
import { meetingAdapter } from "@/lib/content/adapters/meeting";
import { getMeetingFormOptions } from "@/lib/content/meeting-admin";
import { openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: { absolute: "Edit meeting · Staff · Partnership portal" } };

// A new meeting, or (?meeting=ID) the first edit of a published meeting that has no draft yet.
export default async function NewMeetingPage({ searchParams }: PageProps<"/admin/meetings/new">) {
  await requireUser("/admin/meetings/new");
  const entityId = Number((await searchParams).meeting) || null;
  const [options, document] = await Promise.all([
    getMeetingFormOptions(),
    entityId ? openDocument(db, meetingAdapter, { entityId }) : null,
  ]);
  if (entityId && !document) notFound();
  // Not redirected when a draft appeared meanwhile: a refused save re-renders this page and
  // must keep showing the editor's input and the conflict.
  const refs = { workingCopyId: document?.workingCopyId ?? null, entityId, version: document?.version ?? 0 };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{entityId ? "Edit meeting" : "New meeting"}</h1>
      <MeetingForm action={saveMeeting} initial={document?.data ?? {}} options={options} refs={refs} />
    </div>
  );
}
