// Keeps "SearchEntry" (one row per searchable record, folded text in every language) in step
// with the public tables. Called inside the publish and delete transactions (lib/content/
// working-copies.ts), by the seed and by the data generator, so search never sees a record
// that is not published, nor misses one that is. One INSERT … SELECT per kind, never a row at a time.
import { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";

type Runner = { $executeRaw: Prisma.TransactionClient["$executeRaw"] };

/** Folded text of a LocalizedText column: every language, one per line. */
const folded = (column: string) =>
  `portal_fold(concat_ws(E'\\n', ${column}->>'en', ${column}->>'vi', ${column}->>'ja'))`;

/** Each kind's rows as (entityId, slug, title, context, titleText, document), from table alias `x`. */
const selects: Record<EntityType, string> = {
  PLACE: `SELECT x.id, x.slug, x.name, jsonb_build_object('kind', x.kind, 'country', x.country),
      ${folded("x.name")},
      concat_ws(E'\\n', ${folded("x.name")}, ${folded("x.summary")}, replace(x.slug, '-', ' '))
    FROM "Place" x`,
  PERSON: `SELECT x.id, NULL, x.name, NULL::jsonb, ${folded("x.name")}, ${folded("x.name")} FROM "Person" x`,
  SECTOR: `SELECT x.id, x.slug, x.name, NULL::jsonb, ${folded("x.name")},
      concat_ws(E'\\n', ${folded("x.name")}, replace(x.slug, '-', ' '))
    FROM "Sector" x`,
  MEETING: `SELECT x.id, x.slug, x.title,
      jsonb_build_object('kind', x.kind, 'startsOn', x."startsOn", 'datePrecision', x."datePrecision"),
      ${folded("x.title")},
      concat_ws(E'\\n', ${folded("x.title")}, ${folded("x.summary")}, ${folded("x.venue")})
    FROM "Meeting" x`,
  RELATIONSHIP: `SELECT x.id, x.slug,
      jsonb_build_object(
        'en', (v.name->>'en') || ' – ' || (j.name->>'en'),
        'vi', coalesce(v.name->>'vi', v.name->>'en') || ' – ' || coalesce(j.name->>'vi', j.name->>'en'),
        'ja', coalesce(v.name->>'ja', v.name->>'en') || ' – ' || coalesce(j.name->>'ja', j.name->>'en')),
      jsonb_build_object('kind', x.kind, 'status', x.status, 'vietnamesePlace', v.slug, 'japanesePlace', j.slug),
      concat_ws(E'\\n', ${folded("v.name")}, ${folded("j.name")}),
      concat_ws(E'\\n', ${folded("v.name")}, ${folded("j.name")}, ${folded("x.summary")}, lower(replace(x.kind::text, '_', ' ')))
    FROM "Relationship" x JOIN "Place" v ON v.id = x."vietnamesePlaceId" JOIN "Place" j ON j.id = x."japanesePlaceId"`,
  SOURCE: `SELECT x.id, NULL, jsonb_build_object('en', x.title),
      jsonb_build_object('publisher', x.publisher, 'url', x.url, 'publishedOn', x."publishedOn"),
      portal_fold(x.title),
      concat_ws(E'\\n', portal_fold(x.title), portal_fold(x.publisher), portal_fold(x.url))
    FROM "Source" x`,
  // Staff-only kinds (the staff lists' Find): figures and boundaries have no public page of their own.
  OBSERVATION: `SELECT x.id, NULL, jsonb_build_object('en', (p.name->>'en') || ' · ' || x.measure || ' · ' || to_char(x."asOf", 'YYYY-MM-DD')),
      NULL::jsonb,
      ${folded("p.name")},
      concat_ws(E'\\n', ${folded("p.name")}, lower(replace(x.measure::text, '_', ' ')), to_char(x."asOf", 'YYYY'),
        portal_fold(s.publisher), ${folded("x.note")})
    FROM "Observation" x JOIN "Territory" t ON t.id = x."territoryId" JOIN "Place" p ON p.id = t."placeId"
      JOIN "Source" s ON s.id = x."sourceId"`,
  TERRITORY: `SELECT x.id, NULL, p.name, NULL::jsonb, ${folded("p.name")},
      concat_ws(E'\\n', ${folded("p.name")}, to_char(x."validFrom", 'YYYY'), to_char(x."validTo", 'YYYY'), ${folded("x.note")})
    FROM "Territory" x JOIN "Place" p ON p.id = x."placeId"`,
};

async function write(db: Runner, kind: EntityType, ids: number[] | null) {
  const only = ids ? Prisma.sql`WHERE x.id = ANY(${ids}::int[])` : Prisma.empty;
  await db.$executeRaw`DELETE FROM "SearchEntry" WHERE kind = ${kind}::"EntityType" ${ids ? Prisma.sql`AND "entityId" = ANY(${ids}::int[])` : Prisma.empty}`;
  await db.$executeRaw`
    INSERT INTO "SearchEntry" (kind, "entityId", slug, title, context, "titleText", document, words)
    SELECT ${kind}::"EntityType", q.*, to_tsvector('simple', q.document)
    FROM (${Prisma.raw(selects[kind])} ${only}) q (id, slug, title, context, title_text, document)`;
}

/**
 * The records a change to one record makes stale: its own row, and the rows whose text
 * quotes it (a relationship's title names both places; a figure names its place and source).
 */
async function dependents(
  db: Runner & Pick<Prisma.TransactionClient, "$queryRaw">,
  kind: EntityType,
  id: number,
) {
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
  switch (kind) {
    case "PLACE":
      return {
        RELATIONSHIP: ids(
          await db.$queryRaw`SELECT id FROM "Relationship" WHERE "vietnamesePlaceId" = ${id} OR "japanesePlaceId" = ${id}`,
        ),
        TERRITORY: ids(await db.$queryRaw`SELECT id FROM "Territory" WHERE "placeId" = ${id}`),
        OBSERVATION: ids(
          await db.$queryRaw`SELECT o.id FROM "Observation" o JOIN "Territory" t ON t.id = o."territoryId" WHERE t."placeId" = ${id}`,
        ),
      };
    case "SOURCE":
      return {
        OBSERVATION: ids(await db.$queryRaw`SELECT id FROM "Observation" WHERE "sourceId" = ${id}`),
      };
    case "TERRITORY":
      return {
        OBSERVATION: ids(
          await db.$queryRaw`SELECT id FROM "Observation" WHERE "territoryId" = ${id}`,
        ),
      };
    default:
      return {};
  }
}

/** Re-indexes one record just published (and what quotes it), in the publish transaction. */
export async function indexRecord(tx: Prisma.TransactionClient, kind: EntityType, id: number) {
  await write(tx, kind, [id]);
  for (const [dependentKind, ids] of Object.entries(await dependents(tx, kind, id))) {
    if (ids.length) await write(tx, dependentKind as EntityType, ids);
  }
}

/** Drops one deleted record from the index, in the delete transaction. */
export async function unindexRecord(tx: Prisma.TransactionClient, kind: EntityType, id: number) {
  await tx.$executeRaw`DELETE FROM "SearchEntry" WHERE kind = ${kind}::"EntityType" AND "entityId" = ${id}`;
}

/** Rebuilds the whole index (seed, data generator): one DELETE and one INSERT per kind. */
export async function rebuildSearchIndex(db: Runner) {
  for (const kind of Object.keys(selects) as EntityType[]) await write(db, kind, null);
}
