import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, pageFrom, SlugCursor } from "../../api/cursor";
import { serializePage, type SerializedPage } from "../../api/http";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { Place } from "../../schemas/api/resources";
import type { PlacesQuery } from "../../schemas/api/queries";
import { optionalText, text } from "./shared";

const placeSelect = { slug: true, kind: true, country: true, name: true, summary: true, parent: { select: { slug: true } } } satisfies Prisma.PlaceSelect;

function toPlace(row: Prisma.PlaceGetPayload<{ select: typeof placeSelect }>): Place {
  return { slug: row.slug, kind: row.kind, country: row.country, name: text(row.name), summary: optionalText(row.summary), parent: row.parent?.slug ?? null };
}

/** Places by slug, a page at a time: one statement. */
export async function listPlacesPage(query: PlacesQuery): Promise<SerializedPage> {
  // A malformed cursor is refused (400) here, before the cache: what a cached function throws
  // reaches its caller as a plain error.
  decodeCursor(query.cursor, SlugCursor);
  return rememberedPlacesPage(query);
}

const placesTags = [tags.places];

async function placesPage(query: PlacesQuery): Promise<SerializedPage> {
  "use cache";
  cacheLife("max");
  cacheTag(...placesTags);
  const after = decodeCursor(query.cursor, SlugCursor);
  const rows = await db.place.findMany({
    where: { country: query.country, kind: query.kind, ...(after ? { slug: { gt: after.slug } } : {}) },
    select: placeSelect,
    orderBy: { slug: "asc" },
    take: query.limit + 1,
  });
  return serializePage<Place>(pageFrom(rows, query.limit, toPlace, (row) => ({ slug: row.slug })));
}

// Declared after the function: 'use cache' compiles it into a value, not a hoisted function.
const rememberedPlacesPage = rememberedUntilTagged(placesTags, placesPage, { maxEntries: 100 });

export async function getPlaceRecord({ slug }: { slug: string }): Promise<Place | null> {
  const row = await db.place.findUnique({ where: { slug }, select: placeSelect });
  return row ? toPlace(row) : null;
}
