import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
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
 * Ranks the index for `q` in one statement. A record matches when its text holds every word
 * of the query as a word or, for words of three characters or more, the start of one
 * ("semicond", "神奈川" in 神奈川県; full-text over the stored word vector, any order), or when its
 * title contains the query as written (Japanese has no spaces: "岐阜" in 岐阜県, which a word
 * of two characters would not reach). Only when nothing does, titles within a small typo of
 * the query match instead (trigram word similarity ≥ 0.6): "kanagwa" finds Kanagawa. Ranking
 * runs in two steps so that a common word matching thousands of records stays cheap: a quick
 * score (title contains the query, starts with it, shorter title first) keeps a few
 * candidates per kind, then trigram similarity and full-text rank order those. Places weigh a
 * little more than other kinds, sources a little less; `perKind` best of each kind are kept.
 */
async function rank(q: string, kinds: readonly EntityType[], perKind: number): Promise<Row[]> {
  const folded = Prisma.sql`portal_fold(${q})`;
  const tsquery = Prisma.sql`(SELECT to_tsquery('simple', string_agg(quote_literal(word) || CASE WHEN length(word) >= 3 THEN ':*' ELSE '' END, ' & '))
    FROM unnest(tsvector_to_array(to_tsvector('simple', ${folded}))) word)`;
  const weight = Prisma.sql`CASE e.kind WHEN 'PLACE' THEN 1.2 WHEN 'SOURCE' THEN 0.8 ELSE 1 END`;
  const inTitle = (
    alias: string,
  ) => Prisma.sql`(CASE WHEN strpos(${Prisma.raw(alias)}."titleText", ${folded}) > 0 THEN 1 ELSE 0 END
    + CASE WHEN strpos(E'\\n' || ${Prisma.raw(alias)}."titleText", E'\\n' || ${folded}) > 0 THEN 0.5 ELSE 0 END)`;
  const ofKinds = Prisma.sql`kind = ANY(${kinds}::"EntityType"[])`;
  return db.$queryRaw<Row[]>`
    WITH words AS (
      SELECT kind, "entityId", "titleText" FROM "SearchEntry" WHERE ${ofKinds} AND (words @@ ${tsquery} OR strpos("titleText", ${folded}) > 0)
    ), matched AS (
      SELECT * FROM words
      UNION ALL
      SELECT kind, "entityId", "titleText" FROM "SearchEntry" WHERE ${ofKinds} AND ${folded} <% "titleText" AND NOT EXISTS (SELECT 1 FROM words)
    ), candidates AS (
      SELECT m.kind, m."entityId", row_number() OVER (PARTITION BY m.kind ORDER BY ${inTitle("m")} DESC, length(m."titleText"), m."entityId") AS pre
      FROM matched m
    ), scored AS (
      SELECT e.kind, e."entityId", e.slug, e.title, e.context,
        (2 * word_similarity(${folded}, e."titleText") + coalesce(ts_rank(e.words, ${tsquery}), 0) + ${inTitle("e")}) * ${weight} AS score
      FROM candidates c JOIN "SearchEntry" e USING (kind, "entityId") WHERE c.pre <= ${perKind * 4}
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY kind ORDER BY score DESC, "entityId") AS n FROM scored
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

/**
 * The search page's answer, cached per query and language like every public read, and
 * invalidated by any publish (every area's tag): a repeated search costs no SQL. Queries are
 * free text, so their entries expire within a day rather than living as long as the cache's
 * size allows: a crawler's one-off queries leave room for the pages everyone reads.
 */
export async function searchPublished(query: SearchQuery): Promise<SearchGroup[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.places, tags.relationships, tags.meetings, tags.people, tags.sources, tags.figures);
  return search(query);
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
