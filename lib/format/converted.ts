// A converted amount, written as precisely as the figure it came from and no more: US$72.19
// million at 23,050 dong to the dollar is "about VND 1,664 billion", not VND 1,663,979,500,000.
// (The downloads keep the unrounded whole units; a page shows what the source's digits allow.)
import { createTranslator } from "use-intl/core";
import type { Conversion } from "../exchange";
import { intlLocale, type Locale } from "../i18n/config";
import { messages } from "../i18n/messages";
import type { Qualifier } from "../generated/prisma/enums";
import { formatFigureValue, formatMyriads, type FigureValue } from "./figure-value";

const qualifierKey = {
  EXACT: "exact",
  ABOUT: "about",
  OVER: "over",
  NEARLY: "nearly",
} as const satisfies Record<Qualifier, string>;

/** Significant digits of a decimal string: "72190000" has 4, "5070390000000" has 6. */
export function significantDigits(decimal: string): number {
  const digits = decimal.replace(/^[-+]/, "").replace(".", "").replace(/^0+/, "");
  return decimal.includes(".") ? digits.length : digits.replace(/0+$/, "").length;
}

/** A whole number (as a string) rounded to `digits` significant digits, half away from zero. */
export function roundToDigits(whole: string, digits: number): string {
  const negative = whole.startsWith("-");
  const value = BigInt(whole.replace(/^[-+]/, ""));
  const length = value.toString().length;
  if (length <= digits) return whole;
  const factor = 10n ** BigInt(length - digits);
  const rounded = ((value + factor / 2n) / factor) * factor;
  return (negative ? "-" : "") + rounded.toString();
}

/** The converted value in the page's language, to the original's precision (at least 3 digits), qualified as the original is. */
export function formatConverted(
  conversion: Conversion,
  original: FigureValue,
  locale: Locale,
): string {
  const digits = Math.max(
    significantDigits(original.value),
    significantDigits(original.valueHigh ?? original.value),
    3,
  );
  const value = roundToDigits(conversion.value, digits);
  const valueHigh =
    conversion.valueHigh === null ? null : roundToDigits(conversion.valueHigh, digits);
  if (conversion.currency !== "JPY")
    return formatFigureValue({ ...original, value, valueHigh, unit: conversion.currency }, locale);
  // Yen is no unit a figure is kept in, so figure-value has no words for it: the explorer's.
  const t = createTranslator({ locale, messages: messages[locale] });
  const number = (v: string) =>
    locale === "ja"
      ? formatMyriads(v)
      : new Intl.NumberFormat(intlLocale[locale]).format(BigInt(v));
  const amount =
    valueHigh === null
      ? number(value)
      : t("figureValue.range", { low: number(value), high: number(valueHigh) });
  return t(`figureValue.${qualifierKey[original.qualifier]}`, {
    value: t("explorer.jpy", { amount }),
  });
}
