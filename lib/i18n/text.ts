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
 * `lang` tells the page which language it actually got (for the lang attribute).
 */
export function localize(text: LocalizedText, locale: Locale): { value: string; lang: Locale } {
  const wanted = text[locale]?.trim();
  return wanted ? { value: wanted, lang: locale } : { value: text.en, lang: "en" };
}

/** The plain string, for titles and attributes where no lang can be marked. */
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
