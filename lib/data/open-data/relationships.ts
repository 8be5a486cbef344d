import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, pageFrom, SlugCursor } from "../../api/cursor";
import { serializePage, serializedRecord, type SerializedPage } from "../../api/http";
import { db } from "../../db-client";
import type { Prisma } from "../../generated/prisma/client";
import type { Relationship } from "../../schemas/api/resources";
import type { RelationshipsQuery } from "../../schemas/api/queries";
import { day, sourceRefSelect, text } from "./shared";

const relationshipSelect = {
  slug: true,
  kind: true,
  status: true,
  statusAsOf: true,
  evidence: true,
  since: true,
  sincePrecision: true,
  sinceInferred: true,
  endedOn: true,
  summary: true,
  vietnamesePlace: { select: { slug: true } },
  japanesePlace: { select: { slug: true } },
  sources: { select: { source: { select: sourceRefSelect } }, orderBy: { sourceId: "asc" } },
} satisfies Prisma.RelationshipSelect;

function toRelationship(
  row: Prisma.RelationshipGetPayload<{ select: typeof relationshipSelect }>,
): Relationship {
  return {
    ...row,
    statusAsOf: day(row.statusAsOf),
    since: day(row.since),
    endedOn: day(row.endedOn),
    summary: text(row.summary),
    vietnamesePlace: row.vietnamesePlace.slug,
    japanesePlace: row.japanesePlace.slug,
    sources: row.sources.map((s) => s.source),
  };
}

/** A place or any of its cities, on either side. */
const involving = (slug: string): Prisma.PlaceWhereInput => ({
  OR: [{ slug }, { parent: { slug } }],
});

/** Relationships by slug, a page at a time, each with its sources: one statement, each page kept by each server until a write to one of its tags. */
export const listRelationshipsPage = rememberedUntilTagged(
  [tags.relationships, tags.places, tags.sources],
  relationshipsPage,
  { maxEntries: 100 },
);

async function relationshipsPage(query: RelationshipsQuery): Promise<SerializedPage> {
  const after = decodeCursor(query.cursor, SlugCursor);
  const rows = await db.relationship.findMany({
    where: {
      kind: query.kind,
      status: query.status,
      ...(query.place
        ? {
            OR: [
              { vietnamesePlace: involving(query.place) },
              { japanesePlace: involving(query.place) },
            ],
          }
        : {}),
      ...(after ? { slug: { gt: after.slug } } : {}),
    },
    select: relationshipSelect,
    orderBy: { slug: "asc" },
    take: query.limit + 1,
  });
  return serializePage<Relationship>(
    pageFrom(rows, query.limit, toRelationship, (row) => ({ slug: row.slug })),
  );
}

/** One relationship by its identifier, kept by each server like the list pages (a missing one too). */
export const getRelationshipRecord = rememberedUntilTagged(
  [tags.relationships, tags.places, tags.sources],
  serializedRecord(relationshipRecord),
  { maxEntries: 500 },
);

async function relationshipRecord({ slug }: { slug: string }): Promise<Relationship | null> {
  const row = await db.relationship.findUnique({ where: { slug }, select: relationshipSelect });
  return row ? toRelationship(row) : null;
}
