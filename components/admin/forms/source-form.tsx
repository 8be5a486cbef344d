"use client";

import { SourceInput } from "@/lib/schemas/source";
import { SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";

export function SourceForm({
  options,
  ...props
}: DocumentFormProps<FormValues<typeof SourceInput>, { kinds: Option[] }>) {
  return (
    <DocumentForm {...props} schema={SourceInput}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              name="publisher"
              label="Publisher"
              required
              defaultValue={v.publisher}
              errors={errors}
              hint="Who published it, e.g. Nghe An Department of Foreign Affairs"
            />
            <SelectField
              name="kind"
              label="Kind of source"
              required
              defaultValue={v.kind}
              options={options.kinds}
              errors={errors}
            />
          </div>
          <TextField
            name="title"
            label="Title"
            required
            defaultValue={v.title}
            errors={errors}
            hint="As the page or document gives it"
          />
          <div className="grid gap-4 md:grid-cols-3">
            <div className="md:col-span-2">
              <TextField
                name="url"
                label="Web address"
                required
                inputMode="url"
                defaultValue={v.url}
                errors={errors}
                hint="The full address, starting with https://"
              />
            </div>
            <TextField
              name="publishedOn"
              label="Published on"
              defaultValue={v.publishedOn}
              errors={errors}
              hint="YYYY-MM-DD, YYYY-MM or YYYY"
            />
          </div>
          <LocalizedField
            name="note"
            label="Note (e.g. which figure it gives, or a caveat)"
            multiline
            defaultValue={v.note}
            errors={errors}
          />
        </>
      )}
    </DocumentForm>
  );
}
