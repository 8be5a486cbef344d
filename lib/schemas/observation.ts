import { z } from "zod";
import { compareDecimals } from "../decimal";
import { Basis, Measure, Qualifier, Unit } from "../generated/prisma/enums";
import {
  Checkbox,
  optionalLocalizedText,
  PartialDateText,
  Slug,
  blankToUndefined,
  chosenId,
  datesInOrder,
  samePrecision,
} from "./common";

const optionalCount = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Enter a whole number" })
    .int({ error: "Enter a whole number" })
    .positive({ error: "Enter a number above 0" })
    .optional(),
);

const digitsError = "Enter the full number in digits, e.g. 1670000000 for US$1.67bn";
/** A number typed in full, with or without thousands separators, kept as a decimal string. */
const decimalText = (message: string) =>
  z
    .string({ error: message })
    .transform((text) => text.replace(/[\s,]/g, ""))
    .pipe(z.string().regex(/^-?\d{1,20}(\.\d{1,4})?$/, { error: digitsError }));

const valueFields = {
  value: decimalText("Enter the value"),
  valueHigh: z.preprocess(blankToUndefined, decimalText("Enter the high end in digits").optional()),
};
/** The range checks run, alongside other fields' errors, whenever both ends are numbers. */
const bothEndsAreNumbers = (payload: { value: unknown }) =>
  z.object(valueFields).safeParse(payload.value).success;

/**
 * One figure exactly as one source reported it. The value is kept as a decimal string so
 * nothing is lost to floating point ("1670000000" for US$1.67bn). A range ("3,000–4,000")
 * keeps both ends, `value` and `valueHigh`; a yearly rate is the basis ANNUAL_RATE.
 */
export const ObservationInput = z
  .object({
    territoryId: chosenId("Choose the place (and boundaries) this figure describes"),
    counterpartSlug: z.preprocess(blankToUndefined, Slug.optional()),
    measure: z.enum(Measure, { error: "Choose what is measured" }),
    ...valueFields,
    qualifier: z.preprocess(blankToUndefined, z.enum(Qualifier).default("EXACT")),
    unit: z.enum(Unit, { error: "Choose the unit" }),
    basis: z.enum(Basis, {
      error: "Choose a level at a date (stock) or a total over a period (flow)",
    }),
    asOf: PartialDateText,
    periodStart: z.preprocess(blankToUndefined, PartialDateText.optional()),
    isEstimate: Checkbox,
    rank: optionalCount,
    rankOf: optionalCount,
    note: optionalLocalizedText("note"),
    sourceId: chosenId("Choose the source of this figure: every figure needs one"),
  })
  .refine((o) => o.basis !== "STOCK" || !o.periodStart, {
    path: ["periodStart"],
    error: "Only a total over a period (flow) or a yearly rate has a start",
  })
  .refine((o) => !o.valueHigh || compareDecimals(o.valueHigh, o.value) > 0, {
    path: ["valueHigh"],
    error: "The high end must be above the value (the low end); leave it empty for a single number",
    when: bothEndsAreNumbers,
  })
  .refine((o) => !o.valueHigh || o.qualifier === "EXACT" || o.qualifier === "ABOUT", {
    path: ["qualifier"],
    error: "“Over” and “nearly” qualify one number: for a range choose exact or about",
    when: bothEndsAreNumbers,
  })
  .refine(
    ...datesInOrder("periodStart", "asOf", "The period must start before it ends", "periodStart"),
  )
  .refine(
    ...samePrecision(
      "asOf",
      "periodStart",
      "Give the start as precisely as the end (e.g. 2024-01 with 2024-09)",
    ),
  )
  .refine((o) => (o.rank === undefined) === (o.rankOf === undefined), {
    path: ["rankOf"],
    error: "Give both the rank and how many were ranked, or neither",
  })
  .refine((o) => !o.rank || !o.rankOf || o.rank <= o.rankOf, {
    path: ["rank"],
    error: "The rank cannot be above the number ranked",
  });

export type ObservationInput = z.infer<typeof ObservationInput>;
