"use client";

import { PlaceInput } from "@/lib/schemas/place";
import { LocalizedField, SelectField, TextField } from "../fields";
import { DocumentForm, type DocumentFormProps, type Option, type Text } from "./document-form";

interface PlaceFormValues {
  slug?: string;
  kind?: string;
  country?: string;
  name?: Text;
  summary?: Text;
  parentSlug?: string;
}

export function PlaceForm({ options, ...props }: DocumentFormProps<PlaceFormValues, { kinds: Option[]; countries: Option[]; parents: Option[] }>) {
  return (
    <DocumentForm {...props} schema={PlaceInput}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField name="slug" label="Web address name" required defaultValue={v.slug} errors={errors} hint="Stays the same after a merger, e.g. bac-ninh" />
            <SelectField name="parentSlug" label="Part of" defaultValue={v.parentSlug} options={options.parents} errors={errors} />
            <SelectField name="kind" label="Kind" required defaultValue={v.kind} options={options.kinds} errors={errors} />
            <SelectField name="country" label="Country" required defaultValue={v.country} options={options.countries} errors={errors} />
          </div>
          <LocalizedField name="name" label="Name" required defaultValue={v.name} errors={errors} />
          <LocalizedField name="summary" label="Summary" multiline defaultValue={v.summary} errors={errors} />
          <p className="text-sm text-slate-600">Boundary changes (mergers, with their dates and sources) are recorded by the development team, so that every figure stays attached to the territory it describes.</p>
        </>
      )}
    </DocumentForm>
  );
}
