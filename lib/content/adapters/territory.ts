import { tags } from "../../cache-tags";
import { formatTerritoryLabel } from "../../format/territory";
import { asText } from "../../i18n/text";
import { parsePartialDate, toPartialDateText } from "../../partial-date";
import { TerritoryInput } from "../../schemas/territory";
import { DeleteRefused, PublishRefused, type ContentAdapter, type Tx } from "../types";
import { describeUses } from "../uses";
import { dateColumn, dateField, textColumn, textField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<TerritoryInput | null> {
  const t = await tx.territory.findUnique({
    where: { id },
    include: {
      place: { select: { slug: true } },
      predecessors: { orderBy: { predecessorId: "asc" } },
    },
  });
  if (!t) return null;
  return {
    placeSlug: t.place.slug,
    validFrom: dateField(t.validFrom, t.validFromPrecision),
    validTo: dateField(t.validTo),
    note: textField(t.note),
    predecessors: t.predecessors.map((p) => ({
      territoryId: p.predecessorId,
      effectiveOn: toPartialDateText(p.effectiveOn, "DAY"),
      note: textField(p.note),
      sourceId: p.sourceId ?? undefined,
    })),
  };
}

/** The slugs of the places whose profiles show this territory: its own, and those it was formed from. */
async function placesShowing(tx: Tx, territoryIds: number[]) {
  const territories = await tx.territory.findMany({
    where: { id: { in: territoryIds } },
    select: { place: { select: { slug: true } } },
  });
  return territories.map((t) => t.place.slug);
}

// Boundaries appear on profiles (boundary history) and in every figure's territory label.
const territoryTags = (placeSlugs: string[]) => [
  tags.places,
  tags.figures,
  ...new Set(placeSlugs.map(tags.place)),
];

async function publish(tx: Tx, input: TerritoryInput, entityId: number | null) {
  const place = await tx.place.findUnique({
    where: { slug: input.placeSlug },
    select: { id: true },
  });
  if (!place) throw new PublishRefused(`the place “${input.placeSlug}” no longer exists`);
  const before = entityId
    ? await tx.territory.findUniqueOrThrow({
        where: { id: entityId },
        select: { placeId: true, _count: { select: { observations: true } } },
      })
    : null;
  // Figures describe the territory: moving it to another place would move them too.
  if (before && before.placeId !== place.id && before._count.observations > 0) {
    throw new PublishRefused(
      `${before._count.observations} figures describe these boundaries, so they cannot move to another place`,
    );
  }
  if (entityId && input.predecessors.some((p) => p.territoryId === entityId))
    throw new PublishRefused("a territory cannot be formed from itself");
  const validFrom = dateColumn(input.validFrom);
  const fields = {
    placeId: place.id,
    validFrom: validFrom.date,
    validFromPrecision: validFrom.precision,
    validTo: dateColumn(input.validTo).date,
    note: textColumn(input.note),
  };
  const oldPredecessors = entityId
    ? await tx.territorySuccession.findMany({
        where: { successorId: entityId },
        select: { predecessorId: true },
      })
    : [];
  const territory = entityId
    ? await tx.territory.update({ where: { id: entityId }, data: fields })
    : await tx.territory.create({ data: fields });
  // The successions into this territory are its own: replaced whole, in this transaction.
  await tx.territorySuccession.deleteMany({ where: { successorId: territory.id } });
  await tx.territorySuccession.createMany({
    data: input.predecessors.map((p) => ({
      predecessorId: p.territoryId,
      successorId: territory.id,
      effectiveOn: parsePartialDate(p.effectiveOn).date,
      note: textColumn(p.note),
      sourceId: p.sourceId ?? null,
    })),
  });
  const affected = [
    entityId ?? territory.id,
    ...input.predecessors.map((p) => p.territoryId),
    ...oldPredecessors.map((p) => p.predecessorId),
  ];
  return {
    entityId: territory.id,
    tags: territoryTags([input.placeSlug, ...(await placesShowing(tx, affected))]),
  };
}

/** Refused while figures describe it, other territories were formed from it, or it is its place's only one. */
async function remove(tx: Tx, id: number) {
  const t = await tx.territory.findUniqueOrThrow({
    where: { id },
    select: {
      place: { select: { slug: true, _count: { select: { territories: true } } } },
      predecessors: { select: { predecessorId: true } },
      _count: { select: { observations: true, successors: true } },
    },
  });
  const linked = describeUses([
    [t._count.observations, "figure", "figures"],
    [t._count.successors, "later territory formed from it", "later territories formed from it"],
  ]);
  if (linked) throw new DeleteRefused(`it is still referred to by ${linked}.`);
  if (t.place._count.territories === 1)
    throw new DeleteRefused(
      "it is the only territory of its place; every place needs one for its figures.",
    );
  const formedFrom = await placesShowing(
    tx,
    t.predecessors.map((p) => p.predecessorId),
  );
  await tx.territory.delete({ where: { id } });
  return { tags: territoryTags([t.place.slug, ...formedFrom]) };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const territories = await tx.territory.findMany({
    where: onlyIds(ids),
    select: {
      id: true,
      validFrom: true,
      validFromPrecision: true,
      validTo: true,
      place: { select: { name: true } },
    },
    orderBy: [
      { place: { country: "desc" } },
      { place: { slug: "asc" } },
      { validFrom: { sort: "asc", nulls: "first" } },
    ],
  });
  return territories.map((t) => ({
    id: t.id,
    title: formatTerritoryLabel({ ...t, name: asText(t.place.name) }, "en"),
  }));
}

export const territoryAdapter: ContentAdapter<TerritoryInput> = {
  entityType: "TERRITORY",
  schema: TerritoryInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (t) =>
    `Boundaries of ${t.placeSlug}${t.validFrom ? ` from ${t.validFrom}` : ""}${t.validTo ? ` to ${t.validTo}` : ""}`,
};
