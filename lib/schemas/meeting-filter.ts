import { z } from "zod";

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

export function parseMeetingFilter(searchParams: Record<string, string | string[] | undefined>): MeetingFilter {
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
  const entries = Object.entries(filter).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}` : "";
}
