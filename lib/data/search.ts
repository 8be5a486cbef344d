import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { localize, asText, type LocalizedText } from "../i18n/text";
import type { Locale } from "../i18n/config";
import { searchKinds, searchLimits, type SearchKind, type SearchQuery } from "../schemas/search";
import { highlight, type Segment } from "../search/highlight";

export interface SearchHit {
  kind: SearchKind;
  id: number;
  slug: string | null;
  title: LocalizedText;
  /** The title in the asked language (or English), cut into matching and other segments. */
  highlighted: { lang: Locale; segments: Segment[] };
  /** Per kind: a meeting's date and kind, a relationship's two place slugs, a source's publisher and address, a person's latest meeting. */
  context: Record<string, unknown> | null;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

interface Row {
  kind: EntityType;
  entityId: number;
  slug: string | null;
  title: unknown;
  context: Record<string, unknown> | null;
  score: number;
}

/**
 * Ranks the index for `q` in one statement. A record matches when its folded text contains
 * the query, holds every word of it (full-text, any order), or is within a small typo of it
 * (trigram word similarity ≥ 0.6, which also finds Japanese, having no word breaks). Titles
 * weigh more than bodies, a title starting with the query more still, places a little more
 * than other kinds; `perKind` best of each kind are kept.
 */
async function rank(q: string, kinds: readonly EntityType[], perKind: number): Promise<Row[]> {
  const folded = Prisma.sql`portal_fold(${q})`;
  const pattern = Prisma.sql`'%' || replace(replace(replace(${folded}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  const tsquery = Prisma.sql`plainto_tsquery('simple', ${folded})`;
  return db.$queryRaw<Row[]>`
    WITH hits AS (
      SELECT e.kind, e."entityId", e.slug, e.title, e.context,
        ( 2 * word_similarity(${folded}, e."titleText")
          + word_similarity(${folded}, e.document)
          + ts_rank(to_tsvector('simple', e.document), ${tsquery})
          + CASE WHEN strpos(e."titleText", ${folded}) > 0 THEN 1 ELSE 0 END
          + CASE WHEN strpos(E'\\n' || e."titleText", E'\\n' || ${folded}) > 0 THEN 0.5 ELSE 0 END
        ) * CASE e.kind WHEN 'PLACE' THEN 1.2 WHEN 'SOURCE' THEN 0.8 ELSE 1 END AS score
      FROM "SearchEntry" e
      WHERE e.kind = ANY(${kinds}::"EntityType"[])
        AND (e.document LIKE ${pattern}
          OR ${folded} <% e.document
          OR to_tsvector('simple', e.document) @@ ${tsquery})
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY kind ORDER BY score DESC, "entityId") AS n FROM hits
    )
    SELECT r.kind, r."entityId", r.slug, r.title, r.score::float8 AS score,
      CASE WHEN r.kind = 'PERSON' THEN m.latest ELSE r.context END AS context
    FROM ranked r
    LEFT JOIN LATERAL (
      SELECT jsonb_build_object('latestMeeting', jsonb_build_object('slug', mt.slug, 'title', mt.title, 'startsOn', mt."startsOn")) AS latest
      FROM "Participant" p JOIN "Meeting" mt ON mt.id = p."meetingId"
      WHERE r.kind = 'PERSON' AND p."personId" = r."entityId"
      ORDER BY mt."startsOn" DESC LIMIT 1
    ) m ON true
    WHERE r.n <= ${perKind}
    ORDER BY r.score DESC, r.kind, r."entityId"`;
}

/** Public search: places, relationships, meetings, people, sectors and sources, grouped by kind, best group first. */
export async function search(query: SearchQuery): Promise<SearchGroup[]> {
  const kinds = query.kind ? [query.kind] : searchKinds;
  const rows = await rank(query.q, kinds, query.perKind);
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const row of rows) {
    const kind = row.kind as SearchKind;
    const title = asText(row.title);
    const { value, lang } = localize(title, query.locale);
    const hit: SearchHit = {
      kind,
      id: row.entityId,
      slug: row.slug,
      title,
      highlighted: { lang, segments: highlight(value, query.q) },
      context: row.context,
      score: row.score,
    };
    groups.set(kind, [...(groups.get(kind) ?? []), hit]);
  }
  // Rows come best first, so groups are ordered by their best hit.
  return [...groups].map(([kind, hits]) => ({ kind, hits }));
}

/** The ids of one kind's records matching `q`, best first: the staff lists' Find. */
export async function searchRecordIds(kind: EntityType, q: string, limit = 100): Promise<number[]> {
  const text = q.trim().slice(0, searchLimits.queryLength);
  if (!text) return [];
  return (await rank(text, [kind], limit)).map((row) => row.entityId);
}

/** Drafts never published (working copies without a record) whose text matches `q`: the staff lists' Find. */
export async function searchDraftIds(kind: EntityType, q: string, limit = 100): Promise<number[]> {
  const text = q.trim().slice(0, searchLimits.queryLength);
  if (!text) return [];
  const folded = Prisma.sql`portal_fold(${text})`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "WorkingCopy"
    WHERE "entityType" = ${kind}::"EntityType" AND "entityId" IS NULL
      AND (strpos(portal_fold(data::text), ${folded}) > 0 OR ${folded} <% portal_fold(data::text))
    ORDER BY "updatedAt" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
