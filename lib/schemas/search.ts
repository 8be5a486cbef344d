import { z } from "zod";
import { locales } from "../i18n/config";

/** What public search finds, in the order its groups are shown. */
export const searchKinds = ["PLACE", "RELATIONSHIP", "MEETING", "PERSON", "SECTOR", "SOURCE"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchLimits = { queryLength: 100, perKind: 20 } as const;

/**
 * The search page's query string (`/{locale}/search?q=…`). The query is bounded so that one
 * search stays one cheap SQL statement; `perKind` caps each group of results.
 */
export const SearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(2, { error: "Type at least two characters" })
    .max(searchLimits.queryLength, { error: `Keep the search under ${searchLimits.queryLength} characters` }),
  kind: z.enum(searchKinds).optional(),
  perKind: z.coerce.number().int().min(1).max(searchLimits.perKind).default(5),
  locale: z.enum(locales).default("en"),
});
export type SearchQuery = z.output<typeof SearchQuery>;
