// Dates as each language writes them, never more precise than the source gave them:
// "26 April 2019" / "26 tháng 4, 2019" / "2019年4月26日"; "April 2019" / "tháng 4 năm 2019" / "2019年4月".
import type { DatePrecision } from "../generated/prisma/enums";
import { intlLocale, type Locale } from "../i18n/config";

const styles: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "long", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: DatePrecision) {
  const key = `${locale}|${precision}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(key, (format = new Intl.DateTimeFormat(intlLocale[locale], styles[precision])));
  return format;
}

export function formatPartialDate(date: Date, precision: DatePrecision, locale: Locale): string {
  return formatter(locale, precision).format(date);
}

/** A period: "6–7 September 2023", "tháng 1 – tháng 9 năm 2024", "2023年9月6日～7日". */
export function formatPeriod(
  start: Date,
  end: Date,
  precision: DatePrecision,
  locale: Locale,
): string {
  const format = formatter(locale, precision);
  if (format.format(start) === format.format(end)) return format.format(start);
  return locale === "ja" ? japaneseRange(format, start, end) : format.formatRange(start, end);
}

/**
 * ICU (Node 20's 78 at least) gives Japanese ranges of long dates as "2023/09/06～2023/09/07".
 * Newspapers write "2023年9月6日～7日": the end drops the year and month it shares with the start.
 */
function japaneseRange(format: Intl.DateTimeFormat, start: Date, end: Date) {
  const from = format.formatToParts(start);
  const to = format.formatToParts(end);
  let shared = 0;
  // Parts come in pairs (2023 年, 9 月, 6 日); keep at least the last pair of the end.
  while (
    shared + 2 < to.length &&
    to[shared].value === from[shared]?.value &&
    to[shared + 1].value === from[shared + 1]?.value
  )
    shared += 2;
  return `${format.format(start)}～${to
    .slice(shared)
    .map((part) => part.value)
    .join("")}`;
}

/** A single date, or a period when `end` is another day. */
export function formatDateOrPeriod(
  date: Date,
  precision: DatePrecision,
  locale: Locale,
  end?: Date | null,
): string {
  return end && end.getTime() !== date.getTime()
    ? formatPeriod(date, end, precision, locale)
    : formatPartialDate(date, precision, locale);
}
