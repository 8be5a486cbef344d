"use client";

import { PredecessorInput, TerritoryInput } from "@/lib/schemas/territory";
import { SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";
import { Rows } from "./rows";

export function TerritoryForm({
  options,
  ...props
}: DocumentFormProps<
  FormValues<typeof TerritoryInput>,
  { places: Option[]; territories: Option[]; sources: Option[] }
>) {
  return (
    <DocumentForm {...props} schema={TerritoryInput}>
      {(v, errors) => (
        <>
          <SelectField
            name="placeSlug"
            label="Place"
            required
            defaultValue={v.placeSlug}
            options={options.places}
            errors={errors}
            hint="The place keeps its web address across boundary changes; a merged province is one place with two territories."
          />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              name="validFrom"
              label="Boundaries from"
              defaultValue={v.validFrom}
              errors={errors}
              hint="YYYY-MM-DD, or YYYY-MM / YYYY; empty if unknown"
            />
            <TextField
              name="validTo"
              label="Boundaries until (last day)"
              defaultValue={v.validTo}
              errors={errors}
              hint="YYYY-MM-DD; empty while they still hold"
            />
          </div>
          <LocalizedField
            name="note"
            label="Note (what changed)"
            defaultValue={v.note}
            errors={errors}
          />
          <Rows
            legend="Formed from"
            intro="The earlier territories this one was formed from (a merger lists each). Set their “Boundaries until” too. Blank rows are ignored; save the draft to get another empty row."
            rows={v.predecessors}
            spare={1}
            error={errors?.predecessors}
          >
            {(p: FormValues<typeof PredecessorInput>, i) => (
              <>
                <div className="grid gap-4 md:grid-cols-3">
                  <SelectField
                    name={`predecessors.${i}.territoryId`}
                    label={`Earlier territory ${i + 1}`}
                    defaultValue={p.territoryId?.toString()}
                    options={options.territories}
                    errors={errors}
                  />
                  <TextField
                    name={`predecessors.${i}.effectiveOn`}
                    label="Took effect on (YYYY-MM-DD)"
                    defaultValue={p.effectiveOn}
                    errors={errors}
                  />
                  <SelectField
                    name={`predecessors.${i}.sourceId`}
                    label="Source"
                    defaultValue={p.sourceId?.toString()}
                    options={options.sources}
                    errors={errors}
                  />
                </div>
                <LocalizedField
                  name={`predecessors.${i}.note`}
                  label="Note"
                  defaultValue={p.note}
                  errors={errors}
                />
              </>
            )}
          </Rows>
        </>
      )}
    </DocumentForm>
  );
}
