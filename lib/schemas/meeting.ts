import { z } from "zod";
import { Commitment, FollowUp, MeetingKind, Side } from "../generated/prisma/enums";
import { Id, LocalizedText, OptionalLocalizedText, PartialDateText, Slug, blankToUndefined, datesInOrder, samePrecision, unique } from "./common";

export const ParticipantInput = z.object({
  personId: Id,
  side: z.enum(Side, { error: "Choose the side this person came from" }),
  title: OptionalLocalizedText,
  organisation: OptionalLocalizedText,
});

export const OutcomeInput = z.object({
  description: LocalizedText,
  commitment: z.enum(Commitment, { error: "Choose proposed, agreed or pledged" }),
  followUp: z.preprocess(blankToUndefined, z.enum(FollowUp).default("UNKNOWN")),
  followUpNote: OptionalLocalizedText,
});

/** One meeting as the staff form edits it; the same schema checks the browser and the server. */
export const MeetingInput = z
  .object({
    slug: Slug,
    kind: z.enum(MeetingKind, { error: "Choose the kind of meeting" }),
    title: LocalizedText,
    summary: LocalizedText,
    startsOn: PartialDateText,
    endsOn: z.preprocess(blankToUndefined, PartialDateText.optional()),
    dateNote: OptionalLocalizedText,
    venue: OptionalLocalizedText,
    placeSlugs: z.array(Slug).min(1, { error: "Choose at least one province or partner" }).transform(unique),
    sectorSlugs: z.array(Slug).default([]).transform(unique),
    participants: z.array(ParticipantInput).default([]),
    outcomes: z.array(OutcomeInput).default([]),
    sourceIds: z.array(Id).min(1, { error: "Cite at least one source" }).transform(unique),
  })
  .refine(...datesInOrder("startsOn", "endsOn", "The end date must be on or after the start date"))
  .refine(...samePrecision("startsOn", "endsOn", "Give the end date as precisely as the start (both a day, a month or a year)"));

export type MeetingInput = z.infer<typeof MeetingInput>;

/** The form's repeating fields (checkbox groups), read as arrays from a form post. */
export const meetingArrayFields = ["placeSlugs", "sectorSlugs", "sourceIds"];
