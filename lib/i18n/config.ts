/** Every language the data holds. */
export const locales = ["en", "vi", "ja"] as const;
export type Locale = (typeof locales)[number];

/**
 * Languages with a public site. Vietnamese and Japanese are stored already (every text
 * field holds all three); they join this list when their interface strings exist.
 */
export const publishedLocales: readonly Locale[] = ["en"];

export const defaultLocale: Locale = "en";

export function isPublishedLocale(value: string): value is Locale {
  return (publishedLocales as readonly string[]).includes(value);
}
