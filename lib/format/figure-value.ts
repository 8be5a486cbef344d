// A figure's value as each language's press writes it, as precise as the source and no more:
//   en "over US$1.67 billion", "VND 5,070.39 billion", "about 3,000–4,000 workers a year"
//   vi "hơn US$1,67 tỷ", "5.070,39 tỷ đồng" (Vietnamese reports count dong in tỷ, even past a trillion)
//   ja "16億7000万米ドル超", "5兆703億9000万ドン" (Japanese financial press groups by 万, 億 and 兆, exactly)
// Never rounded: money is written at the largest scale that shows every digit the source gave
// (US$1,749.6 million rather than US$1.75 billion). A range keeps both ends at one scale and is
// never reduced to its midpoint. The words come from messages (figureValue.*); the magnitudes
// each language counts in are here.
import { createTranslator } from "use-intl/core";
import { fractionDigits, shiftDecimal } from "../decimal";
import type { Basis, Measure, Qualifier, Unit } from "../generated/prisma/enums";
import { intlLocale, locales, type Locale } from "../i18n/config";
import { messages } from "../i18n/messages";
import { t as inLanguage, type LocalizedText } from "../i18n/text";

type Scale = "trillion" | "billion" | "million";
type Money = Extract<Unit, "USD" | "VND">;

/**
 * Western magnitudes per language and currency (powers of ten, largest first) and the most
 * decimals a scaled amount may show; Japanese uses myriads instead.
 */
const scales: Record<
  Exclude<Locale, "ja">,
  Record<Money, { digits: number; steps: [number, Scale][] }>
> = {
  en: {
    USD: {
      digits: 3,
      steps: [
        [9, "billion"],
        [6, "million"],
      ],
    },
    VND: {
      digits: 2,
      steps: [
        [12, "trillion"],
        [9, "billion"],
        [6, "million"],
      ],
    },
  },
  vi: {
    USD: {
      digits: 3,
      steps: [
        [9, "billion"],
        [6, "million"],
      ],
    },
    VND: {
      digits: 2,
      steps: [
        [9, "billion"],
        [6, "million"],
      ],
    },
  },
};

const translatorFor = (locale: Locale) => createTranslator({ locale, messages: messages[locale] });
const translators = Object.fromEntries(
  locales.map((locale) => [locale, translatorFor(locale)]),
) as Record<Locale, ReturnType<typeof translatorFor>>;

const qualifierKey = {
  EXACT: "exact",
  ABOUT: "about",
  OVER: "over",
  NEARLY: "nearly",
} as const satisfies Record<Qualifier, string>;

/** A decimal string written in the language's digits, exactly (no float rounding of what is stored). */
function plain(decimal: string, locale: Locale) {
  return new Intl.NumberFormat(intlLocale[locale], {
    maximumFractionDigits: Math.max(fractionDigits(decimal), 0),
  }).format(Number(decimal));
}

/** "7219万", "16億7000万", "204兆6000億": exact, from the decimal string (no floating point). */
export function formatMyriads(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction = ""] = decimal.replace(/^[-+]/, "").split(".");
  let rest = BigInt(whole || "0");
  let text = "";
  for (const [size, unit] of [
    [10n ** 12n, "兆"],
    [10n ** 8n, "億"],
    [10n ** 4n, "万"],
  ] as const) {
    if (rest >= size) {
      text += `${rest / size}${unit}`;
      rest %= size;
    }
  }
  const decimals = fraction.replace(/0+$/, "");
  if (rest > 0n || decimals || !text) text += `${rest}${decimals ? `.${decimals}` : ""}`;
  return (negative ? "-" : "") + text;
}

/** One number or both ends of a range, each written by `write`, joined as the language joins a range. */
function joined(values: string[], locale: Locale, write: (value: string) => string) {
  const [low, high] = values.map(write);
  return high === undefined ? low : translators[locale]("figureValue.range", { low, high });
}

const largest = (values: string[]) =>
  values.reduce((a, b) => (Math.abs(Number(b)) > Math.abs(Number(a)) ? b : a));

function money(unit: Money, values: string[], locale: Locale) {
  const t = translators[locale];
  const key = unit === "USD" ? "figureValue.usd" : "figureValue.vnd";
  if (locale === "ja")
    return t(key, { amount: joined(values, locale, formatMyriads), scale: "one" });
  const { digits, steps } = scales[locale][unit];
  const top = Math.abs(Number(largest(values)));
  const step = steps.find(
    ([power]) =>
      top >= 10 ** power && values.every((v) => fractionDigits(shiftDecimal(v, power)) <= digits),
  );
  if (!step)
    return t(key, { amount: joined(values, locale, (v) => plain(v, locale)), scale: "one" });
  return t(key, {
    amount: joined(values, locale, (v) => plain(shiftDecimal(v, step[0]), locale)),
    scale: step[1],
  });
}

export interface FigureValue {
  value: string; // a decimal string, as lib/data returns it; the low end of a range
  valueHigh?: string | null; // the high end when the source gave a range
  unit: Unit;
  qualifier: Qualifier;
  measure: Measure;
  basis?: Basis;
}

export function formatFigureValue(figure: FigureValue, locale: Locale): string {
  const t = translators[locale];
  const values = figure.valueHigh ? [figure.value, figure.valueHigh] : [figure.value];
  // Plural forms follow the larger end ("1–2 projects").
  const count = Number(largest(values));
  const numbers = () =>
    joined(values, locale, (v) => (locale === "ja" ? formatMyriads(v) : plain(v, locale)));
  const text = (() => {
    switch (figure.unit) {
      case "USD":
      case "VND":
        return money(figure.unit, values, locale);
      case "PERCENT":
        return t("figureValue.percent", {
          amount: joined(values, locale, (v) => plain(v, locale)),
        });
      case "KM2":
        return t("figureValue.km2", { amount: joined(values, locale, (v) => plain(v, locale)) });
      case "PERSONS":
        return figure.measure === "WORKERS_SENT_ABROAD"
          ? t("figureValue.workers", { amount: numbers(), count })
          : t("figureValue.people", { amount: numbers(), count });
      case "COUNT": {
        // Only project measures name their unit: "88 projects", "88 dự án", "88件".
        const amount = joined(values, locale, (v) => plain(v, locale));
        return figure.measure.includes("PROJECTS")
          ? t("figureValue.projects", { amount, count })
          : t("figureValue.count", { amount });
      }
    }
  })();
  const qualified = t(`figureValue.${qualifierKey[figure.qualifier]}`, { value: text });
  return figure.basis === "ANNUAL_RATE"
    ? t("figureValue.perYear", { value: qualified })
    : qualified;
}

/** "FDI registered capital from Japan", "Exports to Japan", "Population", in the language. */
export function measureLabel(
  measure: Measure,
  counterpart: { name: LocalizedText } | null,
  locale: Locale,
): string {
  const t = translators[locale];
  return counterpart
    ? t(`measureWithCounterpart.${measure}`, { counterpart: inLanguage(counterpart.name, locale) })
    : t(`measure.${measure}`);
}
