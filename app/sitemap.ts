import type { MetadataRoute } from "next";
import { listMeetingSlugs } from "@/lib/data/meetings";
import { listPlaceSlugs } from "@/lib/data/places";
import { publishedLocales } from "@/lib/i18n/config";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.PORTAL_PUBLIC_URL ?? "http://localhost:3000";
  const [provinces, partners, meetings] = await Promise.all([listPlaceSlugs("VN"), listPlaceSlugs("JP"), listMeetingSlugs()]);
  const paths = [
    "",
    "/meetings",
    "/investment",
    "/partners",
    "/sources",
    ...provinces.map((s) => `/provinces/${s}`),
    ...partners.map((s) => `/partners/${s}`),
    ...meetings.map((s) => `/meetings/${s}`),
  ];
  return publishedLocales.flatMap((locale) => paths.map((path) => ({ url: `${base}/${locale}${path}` })));
}
