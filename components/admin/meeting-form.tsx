"use client";

import { useActionState } from "react";
import type { MeetingFormState } from "@/lib/schemas/form-state";
import { CheckboxGroup, LocalizedField, SelectField, TextField } from "./fields";
import { FormStatus } from "./form-status";

type Option = { value: string; label: string };
type Text = { en?: string; vi?: string; ja?: string };

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

export function MeetingForm({
  action,
  initial,
  options,
  refs: pageRefs,
}: {
  action: (state: MeetingFormState, form: FormData) => Promise<MeetingFormState>;
  initial: MeetingFormValues;
  options: MeetingFormOptions;
  refs: { workingCopyId: number | null; entityId: number | null; version: number };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (state.values as MeetingFormValues | undefined) ?? initial;
  const errors = state.errors;
  // After a refused save the page re-renders with the newest version; the form keeps the
  // version it was opened at, so the editor must reload to build on the other editor's work.
  const refs = state.refs ?? pageRefs;
  const participants = [...(v.participants ?? []), {}, {}];
  const outcomes = [...(v.outcomes ?? []), {}];
  return (
    // The key remounts the fields after a refused save, so they show what was typed.
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="ref.workingCopyId" value={refs.workingCopyId ?? ""} />
      <input type="hidden" name="ref.entityId" value={refs.entityId ?? ""} />
      <input type="hidden" name="ref.version" value={refs.version} />
      <FormStatus message={state.message} conflict={state.conflict} />

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

      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Saving…" : "Save draft"}
        </button>
        <span className="text-sm text-slate-600">Saving keeps a revision; the public site changes only when you publish.</span>
      </div>
    </form>
  );
}
