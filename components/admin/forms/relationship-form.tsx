"use client";

import { RelationshipInput, relationshipArrayFields } from "@/lib/schemas/relationship";
import { CheckboxField, CheckboxGroup, SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";

interface RelationshipFormOptions {
  vietnamese: Option[];
  japanese: Option[];
  kinds: Option[];
  statuses: Option[];
  evidence: Option[];
  sources: Option[];
}

const date = "YYYY-MM-DD, YYYY-MM or YYYY";

export function RelationshipForm({
  options,
  ...props
}: DocumentFormProps<FormValues<typeof RelationshipInput>, RelationshipFormOptions>) {
  return (
    <DocumentForm {...props} schema={RelationshipInput} arrayFields={relationshipArrayFields}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name="vietnamesePlaceSlug"
              label="Vietnamese side"
              required
              defaultValue={v.vietnamesePlaceSlug}
              options={options.vietnamese}
              errors={errors}
            />
            <SelectField
              name="japanesePlaceSlug"
              label="Japanese side"
              required
              defaultValue={v.japanesePlaceSlug}
              options={options.japanese}
              errors={errors}
            />
            <TextField
              name="slug"
              label="Web address name"
              required
              defaultValue={v.slug}
              errors={errors}
              hint="e.g. nghe-an-gifu"
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
              name="status"
              label="Status"
              required
              defaultValue={v.status}
              options={options.statuses}
              errors={errors}
            />
            <TextField
              name="statusAsOf"
              label="Status as of"
              defaultValue={v.statusAsOf}
              errors={errors}
              hint={`When a source last confirmed it (${date})`}
            />
          </div>
          <SelectField
            name="evidence"
            label="Evidence"
            required
            defaultValue={v.evidence}
            options={options.evidence}
            errors={errors}
          />
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              name="since"
              label="Signed or began"
              defaultValue={v.since}
              errors={errors}
              hint={date}
            />
            <TextField
              name="endedOn"
              label="Ended"
              defaultValue={v.endedOn}
              errors={errors}
              hint={date}
            />
            <CheckboxField
              name="sinceInferred"
              label="The start date is inferred"
              hint="No source states it directly"
              defaultChecked={v.sinceInferred === true || v.sinceInferred === "on"}
              errors={errors}
            />
          </div>
          <LocalizedField
            name="summary"
            label="Summary"
            required
            multiline
            defaultValue={v.summary}
            errors={errors}
          />
          <CheckboxGroup
            name="sourceIds"
            label="Sources *"
            scroll
            options={options.sources}
            checked={(v.sourceIds ?? []).map(String)}
            errors={errors}
          />
        </>
      )}
    </DocumentForm>
  );
}
