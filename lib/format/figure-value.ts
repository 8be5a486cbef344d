// A figure's value as each language's press writes it, as precise as the source and no more:
//   en "over US$1.67 billion", "VND 204.6 trillion"
//   vi "hơn US$1,67 tỷ", "5.070,39 tỷ đồng" (Vietnamese reports count dong in tỷ, even past a trillion)
//   ja "16億7000万米ドル超", "204兆6000億ドン" (Japanese financial press groups by 万, 億 and 兆, exactly)
// The words come from messages (figureValue.*); the magnitudes each language counts in are here.
import { createTranslator } from "next-intl";
import type { Measure, Qualifier, Unit } from "../generated/prisma/enums";
import { intlLocale, locales, type Locale } from "../i18n/config";
import { messages } from "../i18n/messages";

type Scale = "trillion" | "billion" | "million";
type Money = Extract<Unit, "USD" | "VND">;

/** Western magnitudes per language and currency, largest first; Japanese uses myriads instead. */
const scales: Record<Exclude<Locale, "ja">, Record<Money, [number, Scale][]>> = {
  en: {
    USD: [[1e9, "billion"], [1e6, "million"]],
    VND: [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]],
  },
  vi: {
    USD: [[1e9, "billion"], [1e6, "million"]],
    VND: [[1e9, "billion"], [1e6, "million"]],
  },
};

const translatorFor = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "figureValue" });
const translators = Object.fromEntries(locales.map((locale) => [locale, translatorFor(locale)])) as Record<Locale, ReturnType<typeof translatorFor>>;

const qualifierKey = { EXACT: "exact", ABOUT: "about", OVER: "over", NEARLY: "nearly" } as const satisfies Record<Qualifier, string>;

function plain(value: number, locale: Locale, fractionDigits = 4) {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits }).format(value);
}

/** "7219万", "16億7000万", "204兆6000億": exact, from the decimal string (no floating point). */
export function formatMyriads(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction = ""] = decimal.replace(/^[-+]/, "").split(".");
  let rest = BigInt(whole || "0");
  let text = "";
  for (const [size, unit] of [[10n ** 12n, "兆"], [10n ** 8n, "億"], [10n ** 4n, "万"]] as const) {
    if (rest >= size) {
      text += `${rest / size}${unit}`;
      rest %= size;
    }
  }
  const decimals = fraction.replace(/0+$/, "");
  if (rest > 0n || decimals || !text) text += `${rest}${decimals ? `.${decimals}` : ""}`;
  return (negative ? "-" : "") + text;
}

function money(unit: Money, decimal: string, locale: Locale) {
  const t = translators[locale];
  const key = unit === "USD" ? "usd" : "vnd";
  if (locale === "ja") return t(key, { amount: formatMyriads(decimal), scale: "one" });
  const value = Number(decimal);
  const step = scales[locale][unit].find(([size]) => Math.abs(value) >= size);
  if (!step) return t(key, { amount: plain(value, locale), scale: "one" });
  return t(key, { amount: plain(value / step[0], locale, 3), scale: step[1] });
}

export interface FigureValue {
  value: string; // a decimal string, as lib/data returns it
  unit: Unit;
  qualifier: Qualifier;
  measure: Measure;
}

export function formatFigureValue(figure: FigureValue, locale: Locale): string {
  const t = translators[locale];
  const count = Number(figure.value);
  const amount = () => (locale === "ja" ? formatMyriads(figure.value) : plain(count, locale));
  const text = (() => {
    switch (figure.unit) {
      case "USD":
      case "VND":
        return money(figure.unit, figure.value, locale);
      case "PERCENT":
        return t("percent", { amount: plain(count, locale) });
      case "KM2":
        return t("km2", { amount: plain(count, locale) });
      case "PERSONS":
        return t("people", { amount: amount(), count });
      case "COUNT":
        // Only project measures name their unit: "88 projects", "88 dự án", "88件".
        return figure.measure.endsWith("PROJECTS") ? t("projects", { amount: plain(count, locale), count }) : t("count", { amount: plain(count, locale) });
    }
  })();
  return t(qualifierKey[figure.qualifier], { value: text });
}
