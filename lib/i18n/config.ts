/** The site's languages: every text field holds them, and every public page exists in each. */
export const locales = ["en", "vi", "ja"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each language in its own name, the same on every page (a reader looks for their own). */
export const localeNames: Record<Locale, string> = {
  vi: "Tiếng Việt",
  ja: "日本語",
  en: "English",
};

/** The order the language switcher lists them in: the two partner languages first. */
export const switcherOrder: readonly Locale[] = ["vi", "ja", "en"];

/**
 * The locale handed to Intl. English is British English: "26 April 2019", not "April 26, 2019",
 * the order Vietnamese and Japanese readers of English sources also meet most.
 */
export const intlLocale: Record<Locale, string> = { en: "en-GB", vi: "vi", ja: "ja" };

/** The cookie the language switcher sets; `/` honours it before Accept-Language. */
export const localeCookie = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365 } as const;
