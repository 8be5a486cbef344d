import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentRefInputs } from "@/components/admin/document-ref-inputs";
import { deleteDocumentAction } from "@/lib/actions/content";
import { readFormReply } from "@/lib/actions/form-reply";
import { requireUser } from "@/lib/auth/guard";
import { areaFromParam, areaPageMetadata } from "@/lib/content/areas";
import { openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";
import { routeId } from "@/lib/schemas/common";

export const generateMetadata = ({ params }: PageProps<"/admin/[area]/delete">) =>
  areaPageMetadata(params, (area) => `Delete ${area.noun}`);

// A page of its own rather than a script dialog: the confirmation works without JavaScript.
// ?copy=ID names a draft, ?entity=ID a published record that has no draft.
export default async function DeleteDocumentPage({
  params,
  searchParams,
}: PageProps<"/admin/[area]/delete">) {
  const { key, area } = areaFromParam((await params).area);
  const query = await searchParams;
  const user = await requireUser(`/admin/${key}`);
  const ref = {
    workingCopyId: routeId(query.copy) ?? undefined,
    entityId: routeId(query.entity) ?? undefined,
  };
  const [document, kept] = await Promise.all([
    ref.workingCopyId || ref.entityId ? openDocument(db, area.adapter, ref) : null,
    readFormReply(user.id, query.form),
  ]);
  if (!document) notFound();
  const back = document.workingCopyId
    ? `/admin/${key}/${document.workingCopyId}`
    : `/admin/${key}/new?entity=${document.entityId}`;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Delete this {area.noun}?</h1>
      <p className="text-slate-800">“{area.adapter.describe(document.data)}”</p>
      {kept?.message ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm">
          {kept.message}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        {document.entityId
          ? "It disappears from the public site at once. "
          : "It has never been published. "}
        Its drafts and revisions are deleted too; the audit log keeps who deleted it and its last
        content.
      </p>
      <form action={deleteDocumentAction.bind(null, key)} className="flex items-center gap-3">
        <DocumentRefInputs
          refs={{
            workingCopyId: document.workingCopyId,
            entityId: document.entityId,
            version: document.version,
          }}
        />
        <button
          type="submit"
          className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
        >
          Delete {area.noun}
        </button>
        <Link href={back}>Cancel</Link>
      </form>
    </div>
  );
}
