// A page's choice (the filters of its query string) spelled as one path segment, so that each
// choice can have one static page, cached under one spelling: `province-nghe-an~year-2019`,
// `place-bac-ninh~place-nghe-an~measure-FDI_PROJECTS`. A key holds no "-"; no value holds "~"
// (slugs, enum names and years never do). A choice of nothing is spelled `all`.

/** One query-string pair; a key given several times (place) appears once per value. */
export type ChoiceEntry = readonly [key: string, value: string];

export const emptyChoice = "all";

export function choiceSegment(entries: readonly ChoiceEntry[]): string {
  return entries.length ? entries.map(([key, value]) => `${key}-${value}`).join("~") : emptyChoice;
}

/**
 * The query string a segment spells (names from `keys` only), or null for anything else. The
 * caller parses it as it parses the public address's query string, and keeps the segment only
 * if the choice spells it back exactly: one cached page per choice, never two.
 */
export function choiceParams(segment: string, keys: readonly string[]): URLSearchParams | null {
  if (segment === emptyChoice) return new URLSearchParams();
  const params = new URLSearchParams();
  for (const part of segment.split("~")) {
    const at = part.indexOf("-");
    const [key, value] = [part.slice(0, at), part.slice(at + 1)];
    if (at <= 0 || !value || !keys.includes(key)) return null;
    params.append(key, value);
  }
  return params;
}
