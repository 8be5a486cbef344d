import { z } from "zod";
import { choiceParams, choiceSegment } from "./choice-segment";
import { queryObject } from "./query-string";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);

/**
 * The meetings page's filters, from the query string. Anything malformed is dropped
 * rather than refused: a bad link shows all meetings, not an error.
 */
export const MeetingFilter = z.object({
  province: slug.optional().catch(undefined),
  partner: slug.optional().catch(undefined),
  sector: slug.optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
});
export type MeetingFilter = z.infer<typeof MeetingFilter>;

export function parseMeetingFilter(
  searchParams: Record<string, string | string[] | undefined>,
): MeetingFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return MeetingFilter.parse({
    province: first(searchParams.province),
    partner: first(searchParams.partner),
    sector: first(searchParams.sector),
    year: first(searchParams.year),
  });
}

/** The query string that gives back this filter ("?province=nghe-an&year=2019"), or "" for none. */
export function meetingFilterQuery(filter: MeetingFilter): string {
  const entries = Object.entries(filter).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return entries.length
    ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}`
    : "";
}

const filterKeys = [
  "province",
  "partner",
  "sector",
  "year",
] as const satisfies (keyof MeetingFilter)[];

/**
 * The filter as one path segment, keys in a fixed order: `province-nghe-an~year-2019`. The
 * page behind a filtered list is cached per segment (lib/routing/reader-routes.ts routes to
 * it), so one filter has exactly one spelling (./choice-segment.ts).
 */
export function meetingFilterSegment(filter: MeetingFilter): string {
  return choiceSegment(
    filterKeys.filter((key) => filter[key] !== undefined).map((key) => [key, String(filter[key])]),
  );
}

/** The filter a segment spells, or null unless it is exactly the segment meetingFilterSegment gives. */
export function parseMeetingFilterSegment(segment: string): MeetingFilter | null {
  const params = choiceParams(segment, filterKeys);
  if (!params) return null;
  const parsed = parseMeetingFilter(queryObject(params));
  const filter = Object.fromEntries(
    Object.entries(parsed).filter(([, value]) => value !== undefined),
  ) as MeetingFilter;
  return Object.keys(filter).length && meetingFilterSegment(filter) === segment ? filter : null;
}
