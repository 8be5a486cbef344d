import { z } from "zod";
import {
  LIST_MAX,
  PartialDateText,
  blankToUndefined,
  chosenId,
  chosenSlug,
  datesInOrder,
  listOf,
  optionalLocalizedText,
} from "./common";

/** A boundary change is dated to the day: the day the merger or split took effect. */
const Day = PartialDateText.refine((text) => text.length === 10, {
  error: "Give the day, as YYYY-MM-DD",
});

/** A territory this one was formed from (one row per predecessor: a merger has several). */
export const PredecessorInput = z.object({
  territoryId: chosenId("Choose the territory it was formed from"),
  effectiveOn: z.preprocess(
    blankToUndefined,
    z.string({ error: "Enter the day the change took effect" }).pipe(Day),
  ),
  note: optionalLocalizedText("note"),
  sourceId: z.preprocess(blankToUndefined, chosenId("Choose a source").optional()),
});

/**
 * A place's extent over a period: a province before and after a merger is one place (one web
 * address) with two territories, and every figure names the territory it describes.
 */
export const TerritoryInput = z
  .object({
    placeSlug: chosenSlug("Choose the place these boundaries belong to"),
    validFrom: z.preprocess(blankToUndefined, PartialDateText.optional()),
    validTo: z.preprocess(blankToUndefined, Day.optional()),
    note: optionalLocalizedText("note"),
    predecessors: listOf(PredecessorInput, LIST_MAX.predecessors).default([]),
  })
  .refine(...datesInOrder("validFrom", "validTo", "The boundaries must begin before they end"))
  .refine((t) => new Set(t.predecessors.map((p) => p.territoryId)).size === t.predecessors.length, {
    path: ["predecessors"],
    error: "List each earlier territory once",
  });

export type TerritoryInput = z.infer<typeof TerritoryInput>;
