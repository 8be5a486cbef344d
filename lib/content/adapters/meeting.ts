import { tags } from "../../cache-tags";
import { asText } from "../../i18n/text";
import { parsePartialDate, toPartialDateText } from "../../partial-date";
import { MeetingInput, meetingArrayFields } from "../../schemas/meeting";
import type { ContentAdapter, Tx } from "../types";
import { idsOfSlugs, textColumn as text, textField, onlyIds } from "./columns";

async function loadPublished(tx: Tx, id: number): Promise<MeetingInput | null> {
  const m = await tx.meeting.findUnique({
    where: { id },
    include: {
      places: { include: { place: { select: { slug: true } } } },
      sectors: { include: { sector: { select: { slug: true } } } },
      participants: { orderBy: { position: "asc" } },
      attendeeGroups: { orderBy: { position: "asc" } },
      outcomes: { orderBy: { position: "asc" } },
      sources: true,
    },
  });
  if (!m) return null;
  return {
    slug: m.slug,
    kind: m.kind,
    title: asText(m.title),
    summary: asText(m.summary),
    startsOn: toPartialDateText(m.startsOn, m.datePrecision),
    endsOn: m.endsOn ? toPartialDateText(m.endsOn, m.datePrecision) : undefined,
    dateIsUpperBound: m.dateIsUpperBound,
    dateNote: textField(m.dateNote),
    venue: textField(m.venue),
    placeSlugs: m.places.map((p) => p.place.slug),
    investmentSectorSlugs: m.sectors.filter((s) => s.investmentSought).map((s) => s.sector.slug),
    sectorSlugs: m.sectors.filter((s) => !s.investmentSought).map((s) => s.sector.slug),
    participants: m.participants.map((p) => ({
      personId: p.personId,
      side: p.side,
      title: textField(p.title),
      organisation: textField(p.organisation),
    })),
    attendeeGroups: m.attendeeGroups.map((g) => ({ side: g.side, name: asText(g.name) })),
    outcomes: m.outcomes.map((o) => ({
      description: asText(o.description),
      commitment: o.commitment,
      side: o.side ?? undefined,
      followUp: o.followUp,
      followUpNote: textField(o.followUpNote),
    })),
    sourceIds: m.sources.map((s) => s.sourceId),
  };
}

async function publish(tx: Tx, input: MeetingInput, entityId: number | null) {
  const start = parsePartialDate(input.startsOn);
  const before = entityId
    ? await tx.meeting.findUnique({ where: { id: entityId }, select: { slug: true } })
    : null;
  const fields = {
    slug: input.slug,
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    startsOn: start.date,
    endsOn: input.endsOn ? parsePartialDate(input.endsOn, "end").date : null,
    datePrecision: start.precision,
    dateIsUpperBound: input.dateIsUpperBound,
    dateNote: text(input.dateNote),
    venue: text(input.venue),
  };
  const meeting = entityId
    ? await tx.meeting.update({ where: { id: entityId }, data: fields })
    : await tx.meeting.create({ data: fields });
  const meetingId = meeting.id;
  const [places, sectors] = await Promise.all([
    tx.place.findMany({
      where: { slug: { in: input.placeSlugs } },
      select: { id: true, slug: true },
    }),
    tx.sector.findMany({
      where: { slug: { in: [...input.investmentSectorSlugs, ...input.sectorSlugs] } },
      select: { id: true, slug: true },
    }),
  ]);
  const placeIds = idsOfSlugs(places, input.placeSlugs, "place");
  // A field ticked in both lists is one row: sought, not merely discussed.
  const sought = new Set(idsOfSlugs(sectors, input.investmentSectorSlugs, "sector"));
  const sectorIds = [...new Set([...sought, ...idsOfSlugs(sectors, input.sectorSlugs, "sector")])];
  // The children are the meeting's own: replace them whole, in this same transaction.
  await tx.meetingPlace.deleteMany({ where: { meetingId } });
  await tx.meetingSector.deleteMany({ where: { meetingId } });
  await tx.participant.deleteMany({ where: { meetingId } });
  await tx.attendeeGroup.deleteMany({ where: { meetingId } });
  await tx.outcome.deleteMany({ where: { meetingId } });
  await tx.meetingSource.deleteMany({ where: { meetingId } });
  await tx.meetingPlace.createMany({ data: placeIds.map((placeId) => ({ meetingId, placeId })) });
  await tx.meetingSector.createMany({
    data: sectorIds.map((sectorId) => ({
      meetingId,
      sectorId,
      investmentSought: sought.has(sectorId),
    })),
  });
  await tx.participant.createMany({
    data: input.participants.map((p, position) => ({
      meetingId,
      personId: p.personId,
      side: p.side,
      title: text(p.title),
      organisation: text(p.organisation),
      position,
    })),
  });
  await tx.attendeeGroup.createMany({
    data: input.attendeeGroups.map((g, position) => ({
      meetingId,
      side: g.side,
      name: g.name,
      position,
    })),
  });
  await tx.outcome.createMany({
    data: input.outcomes.map((o, position) => ({
      meetingId,
      description: o.description,
      commitment: o.commitment,
      side: o.side ?? null,
      followUp: o.followUp,
      followUpNote: text(o.followUpNote),
      position,
    })),
  });
  await tx.meetingSource.createMany({
    data: input.sourceIds.map((sourceId) => ({ meetingId, sourceId })),
  });
  const slugs = new Set([input.slug, ...(before ? [before.slug] : [])]);
  return { entityId: meetingId, tags: [tags.meetings, ...[...slugs].map(tags.meeting)] };
}

async function remove(tx: Tx, entityId: number) {
  const meeting = await tx.meeting.delete({ where: { id: entityId }, select: { slug: true } });
  return { tags: [tags.meetings, tags.meeting(meeting.slug)] };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const meetings = await tx.meeting.findMany({
    where: onlyIds(ids),
    select: { id: true, title: true, startsOn: true, datePrecision: true },
    orderBy: { startsOn: "desc" },
  });
  return meetings.map((m) => ({
    id: m.id,
    title: `${toPartialDateText(m.startsOn, m.datePrecision)} · ${asText(m.title).en}`,
  }));
}

export const meetingAdapter: ContentAdapter<MeetingInput> = {
  entityType: "MEETING",
  schema: MeetingInput,
  arrayFields: meetingArrayFields,
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => input.title.en,
};
