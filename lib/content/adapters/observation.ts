import { tags } from "../../cache-tags";
import { getMessages } from "../../i18n/messages";
import { asText } from "../../i18n/text";
import { parsePartialDate, toPartialDateText } from "../../partial-date";
import { ObservationInput } from "../../schemas/observation";
import { PublishRefused, type ContentAdapter, type Tx } from "../types";
import { dateColumn, dateField, textColumn, textField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<ObservationInput | null> {
  const o = await tx.observation.findUnique({
    where: { id },
    include: { counterpart: { select: { slug: true } } },
  });
  if (!o) return null;
  return {
    territoryId: o.territoryId,
    counterpartSlug: o.counterpart?.slug,
    measure: o.measure,
    value: o.value.toString(),
    valueHigh: o.valueHigh?.toString(),
    qualifier: o.qualifier,
    unit: o.unit,
    basis: o.basis,
    asOf: toPartialDateText(o.asOf, o.precision),
    periodStart: dateField(o.periodStart, o.precision),
    isEstimate: o.isEstimate,
    rank: o.rank ?? undefined,
    rankOf: o.rankOf ?? undefined,
    note: textField(o.note),
    sourceId: o.sourceId,
  };
}

async function publish(tx: Tx, input: ObservationInput, entityId: number | null) {
  const counterpart = input.counterpartSlug
    ? await tx.place.findUnique({ where: { slug: input.counterpartSlug }, select: { id: true } })
    : null;
  if (input.counterpartSlug && !counterpart)
    throw new PublishRefused(`the counterpart “${input.counterpartSlug}” no longer exists`);
  // STOCK and ANNUAL_RATE: the day (or last day of the month or year) stated; FLOW: the last day of the period.
  const asOf = parsePartialDate(input.asOf, "end");
  const fields = {
    territoryId: input.territoryId,
    counterpartId: counterpart?.id ?? null,
    measure: input.measure,
    value: input.value,
    valueHigh: input.valueHigh ?? null,
    qualifier: input.qualifier,
    unit: input.unit,
    basis: input.basis,
    asOf: asOf.date,
    periodStart: dateColumn(input.periodStart).date,
    precision: asOf.precision,
    isEstimate: input.isEstimate,
    rank: input.rank ?? null,
    rankOf: input.rankOf ?? null,
    note: textColumn(input.note),
    sourceId: input.sourceId,
  };
  const observation = entityId
    ? await tx.observation.update({ where: { id: entityId }, data: fields })
    : await tx.observation.create({ data: fields });
  return { entityId: observation.id, tags: [tags.figures, tags.places] };
}

async function remove(tx: Tx, id: number) {
  await tx.observation.delete({ where: { id } });
  return { tags: [tags.figures, tags.places] };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const m = getMessages("en");
  const rows = await tx.observation.findMany({
    where: onlyIds(ids),
    select: {
      id: true,
      measure: true,
      asOf: true,
      precision: true,
      territory: { select: { place: { select: { name: true } } } },
      source: { select: { publisher: true } },
    },
    orderBy: [{ territory: { placeId: "asc" } }, { measure: "asc" }, { asOf: "desc" }],
  });
  return rows.map((o) => ({
    id: o.id,
    title: `${asText(o.territory.place.name).en} · ${m.measure[o.measure]} · ${toPartialDateText(o.asOf, o.precision)} · ${o.source.publisher}`,
  }));
}

export const observationAdapter: ContentAdapter<ObservationInput> = {
  entityType: "OBSERVATION",
  schema: ObservationInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) =>
    `${getMessages("en").measure[input.measure]} ${input.asOf}: ${input.value}${input.valueHigh ? `–${input.valueHigh}` : ""}`,
};
