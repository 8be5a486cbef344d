import { tags } from "../../cache-tags";
import { asText } from "../../i18n/text";
import { RelationshipInput, relationshipArrayFields } from "../../schemas/relationship";
import { PublishRefused, type ContentAdapter, type Tx } from "../types";
import { dateColumn, dateField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<RelationshipInput | null> {
  const r = await tx.relationship.findUnique({
    where: { id },
    include: {
      vietnamesePlace: { select: { slug: true } },
      japanesePlace: { select: { slug: true } },
      sources: { select: { sourceId: true } },
    },
  });
  if (!r) return null;
  return {
    slug: r.slug,
    vietnamesePlaceSlug: r.vietnamesePlace.slug,
    japanesePlaceSlug: r.japanesePlace.slug,
    kind: r.kind,
    status: r.status,
    statusAsOf: dateField(r.statusAsOf, r.statusAsOfPrecision),
    evidence: r.evidence,
    since: dateField(r.since, r.sincePrecision),
    sinceInferred: r.sinceInferred,
    endedOn: dateField(r.endedOn, r.endedPrecision),
    summary: asText(r.summary),
    sourceIds: r.sources.map((s) => s.sourceId),
  };
}

async function placeIds(tx: Tx, input: RelationshipInput) {
  const places = await tx.place.findMany({
    where: { slug: { in: [input.vietnamesePlaceSlug, input.japanesePlaceSlug] } },
    select: { id: true, slug: true, country: true },
  });
  const find = (slug: string, country: "VN" | "JP") => {
    const place = places.find((p) => p.slug === slug);
    if (!place) throw new PublishRefused(`the place “${slug}” no longer exists`);
    if (place.country !== country)
      throw new PublishRefused(
        `“${slug}” is not a ${country === "VN" ? "Vietnamese" : "Japanese"} place`,
      );
    return place.id;
  };
  return {
    vietnamesePlaceId: find(input.vietnamesePlaceSlug, "VN"),
    japanesePlaceId: find(input.japanesePlaceSlug, "JP"),
  };
}

async function publish(tx: Tx, input: RelationshipInput, entityId: number | null) {
  const since = dateColumn(input.since);
  // "As of 2024" and "ended 2020" stand for the last day of that year, kept with their precision.
  const statusAsOf = dateColumn(input.statusAsOf, "end");
  const ended = dateColumn(input.endedOn, "end");
  const before = entityId
    ? await tx.relationship.findUnique({
        where: { id: entityId },
        select: {
          vietnamesePlace: { select: { slug: true } },
          japanesePlace: { select: { slug: true } },
        },
      })
    : null;
  const fields = {
    slug: input.slug,
    ...(await placeIds(tx, input)),
    kind: input.kind,
    status: input.status,
    statusAsOf: statusAsOf.date,
    statusAsOfPrecision: statusAsOf.precision,
    evidence: input.evidence,
    since: since.date,
    sincePrecision: since.precision,
    sinceInferred: input.sinceInferred,
    endedOn: ended.date,
    endedPrecision: ended.precision,
    summary: input.summary,
  };
  const relationship = entityId
    ? await tx.relationship.update({ where: { id: entityId }, data: fields })
    : await tx.relationship.create({ data: fields });
  await tx.relationshipSource.deleteMany({ where: { relationshipId: relationship.id } });
  await tx.relationshipSource.createMany({
    data: input.sourceIds.map((sourceId) => ({ relationshipId: relationship.id, sourceId })),
  });
  const slugs = new Set(
    [
      input.vietnamesePlaceSlug,
      input.japanesePlaceSlug,
      before?.vietnamesePlace.slug,
      before?.japanesePlace.slug,
    ].filter((s): s is string => Boolean(s)),
  );
  return {
    entityId: relationship.id,
    tags: [tags.relationships, tags.places, ...[...slugs].map(tags.place)],
  };
}

async function remove(tx: Tx, id: number) {
  // Its source links are the relationship's own and go with it (ON DELETE CASCADE).
  const r = await tx.relationship.delete({
    where: { id },
    select: {
      vietnamesePlace: { select: { slug: true } },
      japanesePlace: { select: { slug: true } },
    },
  });
  return {
    tags: [
      tags.relationships,
      tags.places,
      tags.place(r.vietnamesePlace.slug),
      tags.place(r.japanesePlace.slug),
    ],
  };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const rows = await tx.relationship.findMany({
    where: onlyIds(ids),
    select: {
      id: true,
      kind: true,
      vietnamesePlace: { select: { name: true } },
      japanesePlace: { select: { name: true } },
    },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    title: `${asText(r.vietnamesePlace.name).en} – ${asText(r.japanesePlace.name).en}`,
  }));
}

export const relationshipAdapter: ContentAdapter<RelationshipInput> = {
  entityType: "RELATIONSHIP",
  schema: RelationshipInput,
  arrayFields: relationshipArrayFields,
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => `${input.vietnamesePlaceSlug} – ${input.japanesePlaceSlug}`,
};
