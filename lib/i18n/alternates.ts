// Every public page exists at the same path under each language: /vi/provinces/bac-ninh,
// /ja/provinces/bac-ninh, /en/provinces/bac-ninh. `path` below is the part after the
// language: "" for the home page, "/provinces/bac-ninh" for a province.
import type { Metadata } from "next";
import { defaultLocale, locales, type Locale } from "./config";

/** The site's public address, which makes canonical, hreflang and sitemap links absolute. */
export function siteUrl(): URL {
  return new URL(process.env.PORTAL_PUBLIC_URL ?? "http://localhost:3000");
}

export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path}`;
}

/**
 * hreflang links: every language's version, the page's own included, and x-default for a
 * reader none of them fits. The home page's x-default is `/`, which picks the language from
 * the browser; elsewhere it is the English page.
 */
export function languageAlternates(path: string): Record<Locale | "x-default", string> {
  const versions = Object.fromEntries(
    locales.map((locale) => [locale, localePath(locale, path)]),
  ) as Record<Locale, string>;
  return { ...versions, "x-default": path === "" ? "/" : localePath(defaultLocale, path) };
}

/** A page's title and description with its canonical address and its other languages. */
export function pageMetadata(locale: Locale, path: string, metadata: Metadata = {}): Metadata {
  return {
    ...metadata,
    alternates: { canonical: localePath(locale, path), languages: languageAlternates(path) },
  };
}

/** The Atom feed of meetings in a language: linked from the meetings list and the API reference. */
export const meetingsFeedPath = (locale: Locale) => `/api/feeds/meetings/${locale}`;

/** A page's metadata with its feed announced (`<link rel="alternate" type="application/atom+xml">`). */
export function withMeetingsFeed(metadata: Metadata, locale: Locale, title: string): Metadata {
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { "application/atom+xml": [{ url: meetingsFeedPath(locale), title }] },
    },
  };
}
