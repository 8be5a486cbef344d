import { tags } from "../../cache-tags";
import { SourceInput } from "../../schemas/source";
import { DeleteRefused, type ContentAdapter, type Tx } from "../types";
import { describeUses } from "../uses";
import { dateColumn, dateField, textColumn, textField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<SourceInput | null> {
  const s = await tx.source.findUnique({ where: { id } });
  if (!s) return null;
  return {
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    publishedOn: dateField(s.publishedOn, s.publishedPrecision),
    kind: s.kind,
    note: textField(s.note),
  };
}

// A source is cited across the site: every public page that shows citations is refreshed.
const citingTags = [tags.sources, tags.figures, tags.meetings, tags.relationships, tags.places];

async function publish(tx: Tx, input: SourceInput, entityId: number | null) {
  const published = dateColumn(input.publishedOn);
  const fields = {
    ...input,
    publishedOn: published.date,
    publishedPrecision: published.precision,
    note: textColumn(input.note),
  };
  const source = entityId
    ? await tx.source.update({ where: { id: entityId }, data: fields })
    : await tx.source.create({ data: fields });
  return { entityId: source.id, tags: citingTags };
}

async function remove(tx: Tx, id: number) {
  const counts = await tx.source.findUniqueOrThrow({
    where: { id },
    select: {
      _count: {
        select: {
          observations: true,
          relationships: true,
          meetings: true,
          successions: true,
          investmentPriorities: true,
        },
      },
    },
  });
  const c = counts._count;
  const cited = describeUses([
    [c.observations, "figure", "figures"],
    [c.meetings, "meeting", "meetings"],
    [c.relationships, "relationship", "relationships"],
    [c.investmentPriorities, "investment priority", "investment priorities"],
    [c.successions, "boundary change", "boundary changes"],
  ]);
  if (cited) throw new DeleteRefused(`it is cited by ${cited}. Cite another source there first.`);
  await tx.source.delete({ where: { id } });
  return { tags: citingTags };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const sources = await tx.source.findMany({
    where: onlyIds(ids),
    select: { id: true, publisher: true, title: true },
    orderBy: [{ publisher: "asc" }, { id: "asc" }],
  });
  return sources.map((s) => ({ id: s.id, title: `${s.publisher}: ${s.title}` }));
}

export const sourceAdapter: ContentAdapter<SourceInput> = {
  entityType: "SOURCE",
  schema: SourceInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => `${input.publisher}: ${input.title}`,
};
