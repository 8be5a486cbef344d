import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import type { Figure } from "../figures";
import type { Measure } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { asOptionalText, asText } from "../i18n/text";

export const sourceSelect = {
  id: true,
  publisher: true,
  title: true,
  url: true,
  publishedOn: true,
  publishedPrecision: true,
  kind: true,
} satisfies Prisma.SourceSelect;

const figureSelect = {
  id: true,
  measure: true,
  value: true,
  valueHigh: true,
  qualifier: true,
  unit: true,
  basis: true,
  asOf: true,
  periodStart: true,
  precision: true,
  isEstimate: true,
  rank: true,
  rankOf: true,
  note: true,
  territory: {
    select: {
      id: true,
      validFrom: true,
      validFromPrecision: true,
      validTo: true,
      place: { select: { slug: true, name: true } },
    },
  },
  counterpart: { select: { slug: true, name: true } },
  source: { select: sourceSelect },
} satisfies Prisma.ObservationSelect;

type FigureRow = Prisma.ObservationGetPayload<{ select: typeof figureSelect }>;

function toFigure(row: FigureRow): Figure {
  return {
    id: row.id,
    territoryId: row.territory.id,
    placeSlug: row.territory.place.slug,
    territory: {
      name: asText(row.territory.place.name),
      validFrom: row.territory.validFrom,
      validFromPrecision: row.territory.validFromPrecision,
      validTo: row.territory.validTo,
    },
    counterpart: row.counterpart
      ? { slug: row.counterpart.slug, name: asText(row.counterpart.name) }
      : null,
    measure: row.measure,
    value: row.value.toString(), // Decimal is not serialisable, and money is never a float
    valueHigh: row.valueHigh?.toString() ?? null,
    qualifier: row.qualifier,
    unit: row.unit,
    basis: row.basis,
    asOf: row.asOf,
    periodStart: row.periodStart,
    precision: row.precision,
    isEstimate: row.isEstimate,
    rank: row.rank,
    rankOf: row.rankOf,
    note: asOptionalText(row.note),
    source: row.source,
  };
}

/** Every figure about the given places (all their territories), in one query. */
export async function listFiguresForPlaces(
  placeSlugs: string[],
  measures?: Measure[],
): Promise<Figure[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.figures, tags.sources);
  const rows = await db.observation.findMany({
    where: {
      territory: { place: { slug: { in: placeSlugs } } },
      ...(measures ? { measure: { in: measures } } : {}),
    },
    select: figureSelect,
    orderBy: [{ asOf: "desc" }, { id: "asc" }],
  });
  return rows.map(toFigure);
}
