// Where a search result leads: each kind of record to the page that shows it. Pure, so the
// page and the tests share it. Places without a profile of their own (a country, a city
// within a province) and sources (whose page is their publisher's) lead where they can.
import type { SearchKind } from "../schemas/search";

export interface HitTarget {
  kind: SearchKind;
  slug: string | null;
  context: Record<string, unknown> | null;
}

/** The slugs that have a profile page: provinces (VN) and partners (JP). */
export interface Profiles {
  provinces: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

const text = (context: Record<string, unknown> | null, key: string) => {
  const value = context?.[key];
  return typeof value === "string" ? value : null;
};

function placeHref(slug: string | null, profiles: Profiles): string | null {
  if (!slug) return null;
  if (profiles.provinces.has(slug)) return `/provinces/${slug}`;
  if (profiles.partners.has(slug)) return `/partners/${slug}`;
  return null;
}

/** The path after the language (`/meetings/…`), an absolute address (a source), or null. */
export function hitHref(hit: HitTarget, profiles: Profiles): string | null {
  switch (hit.kind) {
    case "PLACE":
      return placeHref(hit.slug, profiles);
    case "RELATIONSHIP": {
      // The partner's page lists its relationships; a city's partner has a page even where the city has none.
      const partner = placeHref(text(hit.context, "japanesePlace"), profiles);
      const province = placeHref(text(hit.context, "vietnamesePlace"), profiles);
      return partner ? `${partner}#relationships` : province ? `${province}#partners` : null;
    }
    case "MEETING":
      return hit.slug ? `/meetings/${hit.slug}` : null;
    case "PERSON": {
      const latest = hit.context?.latestMeeting as { slug?: unknown } | undefined;
      return typeof latest?.slug === "string" ? `/meetings/${latest.slug}` : null;
    }
    case "SECTOR":
      return hit.slug ? `/meetings?sector=${encodeURIComponent(hit.slug)}` : null;
    case "SOURCE": {
      const url = text(hit.context, "url");
      return url && /^https?:\/\//.test(url) ? url : null;
    }
  }
}
