"use client";

import { PersonInput } from "@/lib/schemas/person";
import { LocalizedField } from "../localized-field";
import { DocumentForm, type DocumentFormProps, type FormValues } from "./document-form";

export function PersonForm({
  options: _options,
  ...props
}: DocumentFormProps<FormValues<typeof PersonInput>, Record<string, never>>) {
  return (
    <DocumentForm {...props} schema={PersonInput} translated={false}>
      {(v, errors) => (
        <>
          <LocalizedField
            name="name"
            label="Name"
            required
            defaultValue={v.name}
            errors={errors}
            translatable={false}
          />
          <p className="text-sm text-slate-600">
            Names are written, not translated: give a Vietnamese or Japanese form only where a
            source writes it so.
          </p>
          <p className="text-sm text-slate-600">
            A person’s title changes over time, so it is recorded on each meeting they attend.
          </p>
        </>
      )}
    </DocumentForm>
  );
}
