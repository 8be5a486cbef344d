// The FDI explorer's reads: what can be chosen, and the observations behind a choice with
// their sources, conflict groups and (where asked and a stored rate allows) converted values.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Country, Measure, PlaceKind } from "../generated/prisma/enums";
import { asText, type LocalizedText } from "../i18n/text";
import { conversionYear, convertAmount, isCurrency, type Conversion } from "../exchange";
import type { ExplorerQuery, FigureSelection } from "../schemas/explorer";
import { listExchangeRates } from "./exchange-rates";
import { selectObservations, type ObservationRecord } from "./observation-rows";

export type ExplorerObservation = ObservationRecord & {
  /** The value in the asked currency with the rates used; null when not asked, not money, or no stored rate. */
  converted: Conversion | null;
};

export interface ExplorerResult {
  query: ExplorerQuery;
  /** Oldest first, by place; every reading of a date kept (conflicting ones share `conflictGroup`). */
  observations: ExplorerObservation[];
  /** Places asked for that have no figure for this choice (or do not exist). */
  placesWithout: string[];
}

/** The observations for one explorer choice, and the places that have none: one statement, two when converting. */
export async function exploreObservations(query: ExplorerQuery): Promise<ExplorerResult> {
  const observations = await selectFigures(query);
  const found = new Set(observations.map((o) => o.place.slug));
  return { query, observations, placesWithout: query.place.filter((slug) => !found.has(slug)) };
}

/** The figures of a selection (the explorer's, or a profile table's several measures), converted where asked and possible: figures, then rates if converting. */
export async function selectFigures(
  query: Omit<FigureSelection, "measure" | "counterpart"> & {
    measure: Measure | Measure[];
    counterpart: FigureSelection["counterpart"];
  },
): Promise<ExplorerObservation[]> {
  const where = [
    Prisma.sql`p.slug = ANY(${query.place}::text[])`,
    Prisma.sql`o.measure = ANY(${[query.measure].flat()}::"Measure"[])`,
  ];
  if (query.counterpart === "all") where.push(Prisma.sql`o."counterpartId" IS NULL`);
  else if (query.counterpart !== "any") where.push(Prisma.sql`c.slug = ${query.counterpart}`);
  if (query.from !== undefined)
    where.push(Prisma.sql`o."asOf" >= make_date(${query.from}::int, 1, 1)`);
  if (query.to !== undefined)
    where.push(Prisma.sql`o."asOf" < make_date(${query.to + 1}::int, 1, 1)`);
  const observations = await selectObservations(where, Prisma.sql`p.slug, o."asOf", o.id`);

  const target = query.convert;
  const years = target
    ? [...new Set(observations.map(conversionYear).filter((y): y is number => y !== null))]
    : [];
  const rates = await listExchangeRates(years);
  return observations.map((o): ExplorerObservation => {
    const year = conversionYear(o);
    const converted =
      target && year !== null && isCurrency(o.unit)
        ? convertAmount(o, o.unit, target, year, rates)
        : null;
    return { ...o, converted };
  });
}

export interface ExplorerPlace {
  slug: string;
  name: LocalizedText;
  country: Country;
  kind: PlaceKind;
}

/**
 * What the explorer form offers: the provinces and Japanese prefectures (and cities) that
 * have figures, the measures some figure has, and the years figures span. Three statements.
 */
export async function getExplorerOptions() {
  const [places, measures, years] = await Promise.all([
    db.place.findMany({
      where: { kind: { not: "COUNTRY" }, territories: { some: { observations: { some: {} } } } },
      select: { slug: true, name: true, country: true, kind: true },
      orderBy: [{ country: "desc" }, { slug: "asc" }],
    }),
    db.observation.groupBy({
      by: ["measure"],
      _count: { _all: true },
      orderBy: { measure: "asc" },
    }),
    db.$queryRaw<{ first: number | null; last: number | null }[]>`
      SELECT min(EXTRACT(YEAR FROM "asOf"))::int AS first, max(EXTRACT(YEAR FROM "asOf"))::int AS last FROM "Observation"`,
  ]);
  return {
    places: places.map((p): ExplorerPlace => ({ ...p, name: asText(p.name) })),
    measures: measures.map((m) => ({ measure: m.measure as Measure, count: m._count._all })),
    years: years[0],
  };
}

/** The explorer page's reads, cached per choice like every public read; a figure, place or source published invalidates them. */
export async function explorePublished(query: ExplorerQuery): Promise<ExplorerResult> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.figures, tags.places, tags.sources);
  return exploreObservations(query);
}

export async function getPublishedExplorerOptions(): Promise<
  Awaited<ReturnType<typeof getExplorerOptions>>
> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.figures, tags.places);
  return getExplorerOptions();
}
