import { tags } from "../../cache-tags";
import { asText } from "../../i18n/text";
import { SectorInput } from "../../schemas/sector";
import { onlyIds } from "./columns";
import { DeleteRefused, type ContentAdapter, type Tx } from "../types";
import { describeUses } from "../uses";

// Sector names appear on meetings, in the meetings filter and in what provinces seek.
const sectorTags = [tags.meetings, tags.places];

async function loadPublished(tx: Tx, id: number): Promise<SectorInput | null> {
  const sector = await tx.sector.findUnique({ where: { id } });
  return sector ? { slug: sector.slug, name: asText(sector.name) } : null;
}

async function publish(tx: Tx, input: SectorInput, entityId: number | null) {
  const sector = entityId
    ? await tx.sector.update({ where: { id: entityId }, data: input })
    : await tx.sector.create({ data: input });
  return { entityId: sector.id, tags: sectorTags };
}

async function remove(tx: Tx, id: number) {
  const { _count: c } = await tx.sector.findUniqueOrThrow({
    where: { id },
    select: { _count: { select: { meetings: true, investmentPriorities: true } } },
  });
  const linked = describeUses([
    [c.meetings, "meeting", "meetings"],
    [c.investmentPriorities, "province's investment priority", "provinces' investment priorities"],
  ]);
  if (linked) throw new DeleteRefused(`it is still used by ${linked}.`);
  await tx.sector.delete({ where: { id } });
  return { tags: sectorTags };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const sectors = await tx.sector.findMany({
    where: onlyIds(ids),
    select: { id: true, name: true },
    orderBy: { slug: "asc" },
  });
  return sectors.map((s) => ({ id: s.id, title: asText(s.name).en }));
}

export const sectorAdapter: ContentAdapter<SectorInput> = {
  entityType: "SECTOR",
  schema: SectorInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => input.name.en,
};
