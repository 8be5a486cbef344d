// The translation state the seed's texts start with (see lib/i18n/translation.ts). A text is
// "original" in Vietnamese or Japanese when every source of its record is written in that
// language: the portal wrote it from those words, and the English is the translation. Every
// other Vietnamese and Japanese text is the portal's translation. Then each text is stamped
// exactly as a staff save stamps it, so editing the English later marks these outdated too.
import { stampText } from "../../lib/content/translations";
import type { TranslatedLocale } from "../../lib/i18n/translation";
import * as data from "./data";
import type { Text } from "./types";

const languageOf = new Map([...data.sources, ...data.exchangeRateSources].map((source) => [source.key, source.language]));

/** The language a record's sources share, when it is one the portal also writes. */
export function originOf(sourceKeys: string[]): TranslatedLocale | undefined {
  const languages = new Set(sourceKeys.map((key) => languageOf.get(key)));
  const [only] = languages;
  return languages.size === 1 && (only === "vi" || only === "ja") ? only : undefined;
}

/** A seed text as stored, with its statuses and stamps. */
export function seedText(text: Text, origin?: TranslatedLocale) {
  return stampText({ ...text, viStatus: origin === "vi" ? "original" : "translated", jaStatus: origin === "ja" ? "original" : "translated" });
}

export const optionalSeedText = (text: Text | undefined, origin?: TranslatedLocale) => (text ? seedText(text, origin) : undefined);
