import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, pageFrom, SlugCursor } from "../../api/cursor";
import { serializePage, serializedRecord, type SerializedPage } from "../../api/http";
import { db } from "../../db-client";
import type { Prisma } from "../../generated/prisma/client";
import type { Place } from "../../schemas/api/resources";
import type { PlacesQuery } from "../../schemas/api/queries";
import { optionalText, text } from "./shared";

const placeSelect = {
  slug: true,
  kind: true,
  country: true,
  name: true,
  summary: true,
  parent: { select: { slug: true } },
} satisfies Prisma.PlaceSelect;

function toPlace(row: Prisma.PlaceGetPayload<{ select: typeof placeSelect }>): Place {
  return {
    slug: row.slug,
    kind: row.kind,
    country: row.country,
    name: text(row.name),
    summary: optionalText(row.summary),
    parent: row.parent?.slug ?? null,
  };
}

/** Places by slug, a page at a time: one statement, each page kept by each server until a write to one of its tags. */
export const listPlacesPage = rememberedUntilTagged([tags.places], placesPage, { maxEntries: 100 });

async function placesPage(query: PlacesQuery): Promise<SerializedPage> {
  const after = decodeCursor(query.cursor, SlugCursor);
  const rows = await db.place.findMany({
    where: {
      country: query.country,
      kind: query.kind,
      ...(after ? { slug: { gt: after.slug } } : {}),
    },
    select: placeSelect,
    orderBy: { slug: "asc" },
    take: query.limit + 1,
  });
  return serializePage<Place>(pageFrom(rows, query.limit, toPlace, (row) => ({ slug: row.slug })));
}

/** One place by its identifier, kept by each server like the list pages (a missing one too). */
export const getPlaceRecord = rememberedUntilTagged([tags.places], serializedRecord(placeRecord), {
  maxEntries: 500,
});

async function placeRecord({ slug }: { slug: string }): Promise<Place | null> {
  const row = await db.place.findUnique({ where: { slug }, select: placeSelect });
  return row ? toPlace(row) : null;
}
