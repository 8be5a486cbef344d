import type { MetadataRoute } from "next";
import { listMeetingSlugs } from "@/lib/data/meetings";
import { listPlaceSlugs, listPlacesWithFigures } from "@/lib/data/places";
import { languageAlternates, localePath, siteUrl } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";

// Every public page in each language, each entry listing its other languages (hreflang).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const absolute = (path: string) => new URL(path, base).href;
  const [provinces, partners, meetings, figures] = await Promise.all([
    listPlaceSlugs("VN"),
    listPlaceSlugs("JP"),
    listMeetingSlugs(),
    listPlacesWithFigures(),
  ]);
  const paths = [
    "",
    "/meetings",
    "/investment",
    "/explorer",
    "/commitments",
    "/api-docs",
    "/partners",
    "/sources",
    ...provinces.map((s) => `/provinces/${s}`),
    ...partners.map((s) => `/partners/${s}`),
    ...meetings.map((s) => `/meetings/${s}`),
    ...figures.map((s) => `/figures/${s}`),
  ];
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, absolute(href)]),
    );
    return locales.map((locale) => ({
      url: absolute(localePath(locale, path)),
      alternates: { languages },
    }));
  });
}
