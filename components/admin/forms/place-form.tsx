"use client";

import Link from "next/link";
import { PlaceInput, PriorityInput } from "@/lib/schemas/place";
import { SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";

export function PlaceForm({
  options,
  ...props
}: DocumentFormProps<
  FormValues<typeof PlaceInput>,
  { kinds: Option[]; countries: Option[]; parents: Option[]; sectors: Option[]; sources: Option[] }
>) {
  return (
    <DocumentForm {...props} schema={PlaceInput}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              name="slug"
              label="Web address name"
              required
              defaultValue={v.slug}
              errors={errors}
              hint="Stays the same after a merger, e.g. bac-ninh"
            />
            <SelectField
              name="parentSlug"
              label="Part of"
              defaultValue={v.parentSlug}
              options={options.parents}
              errors={errors}
            />
            <SelectField
              name="kind"
              label="Kind"
              required
              defaultValue={v.kind}
              options={options.kinds}
              errors={errors}
            />
            <SelectField
              name="country"
              label="Country"
              required
              defaultValue={v.country}
              options={options.countries}
              errors={errors}
            />
          </div>
          <LocalizedField name="name" label="Name" required defaultValue={v.name} errors={errors} />
          <LocalizedField
            name="summary"
            label="Summary"
            multiline
            defaultValue={v.summary}
            errors={errors}
          />
          <fieldset className="space-y-4 rounded border border-slate-300 p-4">
            <legend className="px-1 font-semibold">Sectors it seeks investment in</legend>
            <p className="text-xs text-slate-600">
              As the province itself says, with the source. Blank rows are ignored; save the draft
              to get another empty row.
            </p>
            {errors?.priorities ? (
              <p className="text-sm text-red-800">{errors.priorities}</p>
            ) : null}
            {[...(v.priorities ?? []), {}].map((p: FormValues<typeof PriorityInput>, i) => (
              <div key={i} className="space-y-3 border-t border-slate-200 pt-3">
                <div className="grid gap-4 md:grid-cols-2">
                  <SelectField
                    name={`priorities.${i}.sectorSlug`}
                    label={`Sector ${i + 1}`}
                    defaultValue={p.sectorSlug}
                    options={options.sectors}
                    errors={errors}
                  />
                  <SelectField
                    name={`priorities.${i}.sourceId`}
                    label="Source"
                    defaultValue={p.sourceId?.toString()}
                    options={options.sources}
                    errors={errors}
                  />
                </div>
                <LocalizedField
                  name={`priorities.${i}.note`}
                  label="Note"
                  defaultValue={p.note}
                  errors={errors}
                />
              </div>
            ))}
          </fieldset>
          <p className="text-sm text-slate-600">
            A new place starts with one territory of unknown bounds. Boundary changes (mergers, with
            their dates and sources) are recorded under{" "}
            <Link href="/admin/territories" className="underline">
              Boundaries
            </Link>
            .
          </p>
        </>
      )}
    </DocumentForm>
  );
}
