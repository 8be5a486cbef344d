"use server";

// Staff actions on every kind of record (lib/content/areas.ts). The page binds the area:
// `saveDocument.bind(null, "meetings")`. Each action authorizes the caller first, then reads
// the post (lib/actions/safe-action.ts), validates it with the area's schema, writes in one
// transaction (lib/content/working-copies.ts, which also refuses a working copy of another
// kind of record), invalidates the public pages it touched, and redirects last. The area and
// the form arrive from the browser too: an unknown area or a malformed post is refused.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requestInfo } from "../auth/request";
import { contentAreas, isAreaKey, type AreaKey, type ContentArea } from "../content/areas";
import { diffDocuments } from "../content/diff";
import { getFormOptions, valueLabels } from "../content/form-options";
import { restoreRevision } from "../content/revisions";
import { deleteDocument, publishDraft, saveDraft, type Conflict } from "../content/working-copies";
import { db } from "../db";
import { DocumentButtonInput, DocumentRefs } from "../schemas/document";
import { fieldErrors } from "../schemas/form-data";
import type { DocumentFormState } from "../schemas/form-state";
import { utcStamp } from "../timestamps";
import { keepForPage, replyToForm } from "./form-reply";
import { readStaffPost } from "./safe-action";

function areaOf(key: unknown): (ContentArea & { key: AreaKey }) | null {
  return typeof key === "string" && isAreaKey(key) ? { ...contentAreas[key], key } : null;
}

async function conflictView(areaKey: AreaKey, c: Conflict) {
  const labels = valueLabels(await getFormOptions(areaKey));
  return { by: c.by, at: utcStamp(c.at), changes: diffDocuments(c.base, c.current, labels) };
}

/** The page a form was posted from: its draft, or the new-record page. */
function formPath(areaKey: string, refs: DocumentRefs) {
  if (refs.workingCopyId) return `/admin/${areaKey}/${refs.workingCopyId}`;
  return refs.entityId ? `/admin/${areaKey}/new?entity=${refs.entityId}` : `/admin/${areaKey}/new`;
}

const unreadable = "This form could not be read. Reload the page and try again.";

export async function saveDocument(
  areaKey: unknown,
  _previous: unknown,
  form: unknown,
): Promise<DocumentFormState> {
  const area = areaOf(areaKey);
  const post = await readStaffPost("EDITOR", form, area?.adapter.arrayFields);
  const list = area ? `/admin/${area.key}` : "/admin";
  if (!post.ok && "refused" in post)
    return replyToForm({ message: post.refused.message }, null, list);
  if (!post.ok) return replyToForm({ message: post.message }, post.user.id, list);
  const refs = DocumentRefs.safeParse(post.data.ref ?? {});
  if (!area || !refs.success) return replyToForm({ message: unreadable }, post.user.id, list);
  const values = Object.fromEntries(Object.entries(post.data).filter(([name]) => name !== "ref"));
  const back = formPath(area.key, refs.data);
  const parsed = area.adapter.schema.safeParse(values);
  if (!parsed.success) {
    return replyToForm(
      {
        errors: fieldErrors(parsed.error.issues),
        message: "The draft was not saved: please correct the fields marked below.",
        values,
        refs: refs.data,
      },
      post.user.id,
      back,
    );
  }
  const outcome = await saveDraft(db, area.adapter, {
    ...refs.data,
    expectedVersion: refs.data.version,
    data: parsed.data,
    actorId: post.user.id,
  });
  if ("gone" in outcome) {
    // The typed input is kept on the new-record page: saving it there makes a new record.
    const message = `Not saved: another editor deleted this ${area.noun} after you opened it. Your input is below; saving it creates a new ${area.noun}.`;
    return replyToForm(
      { message, values, refs: { workingCopyId: null, entityId: null, version: 0 } },
      post.user.id,
      `/admin/${area.key}/new`,
    );
  }
  if (!outcome.ok) {
    const message = `Not saved: someone else changed this ${area.noun} after you opened it.`;
    return replyToForm(
      {
        message,
        conflict: await conflictView(area.key, outcome.conflict),
        values,
        refs: refs.data,
      },
      post.user.id,
      back,
    );
  }
  redirect(`/admin/${area.key}/${outcome.workingCopyId}?saved=1`);
}

