import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, IdCursor, pageFrom } from "../../api/cursor";
import { serializePage, serializedRecord, type SerializedPage } from "../../api/http";
import { Prisma } from "../../generated/prisma/client";
import type { Figure } from "../../schemas/api/resources";
import type { FiguresQuery } from "../../schemas/api/queries";
import { selectObservations, type ObservationRecord } from "../observation-rows";
import { optionalText } from "./shared";

/** The API's figure: the observation with places and counterpart named by slug. */
export function toFigure({ place, counterpart, source, ...rest }: ObservationRecord): Figure {
  return {
    ...rest,
    note: optionalText(rest.note),
    place: place.slug,
    counterpart: counterpart?.slug ?? null,
    source: { id: source.id, publisher: source.publisher, title: source.title, url: source.url },
  };
}

/** The SQL conditions of the figures filters, over observation-rows' aliases. */
function conditions(query: Omit<FiguresQuery, "limit" | "cursor">): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (query.place) where.push(Prisma.sql`p.slug = ${query.place}`);
  if (query.counterpart === "all") where.push(Prisma.sql`o."counterpartId" IS NULL`);
  else if (query.counterpart) where.push(Prisma.sql`c.slug = ${query.counterpart}`);
  if (query.measure) where.push(Prisma.sql`o.measure = ${query.measure}::"Measure"`);
  if (query.basis) where.push(Prisma.sql`o.basis = ${query.basis}::"Basis"`);
  if (query.unit) where.push(Prisma.sql`o.unit = ${query.unit}::"Unit"`);
  if (query.source) where.push(Prisma.sql`o."sourceId" = ${query.source}`);
  if (query.from !== undefined)
    where.push(Prisma.sql`o."asOf" >= make_date(${query.from}::int, 1, 1)`);
  if (query.to !== undefined)
    where.push(Prisma.sql`o."asOf" < make_date(${query.to + 1}::int, 1, 1)`);
  return where;
}

/** Figures by id, a page at a time, each with its source and conflict group: one statement, each page kept by each server until a write to one of its tags. */
export const listFiguresPage = rememberedUntilTagged(
  [tags.figures, tags.places, tags.sources],
  figuresPage,
  { maxEntries: 100 },
);

async function figuresPage(query: FiguresQuery): Promise<SerializedPage> {
  const after = decodeCursor(query.cursor, IdCursor);
  const where = conditions(query);
  if (after) where.push(Prisma.sql`o.id > ${after.id}`);
  const rows = await selectObservations(where, Prisma.sql`o.id`, query.limit + 1);
  return serializePage<Figure>(pageFrom(rows, query.limit, toFigure, (row) => ({ id: row.id })));
}

/** One figure by its identifier, kept by each server like the list pages (a missing one too). */
export const getFigureRecord = rememberedUntilTagged(
  [tags.figures, tags.places, tags.sources],
  serializedRecord(figureRecord),
  { maxEntries: 500 },
);

async function figureRecord({ id }: { id: number }): Promise<Figure | null> {
  const [row] = await selectObservations([Prisma.sql`o.id = ${id}`], Prisma.sql`o.id`, 1);
  return row ? toFigure(row) : null;
}
