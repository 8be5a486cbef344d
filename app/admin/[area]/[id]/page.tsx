import type { ComponentType } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentRefInputs } from "@/components/admin/document-ref-inputs";
import { documentForms } from "@/components/admin/forms";
import type { DocumentFormProps } from "@/components/admin/forms/document-form";
import { RevisionHistory } from "@/components/admin/revision-history";
import { publishDocument, restoreDocumentRevision, saveDocument } from "@/lib/actions/content";
import { readFormReply } from "@/lib/actions/form-reply";
import { requireUser } from "@/lib/auth/guard";
import { areaFromParam, areaPageMetadata } from "@/lib/content/areas";
import { getFormOptions, valueLabels } from "@/lib/content/form-options";
import { listRevisions } from "@/lib/content/revisions";
import { openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";
import { routeId } from "@/lib/schemas/common";
import type { DocumentFormState } from "@/lib/schemas/form-state";
import { historyPage } from "@/lib/schemas/document";

export const generateMetadata = ({ params }: PageProps<"/admin/[area]/[id]">) =>
  areaPageMetadata(params, (area) => `Edit ${area.noun}`);

const notices: Record<string, string> = {
  saved: "Draft saved. The public site is unchanged until you publish.",
  published: "Published: the public pages show this version now.",
  restored: "The earlier revision is now the draft. Publish it to make it public.",
};

export default async function EditDocumentPage({
  params,
  searchParams,
}: PageProps<"/admin/[area]/[id]">) {
  const { area: areaParam, id } = await params;
  const { key, area } = areaFromParam(areaParam);
  const user = await requireUser(`/admin/${key}/${id}`);
  const workingCopyId = routeId(id);
  if (!workingCopyId) notFound();
  const document = await openDocument(db, area.adapter, { workingCopyId });
  if (!document) notFound();
  const [options, query] = await Promise.all([getFormOptions(key), searchParams]);
  // What a refused post sent back: the form's errors and input, or a message for the page.
  const kept = await readFormReply<DocumentFormState>(user.id, query.form);
  const pageMessage = kept?.form === "page" ? kept.message : undefined;
  const refused = kept?.form === "page" ? undefined : kept;
  const history = await listRevisions(
    db,
    area.adapter,
    workingCopyId,
    historyPage(query.history),
    valueLabels(options),
  );
  const notice = Object.keys(notices).find((name) => query[name]);
  const unpublished = document.version !== document.publishedVersion;
  const refs = { workingCopyId, entityId: document.entityId, version: document.version };
  const Form = documentForms[key] as ComponentType<DocumentFormProps<unknown, unknown>>;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/admin/${key}`}>← All {area.title.toLowerCase()}</Link>
      </p>
      <h1 className="text-2xl font-semibold">Edit {area.noun}</h1>
      {notice ? (
        <p
          role="status"
          className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm"
        >
          {notices[notice]}
        </p>
      ) : null}
      {pageMessage ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {pageMessage}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <span>
          Version {document.version} ·{" "}
          {document.publishedVersion === null
            ? "never published"
            : unpublished
              ? `published version is ${document.publishedVersion}`
              : "this version is published"}
        </span>
        {unpublished ? (
          <form action={publishDocument.bind(null, key)}>
            <DocumentRefInputs refs={{ workingCopyId, version: document.version }} />
            <button
              type="submit"
              className="rounded bg-emerald-700 px-4 py-1.5 font-medium text-white hover:bg-emerald-800"
            >
              Publish version {document.version}
            </button>
          </form>
        ) : null}
        <Link href={`/admin/${key}/delete?copy=${workingCopyId}`} className="ml-auto text-red-800">
          Delete…
        </Link>
      </div>
      <Form
        action={saveDocument.bind(null, key)}
        initial={document.data}
        options={options}
        refs={refs}
        refused={refused}
      />
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <RevisionHistory
          history={history}
          restore={restoreDocumentRevision.bind(null, key)}
          refs={{ workingCopyId, version: document.version }}
          pageHref={(page) => `/admin/${key}/${workingCopyId}?history=${page}#history-heading`}
        />
      </section>
    </div>
  );
}
