import type { DatePrecision } from "./generated/prisma/enums";

/**
 * Sources often give only a month or a year. A date is stored as a calendar day plus
 * its precision; `edge` says which day of a month or year stands for it ("2024" as a
 * period's end is 31 Dec 2024, as a start 1 Jan 2024).
 */
export function parsePartialDate(text: string, edge: "start" | "end" = "start") {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${text}`);
  const [, year, month, day] = match;
  const y = Number(year);
  if (day) return { date: new Date(Date.UTC(y, Number(month) - 1, Number(day))), precision: "DAY" as const };
  if (month) {
    const m = Number(month) - 1;
    const date = edge === "start" ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y, m + 1, 0));
    return { date, precision: "MONTH" as const };
  }
  const date = edge === "start" ? new Date(Date.UTC(y, 0, 1)) : new Date(Date.UTC(y, 11, 31));
  return { date, precision: "YEAR" as const };
}

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "short", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

/** "26 Apr 2019", "Nov 2023" or "2015", never more precise than the source. */
export function formatPartialDate(date: Date, precision: DatePrecision, locale = "en") {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, formats[precision]).format(date);
}

/** A period such as "2024", "Jan–Sep 2024" or "6–7 Sep 2023". */
export function formatPeriod(start: Date, end: Date, precision: DatePrecision, locale = "en") {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  if (precision === "YEAR" && sameYear) return formatPartialDate(start, "YEAR", locale);
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, formats[precision]);
  return format.formatRange(start, end);
}

/** The value an <input type="date|month|number"> style field shows for a stored partial date. */
export function toPartialDateText(date: Date, precision: DatePrecision) {
  const iso = date.toISOString().slice(0, 10);
  return precision === "DAY" ? iso : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}
