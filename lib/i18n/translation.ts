// Where each language of a stored text came from, and whether a translation still matches the
// English. The state lives inside the text itself, beside its three languages, so it travels
// with the text through drafts, revisions, publishing and backups:
//
//   { en, vi, ja,
//     enHash,                  a hash of the English as last saved
//     viStatus, jaStatus,      "original" (the language the source wrote in), "translated" (the
//                              portal's translation) or "reviewed" (a translation an editor checked)
//     viStamp, jaStamp }       "<hash of the English it was made from>.<hash of the translation>"
//
// A translation is outdated when the English changed after it was saved: its stamp names
// another English than `enHash`. An original is not made from the English, so it never is.
// The hashes are written on the server when a draft is saved (lib/content/translations.ts);
// everything here only compares them, so it runs in the browser too. Flat keys, not nested
// objects, so that a form field stays within the form parser's depth ("outcomes.0.description.viStatus").
import type { Locale } from "./config";

export const translationStatuses = ["original", "translated", "reviewed"] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/** The languages translated from (or alongside) the English reference text. */
export const translatedLocales = ["vi", "ja"] as const;
export type TranslatedLocale = (typeof translatedLocales)[number];

/** A stored text with its translation state; every key but `en` may be absent. (A type, not an interface: it is stored as JSON.) */
export type TrackedText = {
  en: string;
  vi?: string;
  ja?: string;
  enHash?: string;
  viStatus?: TranslationStatus;
  jaStatus?: TranslationStatus;
  viStamp?: string;
  jaStamp?: string;
};

export const statusKey = (lang: TranslatedLocale) => `${lang}Status` as const;
export const stampKey = (lang: TranslatedLocale) => `${lang}Stamp` as const;

/**
 * One language of a text as an editor sees it. `recorded` is false for texts saved before
 * statuses existed (and for people's names, which are written, not translated): such a text
 * counts as a translation, and is never called outdated, until it is next saved.
 */
export interface LanguageState {
  status: "missing" | TranslationStatus;
  recorded: boolean;
  outdated: boolean;
}

export function languageState(
  text: Partial<TrackedText> | undefined,
  lang: TranslatedLocale,
): LanguageState {
  if (!text?.[lang]?.trim()) return { status: "missing", recorded: false, outdated: false };
  const status = text[statusKey(lang)];
  const [madeFrom] = (text[stampKey(lang)] ?? "").split(".");
  const outdated =
    status !== "original" && Boolean(madeFrom && text.enHash) && madeFrom !== text.enHash;
  return { status: status ?? "translated", recorded: Boolean(status), outdated };
}

/**
 * Whether the text a reader sees in `locale` is the portal's translation, and whether it may
 * be out of date. A Vietnamese or Japanese reader sees a translation unless that language is
 * the source's own; an English reader sees one where the source wrote in Vietnamese or Japanese.
 * Texts without a recorded status (names, older texts) are not marked.
 */
export function readerTranslation(
  text: Partial<TrackedText>,
  locale: Locale,
): { translated: boolean; outdated: boolean } {
  if (locale === "en") {
    const original = translatedLocales.some(
      (lang) => text[statusKey(lang)] === "original" && text[lang]?.trim(),
    );
    return { translated: original, outdated: false };
  }
  const { status, recorded, outdated } = languageState(text, locale);
  const translated = recorded && (status === "translated" || status === "reviewed");
  return { translated, outdated: translated && outdated };
}

const noKeys: ReadonlySet<string> = new Set();

/**
 * Every stored text inside a value (a record, a list of records), for a page or a form to look
 * over. Texts under a key in `skip` are left out (a page's notice leaves out `name`: the names
 * of places, people and sectors are written in each language, not what a reader needs warning of).
 */
export function collectTexts(
  value: unknown,
  skip: ReadonlySet<string> = noKeys,
  into: TrackedText[] = [],
): TrackedText[] {
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, skip, into);
  } else if (value && typeof value === "object" && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (typeof record.en === "string") into.push(record as unknown as TrackedText);
    else
      for (const [key, inner] of Object.entries(record))
        if (!skip.has(key)) collectTexts(inner, skip, into);
  }
  return into;
}
