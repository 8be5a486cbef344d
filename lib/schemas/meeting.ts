import { z } from "zod";
import { Commitment, FollowUp, MeetingKind, OutcomeSide, Side } from "../generated/prisma/enums";
import {
  Checkbox,
  Id,
  LIST_MAX,
  PartialDateText,
  Slug,
  blankToUndefined,
  datesInOrder,
  listOf,
  localizedText,
  optionalLocalizedText,
  samePrecision,
  unique,
} from "./common";

export const ParticipantInput = z.object({
  personId: Id,
  side: z.enum(Side, { error: "Choose the side this person came from" }),
  title: optionalLocalizedText("name"),
  organisation: optionalLocalizedText("name"),
});

/** Attendees the source names only as a group ("Japanese firms and business associations"). */
export const AttendeeGroupInput = z.object({
  side: z.enum(Side, { error: "Choose the side this group came from" }),
  name: localizedText("name"),
});

export const OutcomeInput = z.object({
  description: localizedText("note"),
  commitment: z.enum(Commitment, { error: "Choose proposed, agreed or pledged" }),
  /** Who proposed, agreed or pledged it; empty only when the sources do not say. */
  side: z.preprocess(
    blankToUndefined,
    z.enum(OutcomeSide, { error: "Choose who proposed, agreed or pledged it" }).optional(),
  ),
  followUp: z.preprocess(blankToUndefined, z.enum(FollowUp).default("UNKNOWN")),
  followUpNote: optionalLocalizedText("note"),
});

/** Checks that read only fields which cannot fail run even when others are wrong: every error at once. */
const always = () => true;

/** One meeting as the staff form edits it; the same schema checks the browser and the server. */
export const MeetingInput = z
  .object({
    slug: Slug,
    kind: z.enum(MeetingKind, { error: "Choose the kind of meeting" }),
    title: localizedText("name"),
    summary: localizedText("summary"),
    startsOn: PartialDateText,
    endsOn: z.preprocess(blankToUndefined, PartialDateText.optional()),
    /** The sources give no date: `startsOn` is only the latest it can have been. */
    dateIsUpperBound: Checkbox,
    dateNote: optionalLocalizedText("note"),
    venue: optionalLocalizedText("name"),
    placeSlugs: listOf(Slug, LIST_MAX.places)
      .min(1, { error: "Choose at least one province or partner" })
      .transform(unique),
    /** Fields the Vietnamese side said it seeks investment in; `sectorSlugs` are the others discussed. */
    investmentSectorSlugs: listOf(Slug, LIST_MAX.sectors).default([]).transform(unique),
    sectorSlugs: listOf(Slug, LIST_MAX.sectors).default([]).transform(unique),
    participants: listOf(ParticipantInput, LIST_MAX.participants).default([]),
    attendeeGroups: listOf(AttendeeGroupInput, LIST_MAX.attendeeGroups).default([]),
    outcomes: listOf(OutcomeInput, LIST_MAX.outcomes).default([]),
    sourceIds: listOf(Id, LIST_MAX.sources)
      .min(1, { error: "Cite at least one source" })
      .transform(unique),
  })
  .refine(...datesInOrder("startsOn", "endsOn", "The end date must be on or after the start date"))
  .refine(
    ...samePrecision(
      "startsOn",
      "endsOn",
      "Give the end date as precisely as the start (both a day, a month or a year)",
    ),
  )
  .refine((m) => !m.dateIsUpperBound || !m.endsOn, {
    path: ["endsOn"],
    error: "A meeting known only to be before a date has no end date: leave it empty",
    when: always,
  })
  .refine((m) => !m.dateIsUpperBound || m.dateNote, {
    path: ["dateNote", "en"],
    error:
      "Say in the note where the “before” date comes from (e.g. the report that mentions the meeting)",
    when: always,
  });

export type MeetingInput = z.infer<typeof MeetingInput>;

/** The form's repeating fields (checkbox groups), read as arrays from a form post. */
export const meetingArrayFields = [
  "placeSlugs",
  "investmentSectorSlugs",
  "sectorSlugs",
  "sourceIds",
];
