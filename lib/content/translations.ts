// Writes the translation state of every text in a document as it is saved (the shape is
// described in lib/i18n/translation.ts). Runs on the server, on each save and in the seed.
import { createHash } from "node:crypto";
import {
  stampKey,
  statusKey,
  translatedLocales,
  type TrackedText,
  type TranslatedLocale,
  type TranslationStatus,
} from "../i18n/translation";

/** A short hash of a text: enough to tell one version from another, never to recover it. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64url").slice(0, 12);
}

/** What a form may post beside a text: an editor's "checked against the current English". */
export type TextInput = TrackedText & { viChecked?: boolean; jaChecked?: boolean };

const checkedKey = (lang: TranslatedLocale) => `${lang}Checked` as const;

/**
 * The text as it is saved. For each translation: a new or edited one is stamped as made from
 * the English as it now is; one the editor checked against the English is stamped so, and
 * marked reviewed (an original stays original); an untouched one keeps its stamp, so an
 * English change since makes it outdated. A missing translation carries no state.
 */
export function stampText(input: TextInput): TrackedText {
  const text: TrackedText = { ...input };
  // The ticks are instructions for this save, not part of the text.
  delete (text as TextInput).viChecked;
  delete (text as TextInput).jaChecked;
  const enHash = textHash(text.en);
  const saved: TrackedText = { ...text, enHash };
  // An English-only text has nothing to compare: it is stored as it was entered.
  if (!translatedLocales.some((lang) => text[lang]?.trim())) delete saved.enHash;
  for (const lang of translatedLocales) {
    const translation = text[lang]?.trim();
    if (!translation) {
      delete saved[lang];
      delete saved[statusKey(lang)];
      delete saved[stampKey(lang)];
      continue;
    }
    const checked = input[checkedKey(lang)] === true;
    const [madeFrom, savedAs] = (text[stampKey(lang)] ?? "").split(".");
    const edited = !madeFrom || savedAs !== textHash(translation);
    let status: TranslationStatus = text[statusKey(lang)] ?? "translated";
    if (checked && status !== "original") status = "reviewed";
    saved[statusKey(lang)] = status;
    saved[stampKey(lang)] =
      edited || checked ? `${enHash}.${textHash(translation)}` : `${madeFrom}.${savedAs}`;
  }
  return saved;
}

/** Every text in a document (an object with a string `en`, at any depth), stamped. */
export function stampTranslations<T>(document: T): T {
  return stampValue(document) as T;
}

function stampValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stampValue);
  if (!value || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (typeof record.en === "string") return stampText(record as unknown as TextInput);
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, stampValue(inner)]));
}
