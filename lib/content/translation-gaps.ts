// Which records lack a Vietnamese or Japanese translation, or hold one made from an older
// English (lib/i18n/translation.ts), for the staff lists' filter and the dashboard's counts.
// A record is read as an editor will publish it: its working copy when it has one, else the
// published record. Computed in PostgreSQL, one statement, from the texts themselves: there is
// no second copy of the state to fall out of step. People's names are not translations
// (ContentAdapter.namesOnly), so people are left out.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import type { TranslatedLocale } from "../i18n/translation";
import type { Database } from "../prisma-client";

/** Each kind's published texts as (record id, text), from every table its form edits. */
const publishedTexts: Partial<Record<EntityType, string>> = {
  PLACE: `SELECT x.id, t FROM "Place" x CROSS JOIN LATERAL unnest(ARRAY[x.name, x.summary]) t
    UNION ALL SELECT p."placeId", p.note FROM "InvestmentPriority" p`,
  TERRITORY: `SELECT x.id, x.note FROM "Territory" x
    UNION ALL SELECT s."successorId", s.note FROM "TerritorySuccession" s`,
  RELATIONSHIP: `SELECT x.id, x.summary FROM "Relationship" x`,
  MEETING: `SELECT x.id, t FROM "Meeting" x CROSS JOIN LATERAL unnest(ARRAY[x.title, x.summary, x."dateNote", x.venue]) t
    UNION ALL SELECT p."meetingId", t FROM "Participant" p CROSS JOIN LATERAL unnest(ARRAY[p.title, p.organisation]) t
    UNION ALL SELECT g."meetingId", g.name FROM "AttendeeGroup" g
    UNION ALL SELECT o."meetingId", t FROM "Outcome" o CROSS JOIN LATERAL unnest(ARRAY[o.description, o."followUpNote"]) t`,
  OBSERVATION: `SELECT x.id, x.note FROM "Observation" x`,
  SOURCE: `SELECT x.id, x.note FROM "Source" x`,
  SECTOR: `SELECT x.id, x.name FROM "Sector" x`,
};

export const gapKinds = Object.keys(publishedTexts) as EntityType[];

export type Gap = "missing" | "outdated";
export type GapFilter = { gap: Gap; lang: TranslatedLocale };

/** SQL for one language's gap in text `t` (column names are fixed, `lang` is "vi" or "ja"). */
function gapSql({ gap, lang }: GapFilter) {
  const text = `coalesce(t->>'${lang}', '')`;
  if (gap === "missing") return `(coalesce(t->>'en', '') <> '' AND ${text} = '')`;
  // Made from another English than the one saved, unless it is the source's own language.
  return `(${text} <> '' AND coalesce(t->>'${lang}Status', 'translated') <> 'original'
    AND t->>'enHash' IS NOT NULL AND split_part(coalesce(t->>'${lang}Stamp', ''), '.', 1) NOT IN ('', t->>'enHash'))`;
}

const gaps: GapFilter[] = [
  { gap: "missing", lang: "vi" },
  { gap: "missing", lang: "ja" },
  { gap: "outdated", lang: "vi" },
  { gap: "outdated", lang: "ja" },
];
const column = ({ gap, lang }: GapFilter) => `${gap}_${lang}`;

/** Per record of `kind` with any text: (entity id or null, working copy id or null, a flag per gap). */
function recordFlags(kind: EntityType) {
  const flags = gaps.map((g) => `bool_or(${gapSql(g)}) AS ${column(g)}`).join(", ");
  return Prisma.sql`
    SELECT entity_id, copy_id, ${Prisma.raw(flags)} FROM (
      SELECT p.id AS entity_id, NULL::int AS copy_id, p.t FROM (${Prisma.raw(publishedTexts[kind]!)}) p (id, t)
      WHERE NOT EXISTS (SELECT 1 FROM "WorkingCopy" w WHERE w."entityType" = ${kind}::"EntityType" AND w."entityId" = p.id)
      UNION ALL
      SELECT w."entityId", w.id, t FROM "WorkingCopy" w
        CROSS JOIN LATERAL jsonb_path_query(w.data, 'strict $.** ? (@.en.type() == "string")') t
      WHERE w."entityType" = ${kind}::"EntityType"
    ) texts
    WHERE jsonb_typeof(t) = 'object'
    GROUP BY entity_id, copy_id`;
}

/**
 * The records of `kind` with the gap asked for: the published ones (`entityIds`, whether judged
 * by the record or by its working copy) and the working copies found to have it (`copyIds`).
 */
export async function recordsWithGap(db: Database, kind: EntityType, filter: GapFilter) {
  if (!publishedTexts[kind]) return { entityIds: new Set<number>(), copyIds: new Set<number>() };
  const rows = await db.$queryRaw<{ entity_id: number | null; copy_id: number | null }[]>`
    SELECT entity_id, copy_id FROM (${recordFlags(kind)}) r WHERE ${Prisma.raw(column(filter))}`;
  return {
    entityIds: new Set(rows.flatMap((r) => (r.entity_id === null ? [] : [r.entity_id]))),
    copyIds: new Set(rows.flatMap((r) => (r.copy_id === null ? [] : [r.copy_id]))),
  };
}

export type GapCounts = Record<`${Gap}_${TranslatedLocale}`, number>;

/** For each kind of record, how many have each gap: one statement for the dashboard. */
export async function countGaps(db: Database): Promise<Map<EntityType, GapCounts>> {
  const counts = gaps
    .map((g) => `count(*) FILTER (WHERE ${column(g)})::int AS ${column(g)}`)
    .join(", ");
  const perKind = gapKinds.map(
    (kind) =>
      Prisma.sql`SELECT ${kind}::text AS kind, ${Prisma.raw(counts)} FROM (${recordFlags(kind)}) r`,
  );
  const rows = await db.$queryRaw<
    ({ kind: EntityType } & GapCounts)[]
  >`${Prisma.join(perKind, " UNION ALL ")}`;
  return new Map(rows.map(({ kind, ...row }) => [kind, row]));
}
