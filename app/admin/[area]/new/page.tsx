import type { ComponentType } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { documentForms } from "@/components/admin/forms";
import type { DocumentFormProps } from "@/components/admin/forms/document-form";
import { saveDocument } from "@/lib/actions/content";
import { readFormReply } from "@/lib/actions/form-reply";
import { requireUser } from "@/lib/auth/guard";
import { areaFromParam, areaPageMetadata } from "@/lib/content/areas";
import { getFormOptions } from "@/lib/content/form-options";
import { openDocument } from "@/lib/content/working-copies";
import { db } from "@/lib/db";
import { routeId } from "@/lib/schemas/common";
import type { DocumentFormState } from "@/lib/schemas/form-state";

export async function generateMetadata({ params, searchParams }: PageProps<"/admin/[area]/new">) {
  // This page also opens a published record that has no draft yet (?entity=).
  const editing = Boolean((await searchParams).entity);
  return areaPageMetadata(params, (area) => `${editing ? "Edit" : "New"} ${area.noun}`);
}

// A new record, or (?entity=ID) the first edit of a published record that has no draft yet.
export default async function NewDocumentPage({
  params,
  searchParams,
}: PageProps<"/admin/[area]/new">) {
  const { key, area } = areaFromParam((await params).area);
  const user = await requireUser(`/admin/${key}/new`);
  const query = await searchParams;
  // ?entity= names a record: an id that cannot exist ("1e10", "-1", "abc") is a 404.
  const entityId = query.entity === undefined ? null : routeId(query.entity);
  if (entityId === null && query.entity !== undefined) notFound();
  const [options, document, refused] = await Promise.all([
    getFormOptions(key),
    entityId ? openDocument(db, area.adapter, { entityId }) : null,
    readFormReply<DocumentFormState>(user.id, query.form),
  ]);
  if (entityId && !document) notFound();
  // Not redirected when a draft appeared meanwhile: a refused save re-renders this page and
  // must keep showing the editor's input and the conflict.
  const refs = {
    workingCopyId: document?.workingCopyId ?? null,
    entityId,
    version: document?.version ?? 0,
  };
  const Form = documentForms[key] as ComponentType<DocumentFormProps<unknown, unknown>>;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/admin/${key}`}>← All {area.title.toLowerCase()}</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          {entityId ? `Edit ${area.noun}` : `New ${area.noun}`}
        </h1>
        {entityId ? (
          <a href={`/admin/${key}/delete?entity=${entityId}`} className="text-red-800">
            Delete…
          </a>
        ) : null}
      </div>
      <Form
        action={saveDocument.bind(null, key)}
        initial={document?.data ?? {}}
        options={options}
        refs={refs}
        refused={refused}
      />
    </div>
  );
}
