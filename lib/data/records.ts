// Read by the web server before Next (lib/routing/reader-routes.ts), outside Next's bundles,
// where "server-only" cannot load: hence ../db-client rather than ../db.
import { rememberedUntilTagged } from "../cache/remembered";
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
  if (page === "figures")
    return (await db.observation.count({ where: { territory: { place: { slug } } }, take: 1 })) > 0;
  return (
    (await db.place.count({ where: { slug, country: page === "provinces" ? "VN" : "JP" } })) > 0
  );
}

/**
 * The filter without the values no meeting list could offer: a province, a Japanese place,
 * a sector, a year some dated meeting falls in. One statement; the web server asks it only for
 * values whose own filtered page the build did not prerender. A filtered list is cached per
 * filter, so an unknown value must not make a page of its own.
 */
export async function knownMeetingFilter(filter: MeetingFilter): Promise<MeetingFilter> {
  const [known] = await db.$queryRaw<
    { province: boolean; partner: boolean; sector: boolean; year: boolean }[]
  >`
    SELECT
      EXISTS (SELECT 1 FROM "Place" WHERE slug = ${filter.province ?? null} AND kind = 'PROVINCE') AS province,
      EXISTS (SELECT 1 FROM "Place" WHERE slug = ${filter.partner ?? null} AND country = 'JP' AND kind <> 'COUNTRY') AS partner,
      EXISTS (SELECT 1 FROM "Sector" WHERE slug = ${filter.sector ?? null}) AS sector,
      EXISTS (SELECT 1 FROM "Meeting" WHERE NOT "dateIsUpperBound" AND EXTRACT(YEAR FROM "startsOn") = ${filter.year ?? null}::int) AS year`;
  return Object.fromEntries(
    Object.entries(filter).filter(([key]) => known[key as keyof typeof known]),
  ) as MeetingFilter;
}

/** Every place's slug: a few dozen short strings, read again only after a write to places. */
const placeSlugs = rememberedUntilTagged(
  [tags.places],
  async () => new Set((await db.place.findMany({ select: { slug: true } })).map((row) => row.slug)),
  { maxEntries: 1 },
);

/**
 * Whether every slug names a place. A commitments or explorer choice is cached as a page of
 * its own (lib/routing/choice-pages.ts) only when it names real places, so a made-up slug
 * cannot fill the cache. The web server asks it on every such request, before Next.
 */
export async function placesExist(slugs: string[]): Promise<boolean> {
  if (slugs.length === 0) return true;
  const known = await placeSlugs(null);
  return slugs.every((slug) => known.has(slug));
}
