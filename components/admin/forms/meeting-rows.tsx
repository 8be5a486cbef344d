"use client";

// The repeating parts of the meeting form.
import { SelectField } from "../fields";
import { LocalizedField } from "../localized-field";
import type { AttendeeGroupInput, OutcomeInput, ParticipantInput } from "@/lib/schemas/meeting";
import type { Errors, FormValues, Option } from "./document-form";
import { Rows } from "./rows";

type ParticipantRow = FormValues<typeof ParticipantInput>;
type AttendeeGroupRow = FormValues<typeof AttendeeGroupInput>;
type OutcomeRow = FormValues<typeof OutcomeInput>;

export function ParticipantRows({
  rows,
  options,
  errors,
}: {
  rows?: ParticipantRow[];
  options: { people: Option[]; sides: Option[] };
  errors: Errors;
}) {
  return (
    <Rows
      legend="Participants"
      intro="Blank rows are ignored. Save the draft to get more empty rows. The title and organisation are those held at the time of the meeting, as the source gives them."
      rows={rows}
      spare={2}
      error={errors?.participants}
    >
      {(p, i) => (
        <>
          <p className="text-sm font-medium">Participant {i + 1}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField
              name={`participants.${i}.personId`}
              label="Person"
              defaultValue={p.personId?.toString()}
              options={options.people}
              errors={errors}
            />
            <SelectField
              name={`participants.${i}.side`}
              label="Side"
              defaultValue={p.side}
              options={options.sides}
              errors={errors}
            />
          </div>
          <LocalizedField
            name={`participants.${i}.title`}
            label="Title at the time"
            defaultValue={p.title}
            errors={errors}
          />
          <LocalizedField
            name={`participants.${i}.organisation`}
            label="Organisation"
            defaultValue={p.organisation}
            errors={errors}
          />
        </>
      )}
    </Rows>
  );
}

export function AttendeeGroupRows({
  rows,
  options,
  errors,
}: {
  rows?: AttendeeGroupRow[];
  options: { sides: Option[] };
  errors: Errors;
}) {
  return (
    <Rows
      legend="Other attendees, named as groups"
      intro="Attendees the source names only as a group, e.g. “Japanese firms and business associations”. Blank rows are ignored."
      rows={rows}
      spare={1}
      error={errors?.attendeeGroups}
    >
      {(g, i) => (
        <>
          <p className="text-sm font-medium">Group {i + 1}</p>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name={`attendeeGroups.${i}.side`}
              label="Side"
              defaultValue={g.side}
              options={options.sides}
              errors={errors}
            />
          </div>
          <LocalizedField
            name={`attendeeGroups.${i}.name`}
            label="Who they were"
            defaultValue={g.name}
            errors={errors}
          />
        </>
      )}
    </Rows>
  );
}

export function OutcomeRows({
  rows,
  options,
  errors,
}: {
  rows?: OutcomeRow[];
  options: { outcomeSides: Option[]; commitments: Option[]; followUps: Option[] };
  errors: Errors;
}) {
  return (
    <Rows
      legend="Outcomes"
      intro="What was asked for, agreed or promised, and by whom (leave “by” empty only if the sources do not say). Blank rows are ignored."
      rows={rows}
      spare={1}
      error={errors?.outcomes}
    >
      {(o, i) => (
        <>
          <p className="text-sm font-medium">Outcome {i + 1}</p>
          <LocalizedField
            name={`outcomes.${i}.description`}
            label="What was proposed, agreed or pledged"
            defaultValue={o.description}
            errors={errors}
          />
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField
              name={`outcomes.${i}.commitment`}
              label="Commitment"
              defaultValue={o.commitment}
              options={options.commitments}
              errors={errors}
            />
            <SelectField
              name={`outcomes.${i}.side`}
              label="Proposed, agreed or pledged by"
              defaultValue={o.side}
              options={options.outcomeSides}
              errors={errors}
            />
            <SelectField
              name={`outcomes.${i}.followUp`}
              label="Follow-up"
              defaultValue={o.followUp ?? ""}
              options={options.followUps}
              errors={errors}
            />
          </div>
          <LocalizedField
            name={`outcomes.${i}.followUpNote`}
            label="Follow-up note"
            defaultValue={o.followUpNote}
            errors={errors}
          />
        </>
      )}
    </Rows>
  );
}
