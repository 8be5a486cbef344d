import { z } from "zod";
import { Currency, Measure } from "../generated/prisma/enums";
import { oneOrMany, queryInt, querySlug } from "./query-string";

export const explorerLimits = { places: 12, firstYear: 1945, lastYear: 2100 } as const;

const year = queryInt(explorerLimits.firstYear, explorerLimits.lastYear);

const yearsInOrder = (q: { from?: number; to?: number }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const yearsError = { error: "The first year comes after the last", path: ["from"] };

const common = {
  place: oneOrMany(querySlug, explorerLimits.places),
  from: year.optional(),
  to: year.optional(),
  /** Show money also in this currency, where a stored annual average rate allows. */
  convert: z.enum(Currency).optional(),
};

/**
 * The explorer's choice, as its GET form puts it in the URL: `?place=bac-ninh&place=kanagawa
 * &counterpart=japan&measure=FDI_REGISTERED_CAPITAL&from=2015&to=2024&convert=VND`. The
 * explorer page, its downloads and the tests parse with this one schema.
 */
export const ExplorerQuery = z
  .strictObject({
    ...common,
    counterpart: z.enum(["japan", "all"]).default("japan"),
    measure: z.enum(Measure).default("FDI_REGISTERED_CAPITAL"),
  })
  .refine(yearsInOrder, yearsError);
export type ExplorerQuery = z.output<typeof ExplorerQuery>;

/**
 * The figures download's choice: the explorer's, or a profile table's, which shows several
 * measures (`measure` repeated) against either counterpart (`counterpart=any`). Every
 * explorer address is also a valid download address with the same rows.
 */
export const FigureSelection = z
  .strictObject({
    ...common,
    counterpart: z.enum(["japan", "all", "any"]).default("japan"),
    measure: oneOrMany(z.enum(Measure), Object.keys(Measure).length).default([
      "FDI_REGISTERED_CAPITAL",
    ]),
  })
  .refine(yearsInOrder, yearsError);
export type FigureSelection = z.output<typeof FigureSelection>;
