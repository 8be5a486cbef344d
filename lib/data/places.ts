import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import type { Country, Prisma } from "../generated/prisma/client";
import { asOptionalText, asText } from "../i18n/text";
import { sourceSelect } from "./figures";

const placeSummarySelect = {
  slug: true,
  kind: true,
  country: true,
  name: true,
  summary: true,
} satisfies Prisma.PlaceSelect;

function toPlaceSummary(row: Prisma.PlaceGetPayload<{ select: typeof placeSummarySelect }>) {
  return {
    slug: row.slug,
    kind: row.kind,
    country: row.country,
    name: asText(row.name),
    summary: asOptionalText(row.summary),
  };
}
export type PlaceSummary = ReturnType<typeof toPlaceSummary>;

/** The provinces (VN) or the partners (JP places in at least one relationship). */
export async function listProfilePlaces(country: Country): Promise<PlaceSummary[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.places, tags.relationships);
  const rows = await db.place.findMany({
    where:
      country === "VN"
        ? { country, kind: "PROVINCE", territories: { some: { validTo: null } } }
        : { country, japaneseRelationships: { some: {} } },
    select: placeSummarySelect,
    orderBy: { slug: "asc" },
  });
  return rows.map(toPlaceSummary);
}

const relationshipSelect = {
  slug: true,
  kind: true,
  status: true,
  statusAsOf: true,
  statusAsOfPrecision: true,
  evidence: true,
  since: true,
  sincePrecision: true,
  sinceInferred: true,
  endedOn: true,
  endedPrecision: true,
  summary: true,
  vietnamesePlace: {
    select: { slug: true, name: true, kind: true, parent: { select: { slug: true } } },
  },
  japanesePlace: {
    select: { slug: true, name: true, kind: true, parent: { select: { slug: true } } },
  },
  sources: { select: { source: { select: sourceSelect } } },
} satisfies Prisma.RelationshipSelect;

function toRelationship(row: Prisma.RelationshipGetPayload<{ select: typeof relationshipSelect }>) {
  const side = (p: typeof row.vietnamesePlace) => ({
    slug: p.slug,
    name: asText(p.name),
    kind: p.kind,
  });
  return {
    ...row,
    summary: asText(row.summary),
    vietnamesePlace: side(row.vietnamesePlace),
    japanesePlace: side(row.japanesePlace),
    sources: row.sources.map((s) => s.source),
  };
}
export type RelationshipView = ReturnType<typeof toRelationship>;

const territorySelect = {
  id: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  note: true,
  predecessors: {
    select: {
      effectiveOn: true,
      note: true,
      source: { select: sourceSelect },
      predecessor: {
        select: {
          validFrom: true,
          validFromPrecision: true,
          validTo: true,
          place: { select: { slug: true, name: true } },
        },
      },
    },
  },
  successors: {
    select: {
      effectiveOn: true,
      successor: { select: { place: { select: { slug: true, name: true } } } },
    },
  },
} satisfies Prisma.TerritorySelect;

/**
 * A province or partner page's data: the place with its boundary history, its relationships
 * (its own and its cities'), and what it seeks investment in. Three queries.
 */
export async function getPlaceProfile(slug: string, country: Country) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.place(slug), tags.places, tags.relationships, tags.sources);
  const place = await db.place.findUnique({
    where: { slug },
    select: {
      ...placeSummarySelect,
      id: true,
      parent: { select: { slug: true, name: true, kind: true } },
      children: { select: { slug: true, name: true, kind: true }, orderBy: { slug: "asc" } },
      territories: {
        select: territorySelect,
        orderBy: [{ validFrom: { sort: "asc", nulls: "first" } }],
      },
      investmentPriorities: {
        select: {
          note: true,
          sector: { select: { slug: true, name: true } },
          source: { select: sourceSelect },
        },
        // The newest statement first (the page groups the fields each statement names).
        orderBy: [
          { source: { publishedOn: { sort: "desc", nulls: "last" } } },
          { sourceId: "asc" },
          { sectorId: "asc" },
        ],
      },
    },
  });
  if (!place || place.country !== country) return null;
  const family = [
    place.id,
    ...(await db.place.findMany({ where: { parentId: place.id }, select: { id: true } })).map(
      (c) => c.id,
    ),
  ];
  const side = country === "VN" ? "vietnamesePlaceId" : "japanesePlaceId";
  const relationships = await db.relationship.findMany({
    where: { [side]: { in: family } },
    select: relationshipSelect,
    orderBy: [{ since: { sort: "asc", nulls: "last" } }, { slug: "asc" }],
  });
  return {
    ...toPlaceSummary(place),
    parent: place.parent
      ? { slug: place.parent.slug, kind: place.parent.kind, name: asText(place.parent.name) }
      : null,
    children: place.children.map((c) => ({ slug: c.slug, kind: c.kind, name: asText(c.name) })),
    territories: place.territories.map((t) => ({
      id: t.id,
      bounds: {
        name: asText(place.name),
        validFrom: t.validFrom,
        validFromPrecision: t.validFromPrecision,
        validTo: t.validTo,
      },
      note: asOptionalText(t.note),
      predecessors: t.predecessors.map((p) => ({
        effectiveOn: p.effectiveOn,
        note: asOptionalText(p.note),
        source: p.source,
        place: { slug: p.predecessor.place.slug, name: asText(p.predecessor.place.name) },
        bounds: {
          name: asText(p.predecessor.place.name),
          validFrom: p.predecessor.validFrom,
          validFromPrecision: p.predecessor.validFromPrecision,
          validTo: p.predecessor.validTo,
        },
      })),
      successors: t.successors.map((s) => ({
        effectiveOn: s.effectiveOn,
        place: { slug: s.successor.place.slug, name: asText(s.successor.place.name) },
      })),
    })),
    priorities: place.investmentPriorities.map((p) => ({
      sector: { slug: p.sector.slug, name: asText(p.sector.name) },
      note: asOptionalText(p.note),
      source: p.source,
    })),
    relationships: relationships.map(toRelationship),
  };
}
export type PlaceProfile = NonNullable<Awaited<ReturnType<typeof getPlaceProfile>>>;

/** One place's name and kind (a figure history page's heading). */
export async function getPlaceSummary(slug: string): Promise<PlaceSummary | null> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.place(slug), tags.places);
  const row = await db.place.findUnique({ where: { slug }, select: placeSummarySelect });
  return row && toPlaceSummary(row);
}

/** The places some figure describes (any of their territories): each has a figure history page. */
export async function listPlacesWithFigures(): Promise<string[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.places, tags.figures);
  const rows = await db.place.findMany({
    where: { territories: { some: { observations: { some: {} } } } },
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  return rows.map((row) => row.slug);
}

export async function listPlaceSlugs(country: Country): Promise<string[]> {
  return (await listProfilePlaces(country)).map((p) => p.slug);
}
