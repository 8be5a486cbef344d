// Which territory a figure describes: "Bac Ninh" for a place that never changed,
// "Bac Ninh (1997 – 30 June 2025 boundaries)" / "Bắc Ninh (địa giới 1997 – 30 tháng 6, 2025)" /
// "バクニン省（1997年～2025年6月30日の区域）" for one of several territories.
import { createTranslator } from "use-intl/core";
import type { DatePrecision } from "../generated/prisma/enums";
import { locales, type Locale } from "../i18n/config";
import { messages } from "../i18n/messages";
import { type LocalizedText, t as inLanguage } from "../i18n/text";
import { formatPartialDate } from "./dates";

export interface TerritoryBounds {
  name: LocalizedText;
  validFrom: Date | null;
  validFromPrecision: DatePrecision;
  validTo: Date | null;
}

const translatorFor = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "boundary" });
const translators = Object.fromEntries(
  locales.map((locale) => [locale, translatorFor(locale)]),
) as Record<Locale, ReturnType<typeof translatorFor>>;

export function formatTerritoryLabel(territory: TerritoryBounds, locale: Locale): string {
  const name = inLanguage(territory.name, locale);
  if (!territory.validFrom && !territory.validTo) return name;
  const t = translators[locale];
  // A start known to the day is shown to the day; otherwise only its year (as the sources give it).
  const from = territory.validFrom
    ? formatPartialDate(
        territory.validFrom,
        territory.validFromPrecision === "DAY" ? "DAY" : "YEAR",
        locale,
      )
    : null;
  const to = territory.validTo ? formatPartialDate(territory.validTo, "DAY", locale) : t("today");
  const span = from ? t("span", { from, to }) : t("until", { to });
  return t("territory", { name, span });
}

/** The label in every language, for data that leaves the page (the API, the downloads). */
export function territoryLabelText(territory: TerritoryBounds): LocalizedText {
  return {
    en: formatTerritoryLabel(territory, "en"),
    vi: formatTerritoryLabel(territory, "vi"),
    ja: formatTerritoryLabel(territory, "ja"),
  };
}
