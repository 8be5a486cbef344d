"use server";

// Staff actions on meetings. Each checks the caller itself, validates with the shared
// schema, writes in one transaction (lib/content), invalidates the public pages it touched,
// and redirects last.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "../auth/guard";
import { requestInfo } from "../auth/request";
import { meetingAdapter } from "../content/adapters/meeting";
import { deleteDocument, publishDraft, restoreRevision, saveDraft, type Conflict } from "../content/working-copies";
import { db } from "../db";
import { fieldErrors, formDataToObject } from "../schemas/form-data";
import type { MeetingFormState } from "../schemas/form-state";
import { MeetingInput } from "../schemas/meeting";

const arrays = ["placeSlugs", "sectorSlugs", "sourceIds"];

function refsOf(form: FormData) {
  const number = (name: string) => {
    const value = Number(form.get(name));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return { workingCopyId: number("ref.workingCopyId"), entityId: number("ref.entityId"), version: Number(form.get("ref.version") ?? 0) || 0 };
}

const conflictView = (c: Conflict) => ({ by: c.by, at: c.at.toISOString().replace("T", " ").slice(0, 16) + " UTC", changes: c.changes });

export async function saveMeeting(_previous: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const values = formDataToObject(form, arrays);
  delete values.ref;
  const refs = refsOf(form);
  const auth = await authorize("EDITOR");
  if (!auth.ok) return { message: auth.message, values, refs };
  const parsed = MeetingInput.safeParse(values);
  if (!parsed.success) {
    return { errors: fieldErrors(parsed.error.issues), message: "The draft was not saved: please correct the fields marked below.", values, refs };
  }
  const outcome = await saveDraft(db, meetingAdapter, {
    workingCopyId: refs.workingCopyId,
    entityId: refs.entityId,
    expectedVersion: refs.version,
    data: parsed.data,
    actorId: auth.user.id,
  });
  if (!outcome.ok) return { message: "Not saved: someone else changed this meeting after you opened it.", conflict: conflictView(outcome.conflict), values, refs };
  redirect(`/admin/meetings/${outcome.workingCopyId}?saved=1`);
}

export async function publishMeeting(form: FormData) {
  const auth = await authorize("EDITOR");
  if (!auth.ok) redirect("/admin/sign-in");
  const refs = refsOf(form);
  if (!refs.workingCopyId) redirect("/admin/meetings");
  const { ip } = await requestInfo();
  const outcome = await publishDraft(db, meetingAdapter, { workingCopyId: refs.workingCopyId, expectedVersion: refs.version, actorId: auth.user.id, ip });
  if (!outcome.ok) redirect(`/admin/meetings/${refs.workingCopyId}?publish=${"conflict" in outcome ? "conflict" : "invalid"}`);
  // The editor (and every visitor after) sees the change at once.
  for (const tag of outcome.tags) updateTag(tag);
  redirect(`/admin/meetings/${refs.workingCopyId}?published=1`);
}

export async function restoreMeetingRevision(form: FormData) {
  const auth = await authorize("EDITOR");
  if (!auth.ok) redirect("/admin/sign-in");
  const refs = refsOf(form);
  const revisionId = Number(form.get("revisionId"));
  if (!refs.workingCopyId || !Number.isInteger(revisionId)) redirect("/admin/meetings");
  const outcome = await restoreRevision(db, meetingAdapter, { revisionId, expectedVersion: refs.version, actorId: auth.user.id });
  redirect(`/admin/meetings/${refs.workingCopyId}?${outcome.ok ? "restored=1" : "publish=conflict"}`);
}

/** Deletes a meeting after the confirmation page; the public pages drop it at once. */
export async function deleteMeeting(form: FormData) {
  const auth = await authorize("EDITOR");
  if (!auth.ok) redirect("/admin/sign-in");
  const refs = refsOf(form);
  if (!refs.workingCopyId) redirect("/admin/meetings");
  const { ip } = await requestInfo();
  const outcome = await deleteDocument(db, meetingAdapter, { workingCopyId: refs.workingCopyId, actorId: auth.user.id, ip });
  if (!outcome.ok) redirect(`/admin/meetings/${refs.workingCopyId}/delete?refused=${encodeURIComponent(outcome.reason)}`);
  for (const tag of outcome.tags) updateTag(tag);
  redirect("/admin/meetings?deleted=1");
}
