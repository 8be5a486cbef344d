"use client";

import { MeetingInput, meetingArrayFields } from "@/lib/schemas/meeting";
import { CheckboxField, CheckboxGroup, SelectField, TextField } from "../fields";
import { LocalizedField } from "../localized-field";
import {
  DocumentForm,
  type DocumentFormProps,
  type FormValues,
  type Option,
} from "./document-form";
import { AttendeeGroupRows, OutcomeRows, ParticipantRows } from "./meeting-rows";

export interface MeetingFormOptions {
  kinds: Option[];
  places: Option[];
  sectors: Option[];
  people: Option[];
  sides: Option[];
  outcomeSides: Option[];
  commitments: Option[];
  followUps: Option[];
  sources: Option[];
}

export function MeetingForm({
  options,
  ...props
}: DocumentFormProps<FormValues<typeof MeetingInput>, MeetingFormOptions>) {
  return (
    <DocumentForm {...props} schema={MeetingInput} arrayFields={meetingArrayFields}>
      {(v, errors) => (
        <>
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              name="slug"
              label="Web address name"
              required
              defaultValue={v.slug}
              errors={errors}
              hint="e.g. 2023-11-bac-ninh-kanagawa"
            />
            <SelectField
              name="kind"
              label="Kind"
              required
              defaultValue={v.kind}
              options={options.kinds}
              errors={errors}
            />
          </div>
          <LocalizedField
            name="title"
            label="Title"
            required
            defaultValue={v.title}
            errors={errors}
          />
          <LocalizedField
            name="summary"
            label="Summary"
            required
            multiline
            defaultValue={v.summary}
            errors={errors}
          />
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              name="startsOn"
              label="Date (start)"
              required
              defaultValue={v.startsOn}
              errors={errors}
              hint="YYYY-MM-DD, or YYYY-MM / YYYY if the source gives no day"
            />
            <TextField
              name="endsOn"
              label="End date (if several days)"
              defaultValue={v.endsOn}
              errors={errors}
              hint="Same precision as the start"
            />
            <CheckboxField
              name="dateIsUpperBound"
              label="No date in the sources: it happened before this date"
              hint="e.g. the date of the report that mentions it; explain in the note on the date"
              defaultChecked={v.dateIsUpperBound === true || v.dateIsUpperBound === "on"}
              errors={errors}
            />
          </div>
          <LocalizedField
            name="dateNote"
            label="Note on the date (inferred, disputed, only a “before”…)"
            defaultValue={v.dateNote}
            errors={errors}
          />
          <LocalizedField
            name="venue"
            label="Venue, as the source names it"
            defaultValue={v.venue}
            errors={errors}
          />
          <CheckboxGroup
            name="placeSlugs"
            label="Provinces and partners concerned *"
            options={options.places}
            checked={v.placeSlugs ?? []}
            errors={errors}
          />
          <CheckboxGroup
            name="investmentSectorSlugs"
            label="Fields where the Vietnamese side sought investment"
            options={options.sectors}
            checked={v.investmentSectorSlugs ?? []}
            errors={errors}
          />
          <CheckboxGroup
            name="sectorSlugs"
            label="Other sectors discussed"
            options={options.sectors}
            checked={v.sectorSlugs ?? []}
            errors={errors}
          />
          <ParticipantRows rows={v.participants} options={options} errors={errors} />
          <AttendeeGroupRows rows={v.attendeeGroups} options={options} errors={errors} />
          <OutcomeRows rows={v.outcomes} options={options} errors={errors} />
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
