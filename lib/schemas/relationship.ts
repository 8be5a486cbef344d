import { z } from "zod";
import { Evidence, RelationshipKind, RelationshipStatus } from "../generated/prisma/enums";
import {
  Checkbox,
  Id,
  LIST_MAX,
  PartialDateText,
  Slug,
  blankToUndefined,
  chosenSlug,
  datesInOrder,
  listOf,
  localizedText,
  unique,
} from "./common";

const optionalDate = z.preprocess(blankToUndefined, PartialDateText.optional());

/** A relationship between a Vietnamese and a Japanese place, with how solid its evidence is. */
export const RelationshipInput = z
  .object({
    slug: Slug,
    vietnamesePlaceSlug: chosenSlug("Choose the Vietnamese side"),
    japanesePlaceSlug: chosenSlug("Choose the Japanese side"),
    kind: z.enum(RelationshipKind, { error: "Choose the kind of relationship" }),
    status: z.enum(RelationshipStatus, { error: "Choose the status" }),
    statusAsOf: optionalDate,
    evidence: z.enum(Evidence, { error: "Choose how solid the evidence is" }),
    since: optionalDate,
    sinceInferred: Checkbox,
    endedOn: optionalDate,
    summary: localizedText("summary"),
    sourceIds: listOf(Id, LIST_MAX.sources)
      .min(1, { error: "Cite at least one source" })
      .transform(unique),
  })
  .refine((r) => r.evidence !== "DOCUMENTED" || r.since, {
    path: ["since"],
    error: "A documented relationship needs the date of signing",
  })
  .refine(...datesInOrder("since", "endedOn", "The end must be on or after the start"));

export type RelationshipInput = z.infer<typeof RelationshipInput>;

/** The form's repeating fields (checkbox groups), read as arrays from a form post. */
export const relationshipArrayFields = ["sourceIds"];
