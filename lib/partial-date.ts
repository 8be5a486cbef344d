import type { DatePrecision } from "./generated/prisma/enums";

/**
 * Sources often give only a month or a year. A date is stored as a calendar day plus
 * its precision; `edge` says which day of a month or year stands for it ("2024" as a
 * period's end is 31 Dec 2024, as a start 1 Jan 2024). Formatting for readers is in
 * lib/format/dates.ts.
 */
export function parsePartialDate(text: string, edge: "start" | "end" = "start") {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${text}`);
  const [, year, month, day] = match;
  const y = Number(year);
  if (day)
    return {
      date: new Date(Date.UTC(y, Number(month) - 1, Number(day))),
      precision: "DAY" as const,
    };
  if (month) {
    const m = Number(month) - 1;
    const date = edge === "start" ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y, m + 1, 0));
    return { date, precision: "MONTH" as const };
  }
  const date = edge === "start" ? new Date(Date.UTC(y, 0, 1)) : new Date(Date.UTC(y, 11, 31));
  return { date, precision: "YEAR" as const };
}

/** The value an <input type="date|month|number"> style field shows for a stored partial date. */
export function toPartialDateText(date: Date, precision: DatePrecision) {
  const iso = date.toISOString().slice(0, 10);
  return precision === "DAY" ? iso : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}
