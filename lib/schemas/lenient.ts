import type { z } from "zod";

/**
 * A page's filters from its query string, keeping what is valid and naming what is not: a
 * mistyped or stale link still shows a page (never a 500), and says which parameters it
 * ignored. Each parameter is checked with its field of the same Zod schema the downloads use;
 * a parameter given twice counts once (its first value).
 */
export function parseFilters<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  params: Record<string, string | string[] | undefined>,
): { filter: Partial<z.output<z.ZodObject<Shape>>>; ignored: string[] } {
  const filter: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [name, raw] of Object.entries(params)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const field = Object.hasOwn(schema.shape, name) ? (schema.shape[name] as z.ZodType) : null;
    const parsed = field?.safeParse(value);
    if (parsed?.success) filter[name] = parsed.data;
    else ignored.push(name);
  }
  const ordered = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((name) => name in filter)
      .map((name) => [name, filter[name]]),
  );
  return { filter: ordered as Partial<z.output<z.ZodObject<Shape>>>, ignored };
}

/** The query string of a filter ("?province=nghe-an&year=2019"), in the schema's order, or "". */
export function filterQuery(
  filter: Record<string, unknown>,
  extra: Record<string, string> = {},
): string {
  const entries = Object.entries({ ...filter, ...extra }).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null,
  );
  return entries.length
    ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}`
    : "";
}
