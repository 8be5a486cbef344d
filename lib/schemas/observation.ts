import { z } from "zod";
import { Basis, Measure, Qualifier, Unit } from "../generated/prisma/enums";
import { Checkbox, optionalLocalizedText, PartialDateText, Slug, blankToUndefined, chosenId, datesInOrder, samePrecision } from "./common";

const optionalCount = z.preprocess(blankToUndefined, z.coerce.number({ error: "Enter a whole number" }).int({ error: "Enter a whole number" }).positive({ error: "Enter a number above 0" }).optional());

/**
 * One figure exactly as one source reported it. The value is kept as a decimal string so
 * nothing is lost to floating point ("1670000000" for US$1.67bn).
 */
export const ObservationInput = z
  .object({
    territoryId: chosenId("Choose the place (and boundaries) this figure describes"),
    counterpartSlug: z.preprocess(blankToUndefined, Slug.optional()),
    measure: z.enum(Measure, { error: "Choose what is measured" }),
    value: z
      .string({ error: "Enter the value" })
      .transform((text) => text.replace(/[\s,]/g, ""))
      .pipe(z.string().regex(/^-?\d{1,20}(\.\d{1,4})?$/, { error: "Enter the full number in digits, e.g. 1670000000 for US$1.67bn" })),
    qualifier: z.preprocess(blankToUndefined, z.enum(Qualifier).default("EXACT")),
    unit: z.enum(Unit, { error: "Choose the unit" }),
    basis: z.enum(Basis, { error: "Choose a level at a date (stock) or a total over a period (flow)" }),
    asOf: PartialDateText,
    periodStart: z.preprocess(blankToUndefined, PartialDateText.optional()),
    isEstimate: Checkbox,
    rank: optionalCount,
    rankOf: optionalCount,
    note: optionalLocalizedText("note"),
    sourceId: chosenId("Choose the source of this figure: every figure needs one"),
  })
  .refine((o) => o.basis === "FLOW" || !o.periodStart, { path: ["periodStart"], error: "Only a total over a period (flow) has a start" })
  .refine(...datesInOrder("periodStart", "asOf", "The period must start before it ends", "periodStart"))
  .refine(...samePrecision("asOf", "periodStart", "Give the start as precisely as the end (e.g. 2024-01 with 2024-09)"))
  .refine((o) => (o.rank === undefined) === (o.rankOf === undefined), { path: ["rankOf"], error: "Give both the rank and how many were ranked, or neither" })
  .refine((o) => !o.rank || !o.rankOf || o.rank <= o.rankOf, { path: ["rank"], error: "The rank cannot be above the number ranked" });

export type ObservationInput = z.infer<typeof ObservationInput>;
