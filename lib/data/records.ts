// Read by the web server before Next (lib/routing/reader-routes.ts), outside Next's bundles,
// where "server-only" cannot load: hence ../db-client rather than ../db.
import { sharedTagStore } from "../cache/shared-tags.js";
import { tags } from "../cache-tags";
import { db } from "../db-client";
import type { MeetingFilter } from "../schemas/meeting-filter";

/** The public pages that show one record, by the first segment after the language. */
export type RecordPage = "provinces" | "partners" | "meetings" | "figures";

/**
 * Whether the record a public address names exists: the same test as the page's own
 * notFound(). Uncached, because the web server asks it only for addresses the build did not
 * prerender, before anything is sent.
 */
export async function publicRecordExists(page: RecordPage, slug: string): Promise<boolean> {
  if (page === "meetings") return (await db.meeting.count({ where: { slug } })) > 0;
  if (page === "figures") return (await db.observation.count({ where: { territory: { place: { slug } } }, take: 1 })) > 0;
  return (await db.place.count({ where: { slug, country: page === "provinces" ? "VN" : "JP" } })) > 0;
}

/**
 * The filter without the values no meeting list could offer: a province, a Japanese place,
 * a sector, a year some dated meeting falls in. One statement; the web server asks it only for
 * values whose own filtered page the build did not prerender. A filtered list is cached per
 * filter, so an unknown value must not make a page of its own.
 */
export async function knownMeetingFilter(filter: MeetingFilter): Promise<MeetingFilter> {
  const [known] = await db.$queryRaw<{ province: boolean; partner: boolean; sector: boolean; year: boolean }[]>`
    SELECT
      EXISTS (SELECT 1 FROM "Place" WHERE slug = ${filter.province ?? null} AND kind = 'PROVINCE') AS province,
      EXISTS (SELECT 1 FROM "Place" WHERE slug = ${filter.partner ?? null} AND country = 'JP' AND kind <> 'COUNTRY') AS partner,
      EXISTS (SELECT 1 FROM "Sector" WHERE slug = ${filter.sector ?? null}) AS sector,
      EXISTS (SELECT 1 FROM "Meeting" WHERE NOT "dateIsUpperBound" AND EXTRACT(YEAR FROM "startsOn") = ${filter.year ?? null}::int) AS year`;
  return Object.fromEntries(Object.entries(filter).filter(([key]) => known[key as keyof typeof known])) as MeetingFilter;
}

/**
 * Whether every slug names a place. A commitments or explorer choice is cached as a page of
 * its own (lib/routing/choice-pages.ts) only when it names real places, so a made-up slug
 * cannot fill the cache. The web server asks it on every such request, before Next.
 */
export async function placesExist(slugs: string[]): Promise<boolean> {
  if (slugs.length === 0) return true;
  const known = await placeSlugs();
  return slugs.every((slug) => known.has(slug));
}

let placeSlugsRead: { slugs: Set<string>; at: number } | undefined;

/**
 * Every place's slug, read again only after a write to places on any server: the shared tag
 * store (lib/cache) says so, as it does for cached pages. A few dozen short strings, so that
 * a cached choice page is served without a query.
 */
async function placeSlugs(): Promise<Set<string>> {
  const store = sharedTagStore();
  await store.ready();
  const read = placeSlugsRead;
  if (read && !store.isExpired([tags.places], read.at) && !store.isStale([tags.places], read.at)) return read.slugs;
  const at = Date.now();
  const rows = await db.place.findMany({ select: { slug: true } });
  placeSlugsRead = { slugs: new Set(rows.map((row) => row.slug)), at };
  return placeSlugsRead.slugs;
}
