"use client";

import { MeetingInput, meetingArrayFields } from "@/lib/schemas/meeting";
import { CheckboxGroup, LocalizedField, SelectField, TextField } from "../fields";
import { DocumentForm, type DocumentFormProps, type Option, type Text } from "./document-form";

export interface MeetingFormValues {
  slug?: string;
  kind?: string;
  title?: Text;
  summary?: Text;
  startsOn?: string;
  endsOn?: string;
  dateNote?: Text;
  venue?: Text;
  placeSlugs?: string[];
  sectorSlugs?: string[];
  participants?: { personId?: string | number; side?: string; title?: Text; organisation?: Text }[];
  outcomes?: { description?: Text; commitment?: string; followUp?: string; followUpNote?: Text }[];
  sourceIds?: (string | number)[];
}

export interface MeetingFormOptions {
  kinds: Option[];
  places: Option[];
  sectors: Option[];
  people: Option[];
  sides: Option[];
  commitments: Option[];
  followUps: Option[];
  sources: Option[];
}

export function MeetingForm({ options, ...props }: DocumentFormProps<MeetingFormValues, MeetingFormOptions>) {
  return (
    <DocumentForm {...props} schema={MeetingInput} arrayFields={meetingArrayFields}>
      {(v, errors) => {
        // Spare rows, so participants and outcomes can be added without JavaScript.
        const participants = [...(v.participants ?? []), {}, {}];
        const outcomes = [...(v.outcomes ?? []), {}];
        return (
          <>
            <div className="grid gap-4 md:grid-cols-3">
              <TextField name="slug" label="Web address name" required defaultValue={v.slug} errors={errors} hint="e.g. 2023-11-bac-ninh-kanagawa" />
              <SelectField name="kind" label="Kind" required defaultValue={v.kind} options={options.kinds} errors={errors} />
            </div>
            <LocalizedField name="title" label="Title" required defaultValue={v.title} errors={errors} />
            <LocalizedField name="summary" label="Summary" required multiline defaultValue={v.summary} errors={errors} />
            <div className="grid gap-4 md:grid-cols-3">
              <TextField name="startsOn" label="Date (start)" required defaultValue={v.startsOn} errors={errors} hint="YYYY-MM-DD, or YYYY-MM / YYYY if the source gives no day" />
              <TextField name="endsOn" label="End date (if several days)" defaultValue={v.endsOn} errors={errors} hint="Same precision as the start" />
            </div>
            <LocalizedField name="dateNote" label="Note on the date (inferred, disputed…)" defaultValue={v.dateNote} errors={errors} />
            <LocalizedField name="venue" label="Venue, as the source names it" defaultValue={v.venue} errors={errors} />
            <CheckboxGroup name="placeSlugs" label="Provinces and partners concerned *" options={options.places} checked={v.placeSlugs ?? []} errors={errors} />
            <CheckboxGroup name="sectorSlugs" label="Sectors discussed" options={options.sectors} checked={v.sectorSlugs ?? []} errors={errors} />

            <fieldset className="space-y-4 rounded border border-slate-300 p-4">
              <legend className="px-1 font-semibold">Participants</legend>
              <p className="text-xs text-slate-600">Blank rows are ignored. Save the draft to get more empty rows. The title and organisation are those held at the time of the meeting.</p>
              {participants.map((p, i) => (
                <div key={i} className="space-y-3 border-t border-slate-200 pt-3">
                  <p className="text-sm font-medium">Participant {i + 1}</p>
                  <div className="grid gap-4 md:grid-cols-2">
                    <SelectField name={`participants.${i}.personId`} label="Person" defaultValue={p.personId?.toString()} options={options.people} errors={errors} />
                    <SelectField name={`participants.${i}.side`} label="Side" defaultValue={p.side} options={options.sides} errors={errors} />
                  </div>
                  <LocalizedField name={`participants.${i}.title`} label="Title at the time" defaultValue={p.title} errors={errors} />
                  <LocalizedField name={`participants.${i}.organisation`} label="Organisation" defaultValue={p.organisation} errors={errors} />
                </div>
              ))}
            </fieldset>

            <fieldset className="space-y-4 rounded border border-slate-300 p-4">
              <legend className="px-1 font-semibold">Outcomes</legend>
              {outcomes.map((o, i) => (
                <div key={i} className="space-y-3 border-t border-slate-200 pt-3">
                  <p className="text-sm font-medium">Outcome {i + 1}</p>
                  <LocalizedField name={`outcomes.${i}.description`} label="What was proposed, agreed or pledged" defaultValue={o.description} errors={errors} />
                  <div className="grid gap-4 md:grid-cols-2">
                    <SelectField name={`outcomes.${i}.commitment`} label="Commitment" defaultValue={o.commitment} options={options.commitments} errors={errors} />
                    <SelectField name={`outcomes.${i}.followUp`} label="Follow-up" defaultValue={o.followUp ?? ""} options={options.followUps} errors={errors} />
                  </div>
                  <LocalizedField name={`outcomes.${i}.followUpNote`} label="Follow-up note" defaultValue={o.followUpNote} errors={errors} />
                </div>
              ))}
            </fieldset>

            <CheckboxGroup name="sourceIds" label="Sources *" scroll options={options.sources} checked={(v.sourceIds ?? []).map(String)} errors={errors} />
          </>
        );
      }}
    </DocumentForm>
  );
}
