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
import { Rows } from "./rows";

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
          <Rows
            legend="Sectors it seeks investment in"
            intro="As the province itself says, with the source. Blank rows are ignored; save the draft to get another empty row."
            rows={v.priorities}
            spare={1}
            error={errors?.priorities}
          >
            {(p: FormValues<typeof PriorityInput>, i) => (
              <>
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
              </>
            )}
          </Rows>
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
