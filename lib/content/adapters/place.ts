import { tags } from "../../cache-tags";
import { asText } from "../../i18n/text";
import { PlaceInput } from "../../schemas/place";
import { DeleteRefused, PublishRefused, type ContentAdapter, type Tx } from "../types";
import { describeUses } from "../uses";
import { idsOfSlugs, textColumn, textField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<PlaceInput | null> {
  const p = await tx.place.findUnique({
    where: { id },
    include: {
      parent: { select: { slug: true } },
      investmentPriorities: {
        include: { sector: { select: { slug: true } } },
        orderBy: { sector: { slug: "asc" } },
      },
    },
  });
  if (!p) return null;
  return {
    slug: p.slug,
    kind: p.kind,
    country: p.country,
    name: asText(p.name),
    summary: textField(p.summary),
    parentSlug: p.parent?.slug,
    priorities: p.investmentPriorities.map((x) => ({
      sectorSlug: x.sector.slug,
      sourceId: x.sourceId,
      note: textField(x.note),
    })),
  };
}

/** The place's investment priorities are its own: replaced whole, in the publishing transaction. */
async function writePriorities(tx: Tx, placeId: number, priorities: PlaceInput["priorities"]) {
  const slugs = priorities.map((x) => x.sectorSlug);
  const sectorIds = idsOfSlugs(
    await tx.sector.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    slugs,
    "sector",
  );
  await tx.investmentPriority.deleteMany({ where: { placeId } });
  await tx.investmentPriority.createMany({
    data: priorities.map((x, i) => ({
      placeId,
      sectorId: sectorIds[i],
      sourceId: x.sourceId,
      note: textColumn(x.note),
    })),
  });
}

// A place's name appears on profiles, relationships, meetings and figures.
const placeTags = (slugs: string[]) => [
  tags.places,
  tags.relationships,
  tags.meetings,
  tags.figures,
  ...slugs.map(tags.place),
];

async function publish(tx: Tx, input: PlaceInput, entityId: number | null) {
  const parent = input.parentSlug
    ? await tx.place.findUnique({ where: { slug: input.parentSlug }, select: { id: true } })
    : null;
  if (input.parentSlug && !parent)
    throw new PublishRefused(`the parent place “${input.parentSlug}” no longer exists`);
  const before = entityId
    ? await tx.place.findUnique({ where: { id: entityId }, select: { slug: true } })
    : null;
  const fields = {
    slug: input.slug,
    kind: input.kind,
    country: input.country,
    name: input.name,
    summary: textColumn(input.summary),
    parentId: parent?.id ?? null,
  };
  const place = entityId
    ? await tx.place.update({ where: { id: entityId }, data: fields })
    : // A new place starts with one territory of unknown bounds, so figures can be recorded for it.
      await tx.place.create({ data: { ...fields, territories: { create: {} } } });
  await writePriorities(tx, place.id, input.priorities);
  return { entityId: place.id, tags: placeTags([input.slug, ...(before ? [before.slug] : [])]) };
}

/** Refused while anything refers to the place; its own priorities and unused territory go with it. */
async function remove(tx: Tx, id: number) {
  const place = await tx.place.findUniqueOrThrow({
    where: { id },
    select: {
      slug: true,
      _count: {
        select: {
          children: true,
          vietnameseRelationships: true,
          japaneseRelationships: true,
          meetings: true,
          counterpartObservations: true,
        },
      },
      territories: {
        select: {
          id: true,
          _count: { select: { observations: true, predecessors: true, successors: true } },
        },
      },
    },
  });
  const c = place._count;
  const t = place.territories.reduce(
    (sum, x) => ({
      figures: sum.figures + x._count.observations,
      changes: sum.changes + x._count.predecessors + x._count.successors,
    }),
    { figures: 0, changes: 0 },
  );
  const linked = describeUses([
    [c.children, "place within it", "places within it"],
    [c.vietnameseRelationships + c.japaneseRelationships, "relationship", "relationships"],
    [c.meetings, "meeting", "meetings"],
    [t.figures + c.counterpartObservations, "figure", "figures"],
    [t.changes, "boundary change", "boundary changes"],
  ]);
  if (linked) throw new DeleteRefused(`it is still referred to by ${linked}.`);
  await tx.investmentPriority.deleteMany({ where: { placeId: id } });
  await tx.territory.deleteMany({ where: { placeId: id } });
  await tx.place.delete({ where: { id } });
  return { tags: placeTags([place.slug]) };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const places = await tx.place.findMany({
    where: onlyIds(ids),
    select: { id: true, name: true, country: true },
    orderBy: [{ country: "desc" }, { slug: "asc" }],
  });
  return places.map((p) => ({
    id: p.id,
    title: `${asText(p.name).en} (${p.country === "VN" ? "Vietnam" : "Japan"})`,
  }));
}

export const placeAdapter: ContentAdapter<PlaceInput> = {
  entityType: "PLACE",
  schema: PlaceInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => input.name.en,
};
