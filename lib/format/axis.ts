// Axis labels for charts, as short as each language writes them: "1.5B" / "1,5 T" / "15億"
// (Intl's compact notation picks the magnitude, which suits ticks, never the figures
// themselves: those go through figure-value.ts) and years as "2019" / "2019" / "2019年".
import type { ChartFormat } from "../explorer/chart";
import { intlLocale, type Locale } from "../i18n/config";

export function axisFormat(locale: Locale): ChartFormat {
  const number = new Intl.NumberFormat(intlLocale[locale], {
    notation: "compact",
    maximumFractionDigits: 1,
  });
  const year = new Intl.DateTimeFormat(intlLocale[locale], { year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(intlLocale[locale], {
    year: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  return {
    value: (value) => number.format(value),
    date: (date, yearOnly) => (yearOnly ? year : month).format(date),
  };
}
