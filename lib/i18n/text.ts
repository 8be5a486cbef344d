import { z } from "zod";
import type { Locale } from "./config";

/** A human-readable text in the three languages; English is required. */
export const LocalizedText = z.object({
  en: z.string().trim().min(1, { error: "English text is required" }),
  vi: z.string().trim().optional(),
  ja: z.string().trim().optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * The text in the wanted language, or English when that translation is missing;
 * `lang` tells the page which language it actually got (for the lang attribute and the
 * "English original" marker).
 */
export function localize(text: LocalizedText, locale: Locale): { value: string; lang: Locale } {
  const wanted = text[locale]?.trim();
  return wanted ? { value: wanted, lang: locale } : { value: text.en, lang: "en" };
}

/**
 * A person's name is written, not translated: where the page's language has no form of it,
 * a Japanese page keeps a Vietnamese name in Vietnamese (Nguyễn Đắc Vinh, as the sources
 * write it) rather than in its unaccented English spelling.
 */
export function localizeName(name: LocalizedText, locale: Locale): { value: string; lang: Locale } {
  const order: Locale[] = locale === "ja" ? ["ja", "vi", "en"] : [locale, "en"];
  const lang = order.find((l) => name[l]?.trim()) ?? "en";
  return { value: name[lang]?.trim() ?? name.en, lang };
}

/**
 * For a page title or description, where no lang can be marked: an English fallback says so
 * in words, "… (Bản gốc tiếng Anh)". `marker` is the page language's word for it.
 */
export function markedText(
  text: LocalizedText,
  locale: Locale,
  marker: string,
  maxLength = Infinity,
): string {
  const { value, lang } = localize(text, locale);
  const clipped = value.length > maxLength ? `${value.slice(0, maxLength).trimEnd()}…` : value;
  return lang === locale ? clipped : `${clipped} (${marker})`;
}

/** The plain string, for labels and attributes where no lang can be marked (names, which every language holds). */
export function t(text: LocalizedText, locale: Locale): string {
  return localize(text, locale).value;
}

/** JSON columns are written only through LocalizedText, so reading them back is a cast. */
export function asText(json: unknown): LocalizedText {
  return json as LocalizedText;
}

export function asOptionalText(json: unknown): LocalizedText | null {
  return json ? (json as LocalizedText) : null;
}
