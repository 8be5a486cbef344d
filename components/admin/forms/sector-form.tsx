"use client";

import { SectorInput } from "@/lib/schemas/sector";
import { TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import { DocumentForm, type DocumentFormProps, type FormValues } from "./document-form";

export function SectorForm({
  options: _options,
  ...props
}: DocumentFormProps<FormValues<typeof SectorInput>, Record<string, never>>) {
  return (
    <DocumentForm {...props} schema={SectorInput}>
      {(v, errors) => (
        <>
          <TextField
            name="slug"
            label="Web address name"
            required
            defaultValue={v.slug}
            errors={errors}
            hint="Used in filter links, e.g. semiconductors"
          />
          <LocalizedField name="name" label="Name" required defaultValue={v.name} errors={errors} />
        </>
      )}
    </DocumentForm>
  );
}