/**
 * The prologue of a record's buttons (publish, restore, delete): the editor (or off to the
 * sign-in page), the area (or the dashboard) and what the button posted (or the area's list).
 */
async function buttonPost(areaKey: unknown, form: unknown) {
  const area = areaOf(areaKey);
  const post = await readStaffPost("EDITOR", form);
  if (!post.ok && "refused" in post) redirect("/admin/sign-in");
  if (!area) redirect("/admin");
  const input = post.ok ? DocumentButtonInput.safeParse(post.data) : null;
  if (!post.ok || !input?.success) redirect(`/admin/${area.key}`);
  return { editor: post.user, area, refs: input.data.ref, revisionId: input.data.revisionId };
}

export async function publishDocument(areaKey: unknown, form: unknown) {
  const { editor, area, refs } = await buttonPost(areaKey, form);
  if (!refs.workingCopyId) redirect(`/admin/${area.key}`);
  const { ip } = await requestInfo();
  const outcome = await publishDraft(db, area.adapter, {
    workingCopyId: refs.workingCopyId,
    expectedVersion: refs.version,
    actorId: editor.id,
    ip,
  });
  if (!outcome.ok) {
    const why =
      "conflict" in outcome
        ? `someone changed this ${area.noun} since you loaded the page. Review the latest version below`
        : outcome.invalid;
    return keepForPage(
      { message: `Not published: ${why}.`, form: "page" },
      editor.id,
      `/admin/${area.key}/${refs.workingCopyId}`,
    );
  }
  // The editor (and every visitor after) sees the change at once.
  for (const tag of outcome.tags) updateTag(tag);
  redirect(`/admin/${area.key}/${refs.workingCopyId}?published=1`);
}

export async function restoreDocumentRevision(areaKey: unknown, form: unknown) {
  const { editor, area, refs, revisionId } = await buttonPost(areaKey, form);
  if (!refs.workingCopyId || !revisionId) redirect(`/admin/${area.key}`);
  const outcome = await restoreRevision(db, area.adapter, {
    workingCopyId: refs.workingCopyId,
    revisionId,
    expectedVersion: refs.version,
    actorId: editor.id,
  });
  if ("gone" in outcome) redirect(`/admin/${area.key}`);
  if (!outcome.ok) {
    const message = `Not restored: someone changed this ${area.noun} since you loaded the page. Review the latest version below.`;
    return keepForPage(
      { message, form: "page" },
      editor.id,
      `/admin/${area.key}/${refs.workingCopyId}`,
    );
  }
  redirect(`/admin/${area.key}/${refs.workingCopyId}?restored=1`);
}

/** Deletes a record (and its drafts) after the confirmation page; the public pages drop it at once. */
export async function deleteDocumentAction(areaKey: unknown, form: unknown) {
  const { editor, area, refs } = await buttonPost(areaKey, form);
  if (!refs.workingCopyId && !refs.entityId) redirect(`/admin/${area.key}`);
  const { ip } = await requestInfo();
  const outcome = await deleteDocument(db, area.adapter, {
    ...refs,
    expectedVersion: refs.version,
    actorId: editor.id,
    ip,
  });
  if (!outcome.ok) {
    const target = refs.workingCopyId ? `copy=${refs.workingCopyId}` : `entity=${refs.entityId}`;
    return keepForPage(
      { message: `Not deleted: ${outcome.reason}`, form: "page" },
      editor.id,
      `/admin/${area.key}/delete?${target}`,
    );
  }
  for (const tag of outcome.tags) updateTag(tag);
  redirect(`/admin/${area.key}?deleted=1`);
}
