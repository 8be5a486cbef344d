"use server";

// Staff actions on every kind of record (lib/content/areas.ts). The page binds the area:
// `saveDocument.bind(null, "meetings")`. Each action checks the caller itself, validates with
// the area's schema, writes in one transaction (lib/content/working-copies.ts), invalidates
// the public pages it touched, and redirects last.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "../auth/guard";
import { requestInfo } from "../auth/request";
import { contentAreas, isAreaKey, type AreaKey, type ContentArea } from "../content/areas";
import { diffDocuments } from "../content/diff";
import { getFormOptions, valueLabels } from "../content/form-options";
import { deleteDocument, publishDraft, restoreRevision, saveDraft, type Conflict } from "../content/working-copies";
import { db } from "../db";
import { fieldErrors, formDataToObject } from "../schemas/form-data";
import type { DocumentFormState } from "../schemas/form-state";
import { utcStamp } from "../timestamps";
import { keepForPage, replyToForm } from "./form-reply";

function areaOf(key: string): ContentArea & { key: AreaKey } {
  if (!isAreaKey(key)) throw new Error(`Unknown content area: ${key}`);
  return { ...contentAreas[key], key };
}

function refsOf(form: FormData) {
  const id = (name: string) => {
    const value = Number(form.get(name));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return { workingCopyId: id("ref.workingCopyId"), entityId: id("ref.entityId"), version: Math.max(0, Number(form.get("ref.version")) || 0) };
}

async function conflictView(areaKey: AreaKey, c: Conflict) {
  const labels = valueLabels(await getFormOptions(areaKey));
  return { by: c.by, at: utcStamp(c.at), changes: diffDocuments(c.base, c.current, labels) };
}

/** The editor posting a button's form (publish, restore, delete), or off to the sign-in page. */
async function signedInEditor() {
  const auth = await authorize("EDITOR");
  if (!auth.ok) redirect("/admin/sign-in");
  return auth.user;
}

/** The page a form was posted from: its draft, or the new-record page. */
function formPath(areaKey: string, refs: ReturnType<typeof refsOf>) {
  if (refs.workingCopyId) return `/admin/${areaKey}/${refs.workingCopyId}`;
  return refs.entityId ? `/admin/${areaKey}/new?entity=${refs.entityId}` : `/admin/${areaKey}/new`;
}

export async function saveDocument(areaKey: string, _previous: DocumentFormState, form: FormData): Promise<DocumentFormState> {
  const area = areaOf(areaKey);
  const values = formDataToObject(form, area.adapter.arrayFields);
  delete values.ref;
  const refs = refsOf(form);
  const back = formPath(area.key, refs);
  const auth = await authorize("EDITOR");
  if (!auth.ok) return replyToForm({ message: auth.message, values, refs }, null, back);
  const parsed = area.adapter.schema.safeParse(values);
  if (!parsed.success) {
    return replyToForm({ errors: fieldErrors(parsed.error.issues), message: "The draft was not saved: please correct the fields marked below.", values, refs }, auth.user.id, back);
  }
  const outcome = await saveDraft(db, area.adapter, { ...refs, expectedVersion: refs.version, data: parsed.data, actorId: auth.user.id });
  if ("gone" in outcome) {
    // The typed input is kept on the new-record page: saving it there makes a new record.
    const message = `Not saved: another editor deleted this ${area.noun} after you opened it. Your input is below; saving it creates a new ${area.noun}.`;
    return replyToForm({ message, values, refs: { workingCopyId: null, entityId: null, version: 0 } }, auth.user.id, `/admin/${area.key}/new`);
  }
  if (!outcome.ok) {
    const message = `Not saved: someone else changed this ${area.noun} after you opened it.`;
    return replyToForm({ message, conflict: await conflictView(area.key, outcome.conflict), values, refs }, auth.user.id, back);
  }
  redirect(`/admin/${areaKey}/${outcome.workingCopyId}?saved=1`);
}

export async function publishDocument(areaKey: string, form: FormData) {
  const area = areaOf(areaKey);
  const editor = await signedInEditor();
  const refs = refsOf(form);
  if (!refs.workingCopyId) redirect(`/admin/${areaKey}`);
  const { ip } = await requestInfo();
  const outcome = await publishDraft(db, area.adapter, { workingCopyId: refs.workingCopyId, expectedVersion: refs.version, actorId: editor.id, ip });
  if (!outcome.ok) {
    const why = "conflict" in outcome ? `someone changed this ${area.noun} since you loaded the page. Review the latest version below` : outcome.invalid;
    return keepForPage({ message: `Not published: ${why}.`, form: "page" }, editor.id, `/admin/${areaKey}/${refs.workingCopyId}`);
  }
  // The editor (and every visitor after) sees the change at once.
  for (const tag of outcome.tags) updateTag(tag);
  redirect(`/admin/${areaKey}/${refs.workingCopyId}?published=1`);
}

export async function restoreDocumentRevision(areaKey: string, form: FormData) {
  const area = areaOf(areaKey);
  const editor = await signedInEditor();
  const refs = refsOf(form);
  const revisionId = Number(form.get("revisionId"));
  if (!refs.workingCopyId || !Number.isInteger(revisionId)) redirect(`/admin/${areaKey}`);
  const outcome = await restoreRevision(db, area.adapter, { revisionId, expectedVersion: refs.version, actorId: editor.id });
  if ("gone" in outcome) redirect(`/admin/${areaKey}`);
  if (!outcome.ok) {
    const message = `Not restored: someone changed this ${area.noun} since you loaded the page. Review the latest version below.`;
    return keepForPage({ message, form: "page" }, editor.id, `/admin/${areaKey}/${refs.workingCopyId}`);
  }
  redirect(`/admin/${areaKey}/${refs.workingCopyId}?restored=1`);
}

/** Deletes a record (and its drafts) after the confirmation page; the public pages drop it at once. */
export async function deleteDocumentAction(areaKey: string, form: FormData) {
  const area = areaOf(areaKey);
  const editor = await signedInEditor();
  const refs = refsOf(form);
  if (!refs.workingCopyId && !refs.entityId) redirect(`/admin/${areaKey}`);
  const { ip } = await requestInfo();
  const outcome = await deleteDocument(db, area.adapter, { ...refs, expectedVersion: refs.version, actorId: editor.id, ip });
  if (!outcome.ok) {
    const target = refs.workingCopyId ? `copy=${refs.workingCopyId}` : `entity=${refs.entityId}`;
    return keepForPage({ message: `Not deleted: ${outcome.reason}`, form: "page" }, editor.id, `/admin/${areaKey}/delete?${target}`);
  }
  for (const tag of outcome.tags) updateTag(tag);
  redirect(`/admin/${areaKey}?deleted=1`);
}
