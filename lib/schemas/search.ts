import { z } from "zod";
import { locales, type Locale } from "../i18n/config";

/** What public search finds, in the order its groups are shown. */
export const searchKinds = [
  "PLACE",
  "RELATIONSHIP",
  "MEETING",
  "PERSON",
  "SECTOR",
  "SOURCE",
] as const;
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
    .max(searchLimits.queryLength, {
      error: `Keep the search under ${searchLimits.queryLength} characters`,
    }),
  kind: z.enum(searchKinds).optional(),
  perKind: z.coerce.number().int().min(1).max(searchLimits.perKind).default(5),
  locale: z.enum(locales).default("en"),
});
export type SearchQuery = z.output<typeof SearchQuery>;

/** Why the search page ran no search: nothing typed, too little, or too much. */
export type SearchProblem = "empty" | "short" | "long";

/**
 * The search page's query string: only `q` (its first value; other parameters are ignored, so
 * a tracking suffix never breaks a shared link). Returns the query to run, or why there is none.
 */
export function parseSearchPage(
  params: Record<string, string | string[] | undefined>,
  locale: Locale,
  perKind: number,
) {
  const raw = params.q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const parsed = SearchQuery.safeParse({ q, locale, perKind });
  if (parsed.success) return { q, query: parsed.data, problem: null };
  const problem: SearchProblem = q.length === 0 ? "empty" : q.length < 2 ? "short" : "long";
  // A too-long query is shown cut to the limit, so the form gives back something searchable.
  return { q: q.slice(0, searchLimits.queryLength), query: null, problem };
}
