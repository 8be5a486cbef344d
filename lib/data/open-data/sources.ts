import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, IdCursor, pageFrom } from "../../api/cursor";
import { serializePage, serializedRecord, type SerializedPage } from "../../api/http";
import { db } from "../../db-client";
import type { Prisma } from "../../generated/prisma/client";
import type { Source } from "../../schemas/api/resources";
import type { SourcesQuery } from "../../schemas/api/queries";
import { day, optionalText } from "./shared";

const sourceSelect = {
  id: true,
  publisher: true,
  title: true,
  url: true,
  publishedOn: true,
  publishedPrecision: true,
  kind: true,
  note: true,
} satisfies Prisma.SourceSelect;

function toSource(row: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>): Source {
  return { ...row, publishedOn: day(row.publishedOn), note: optionalText(row.note) };
}

/** Sources by id, a page at a time: one statement, each page kept by each server until a write to one of its tags. */
export const listSourcesPage = rememberedUntilTagged([tags.sources], sourcesPage, {
  maxEntries: 100,
});

async function sourcesPage(query: SourcesQuery): Promise<SerializedPage> {
  const after = decodeCursor(query.cursor, IdCursor);
  const rows = await db.source.findMany({
    where: { kind: query.kind, ...(after ? { id: { gt: after.id } } : {}) },
    select: sourceSelect,
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  return serializePage<Source>(pageFrom(rows, query.limit, toSource, (row) => ({ id: row.id })));
}

/** One source by its identifier, kept by each server like the list pages (a missing one too). */
export const getSourceRecord = rememberedUntilTagged(
  [tags.sources],
  serializedRecord(sourceRecord),
  {
    maxEntries: 500,
  },
);

async function sourceRecord({ id }: { id: number }): Promise<Source | null> {
  const row = await db.source.findUnique({ where: { id }, select: sourceSelect });
  return row ? toSource(row) : null;
}
