// The one way the explorer, the figures API and the downloads read observations: a SELECT
// that brings each figure with its place, territory, counterpart and source in one statement,
// its conflict group (every reading of the same measure, territory, counterpart, basis and
// date) and whether the group's readings disagree. Dates are ISO strings, decimals strings.
import { db } from "../db-client";
import { Prisma } from "../generated/prisma/client";
import type {
  Basis,
  DatePrecision,
  Measure,
  Qualifier,
  SourceKind,
  Unit,
} from "../generated/prisma/enums";
import type { z } from "zod";
import { figureDecimals } from "../schemas/api/resources";
import { asOptionalText, asText, type LocalizedText } from "../i18n/text";
import { territoryLabelText } from "../format/territory";

type DecimalFields = z.output<z.ZodObject<typeof figureDecimals>>;

export type ObservationRecord = DecimalFields & {
  id: number;
  place: { slug: string; name: LocalizedText };
  territory: { id: number; label: LocalizedText; validFrom: string | null; validTo: string | null };
  counterpart: { slug: string; name: LocalizedText } | null;
  measure: Measure;
  qualifier: Qualifier;
  unit: Unit;
  basis: Basis;
  asOf: string;
  periodStart: string | null;
  precision: DatePrecision;
  isEstimate: boolean;
  rank: number | null;
  rankOf: number | null;
  note: LocalizedText | null;
  source: {
    id: number;
    publisher: string;
    title: string;
    url: string;
    publishedOn: string | null;
    publishedPrecision: DatePrecision;
    kind: SourceKind;
  };
  /** Stable name of the readings this one is compared with, e.g. "bac-ninh.t3/japan/FDI_PROJECTS/STOCK/2023-11-30/MONTH". */
  conflictGroup: string;
  /** Another reading in the group gives a different value or unit. */
  conflict: boolean;
};

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const decimalSelect = Object.keys(figureDecimals)
  .map((name) => `o."${name}"::text AS "${name}"`)
  .join(", ");

const sameGroup = `o2."territoryId" = o."territoryId" AND o2.measure = o.measure AND o2."counterpartId" IS NOT DISTINCT FROM o."counterpartId"
  AND o2.basis = o.basis AND o2."asOf" = o."asOf" AND o2."periodStart" IS NOT DISTINCT FROM o."periodStart" AND o2.precision = o.precision`;

const select = Prisma.raw(`
  SELECT o.id, ${decimalSelect}, o.measure, o.qualifier, o.unit, o.basis, ${iso('o."asOf"')} AS "asOf",
    ${iso('o."periodStart"')} AS "periodStart", o.precision, o."isEstimate", o.rank, o."rankOf", o.note,
    p.slug AS "placeSlug", p.name AS "placeName",
    t.id AS "territoryId", t."validFrom", t."validFromPrecision", t."validTo",
    c.slug AS "counterpartSlug", c.name AS "counterpartName",
    s.id AS "sourceId", s.publisher, s.title AS "sourceTitle", s.url, ${iso('s."publishedOn"')} AS "publishedOn", s."publishedPrecision", s.kind AS "sourceKind",
    p.slug || '.t' || t.id || '/' || coalesce(c.slug, 'all') || '/' || o.measure || '/' || o.basis || '/'
      || coalesce(${iso('o."periodStart"')} || '..', '') || ${iso('o."asOf"')} || '/' || o.precision AS "conflictGroup",
    EXISTS (SELECT 1 FROM "Observation" o2 WHERE ${sameGroup} AND (o2.value <> o.value OR o2."valueHigh" IS DISTINCT FROM o."valueHigh" OR o2.unit <> o.unit)) AS conflict
  FROM "Observation" o
  JOIN "Territory" t ON t.id = o."territoryId"
  JOIN "Place" p ON p.id = t."placeId"
  LEFT JOIN "Place" c ON c.id = o."counterpartId"
  JOIN "Source" s ON s.id = o."sourceId"`);

type Row = Record<string, unknown> & {
  id: number;
  placeSlug: string;
  placeName: unknown;
  territoryId: number;
  validFrom: Date | null;
  validFromPrecision: DatePrecision;
  validTo: Date | null;
  counterpartSlug: string | null;
  counterpartName: unknown;
  sourceId: number;
  publisher: string;
  sourceTitle: string;
  url: string;
  publishedOn: string | null;
  publishedPrecision: DatePrecision;
  sourceKind: SourceKind;
  note: unknown;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function toRecord(row: Row): ObservationRecord {
  const placeName = asText(row.placeName);
  const decimals = Object.fromEntries(
    Object.keys(figureDecimals).map((name) => [name, row[name]]),
  ) as DecimalFields;
  return {
    id: row.id,
    ...decimals,
    place: { slug: row.placeSlug, name: placeName },
    territory: {
      id: row.territoryId,
      label: territoryLabelText({ ...row, name: placeName }),
      validFrom: day(row.validFrom),
      validTo: day(row.validTo),
    },
    counterpart: row.counterpartSlug
      ? { slug: row.counterpartSlug, name: asText(row.counterpartName) }
      : null,
    measure: row.measure as Measure,
    qualifier: row.qualifier as Qualifier,
    unit: row.unit as Unit,
    basis: row.basis as Basis,
    asOf: row.asOf as string,
    periodStart: row.periodStart as string | null,
    precision: row.precision as DatePrecision,
    isEstimate: row.isEstimate as boolean,
    rank: row.rank as number | null,
    rankOf: row.rankOf as number | null,
    note: asOptionalText(row.note),
    source: {
      id: row.sourceId,
      publisher: row.publisher,
      title: row.sourceTitle,
      url: row.url,
      publishedOn: row.publishedOn,
      publishedPrecision: row.publishedPrecision,
      kind: row.sourceKind,
    },
    conflictGroup: row.conflictGroup as string,
    conflict: row.conflict as boolean,
  };
}

/** Observations matching `where` (over aliases o, t, p, c, s), in `order`, at most `limit`: one statement. */
export async function selectObservations(
  where: Prisma.Sql[],
  order: Prisma.Sql,
  limit?: number,
): Promise<ObservationRecord[]> {
  const conditions = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<
    Row[]
  >`${select} ${conditions} ORDER BY ${order} ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`;
  return rows.map(toRecord);
}
