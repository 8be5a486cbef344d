"use client";

import { ObservationInput } from "@/lib/schemas/observation";
import { CheckboxField, SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";

interface FigureFormOptions {
  territories: Option[];
  counterparts: Option[];
  measures: Option[];
  units: Option[];
  bases: Option[];
  qualifiers: Option[];
  sources: Option[];
}

export function FigureForm({
  options,
  ...props
}: DocumentFormProps<FormValues<typeof ObservationInput>, FigureFormOptions>) {
  return (
    <DocumentForm {...props} schema={ObservationInput}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField
              name="territoryId"
              label="Place (and its boundaries at the time)"
              required
              defaultValue={v.territoryId?.toString()}
              options={options.territories}
              errors={errors}
            />
            <SelectField
              name="counterpartSlug"
              label="Investor country"
              defaultValue={v.counterpartSlug}
              options={options.counterparts}
              errors={errors}
              hint="Leave empty for all countries"
            />
            <SelectField
              name="measure"
              label="What is measured"
              required
              defaultValue={v.measure}
              options={options.measures}
              errors={errors}
            />
            <SelectField
              name="basis"
              label="Basis"
              required
              defaultValue={v.basis}
              options={options.bases}
              errors={errors}
              hint="“3,000–4,000 a year” is a yearly rate, stated as of the source's date"
            />
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name="qualifier"
              label="As the source puts it"
              defaultValue={v.qualifier ?? "EXACT"}
              options={options.qualifiers}
              errors={errors}
              hint="“over”, “nearly”, “about”"
            />
            <TextField
              name="value"
              label="Value"
              required
              inputMode="decimal"
              defaultValue={v.value}
              errors={errors}
              hint="In full: 1670000000 for US$1.67bn. For a range, the low end"
            />
            <TextField
              name="valueHigh"
              label="High end of a range"
              inputMode="decimal"
              defaultValue={v.valueHigh}
              errors={errors}
              hint="Only when the source gives a range: 4000 for “3,000–4,000”"
            />
            <SelectField
              name="unit"
              label="Unit"
              required
              defaultValue={v.unit}
              options={options.units}
              errors={errors}
            />
            <TextField
              name="asOf"
              label="As of / period end"
              required
              defaultValue={v.asOf}
              errors={errors}
              hint="YYYY-MM-DD, YYYY-MM or YYYY"
            />
            <TextField
              name="periodStart"
              label="Period start (flows and yearly rates)"
              defaultValue={v.periodStart}
              errors={errors}
              hint="e.g. 2024-01 for Jan–Sep 2024; for a rate, the first year it covers, if the source says"
            />
            <CheckboxField
              name="isEstimate"
              label="The source calls it an estimate"
              defaultChecked={v.isEstimate === true || v.isEstimate === "on"}
              errors={errors}
            />
            <TextField
              name="rank"
              label="Rank"
              inputMode="numeric"
              defaultValue={v.rank?.toString()}
              errors={errors}
              hint="e.g. 3 for 3rd of 63 provinces"
            />
            <TextField
              name="rankOf"
              label="Out of"
              inputMode="numeric"
              defaultValue={v.rankOf?.toString()}
              errors={errors}
            />
          </div>
          <SelectField
            name="sourceId"
            label="Source"
            required
            defaultValue={v.sourceId?.toString()}
            options={options.sources}
            errors={errors}
            hint="Every figure cites the publication it comes from. Add a new source first if it is not listed."
          />
          <LocalizedField
            name="note"
            label="Note (e.g. how this differs from another source)"
            multiline
            defaultValue={v.note}
            errors={errors}
          />
        </>
      )}
    </DocumentForm>
  );
}
