import { z } from "zod";
import { Commitment, FollowUp, MeetingKind, Side } from "../generated/prisma/enums";
import { Id, LIST_MAX, PartialDateText, Slug, blankToUndefined, datesInOrder, listOf, localizedText, optionalLocalizedText, samePrecision, unique } from "./common";

export const ParticipantInput = z.object({
  personId: Id,
  side: z.enum(Side, { error: "Choose the side this person came from" }),
  title: optionalLocalizedText("name"),
  organisation: optionalLocalizedText("name"),
});

export const OutcomeInput = z.object({
  description: localizedText("note"),
  commitment: z.enum(Commitment, { error: "Choose proposed, agreed or pledged" }),
  followUp: z.preprocess(blankToUndefined, z.enum(FollowUp).default("UNKNOWN")),
  followUpNote: optionalLocalizedText("note"),
});

/** One meeting as the staff form edits it; the same schema checks the browser and the server. */
export const MeetingInput = z
  .object({
    slug: Slug,
    kind: z.enum(MeetingKind, { error: "Choose the kind of meeting" }),
    title: localizedText("name"),
    summary: localizedText("summary"),
    startsOn: PartialDateText,
    endsOn: z.preprocess(blankToUndefined, PartialDateText.optional()),
    dateNote: optionalLocalizedText("note"),
    venue: optionalLocalizedText("name"),
    placeSlugs: listOf(Slug, LIST_MAX.places).min(1, { error: "Choose at least one province or partner" }).transform(unique),
    sectorSlugs: listOf(Slug, LIST_MAX.sectors).default([]).transform(unique),
    participants: listOf(ParticipantInput, LIST_MAX.participants).default([]),
    outcomes: listOf(OutcomeInput, LIST_MAX.outcomes).default([]),
    sourceIds: listOf(Id, LIST_MAX.sources).min(1, { error: "Cite at least one source" }).transform(unique),
  })
  .refine(...datesInOrder("startsOn", "endsOn", "The end date must be on or after the start date"))
  .refine(...samePrecision("startsOn", "endsOn", "Give the end date as precisely as the start (both a day, a month or a year)"));

export type MeetingInput = z.infer<typeof MeetingInput>;

/** The form's repeating fields (checkbox groups), read as arrays from a form post. */
export const meetingArrayFields = ["placeSlugs", "sectorSlugs", "sourceIds"];
