import { tags } from "../../cache-tags";
import { Prisma } from "../../generated/prisma/client";
import { asOptionalText, asText } from "../../i18n/text";
import { parsePartialDate, toPartialDateText } from "../../partial-date";
import { MeetingInput } from "../../schemas/meeting";
import type { ContentAdapter, Tx } from "../types";

// An emptied optional text must clear the column, not leave the old value in place.
const text = (value: unknown) => (value ? (value as Prisma.InputJsonValue) : Prisma.DbNull);

async function loadPublished(tx: Tx, id: number): Promise<MeetingInput | null> {
  const m = await tx.meeting.findUnique({
    where: { id },
    include: {
      places: { include: { place: { select: { slug: true } } } },
      sectors: { include: { sector: { select: { slug: true } } } },
      participants: { orderBy: { position: "asc" } },
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
    dateNote: asOptionalText(m.dateNote) ?? undefined,
    venue: asOptionalText(m.venue) ?? undefined,
    placeSlugs: m.places.map((p) => p.place.slug),
    sectorSlugs: m.sectors.map((s) => s.sector.slug),
    participants: m.participants.map((p) => ({
      personId: p.personId,
      side: p.side,
      title: asOptionalText(p.title) ?? undefined,
      organisation: asOptionalText(p.organisation) ?? undefined,
    })),
    outcomes: m.outcomes.map((o) => ({
      description: asText(o.description),
      commitment: o.commitment,
      followUp: o.followUp,
      followUpNote: asOptionalText(o.followUpNote) ?? undefined,
    })),
    sourceIds: m.sources.map((s) => s.sourceId),
  };
}

async function publish(tx: Tx, input: MeetingInput, entityId: number | null) {
  const start = parsePartialDate(input.startsOn);
  const before = entityId ? await tx.meeting.findUnique({ where: { id: entityId }, select: { slug: true } }) : null;
  const fields = {
    slug: input.slug,
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    startsOn: start.date,
    endsOn: input.endsOn ? parsePartialDate(input.endsOn, "end").date : null,
    datePrecision: start.precision,
    dateNote: text(input.dateNote),
    venue: text(input.venue),
  };
  const meeting = entityId ? await tx.meeting.update({ where: { id: entityId }, data: fields }) : await tx.meeting.create({ data: fields });
  const meetingId = meeting.id;
  const [places, sectors] = await Promise.all([
    tx.place.findMany({ where: { slug: { in: input.placeSlugs } }, select: { id: true } }),
    tx.sector.findMany({ where: { slug: { in: input.sectorSlugs } }, select: { id: true } }),
  ]);
  // The children are the meeting's own: replace them whole, in this same transaction.
  await tx.meetingPlace.deleteMany({ where: { meetingId } });
  await tx.meetingSector.deleteMany({ where: { meetingId } });
  await tx.participant.deleteMany({ where: { meetingId } });
  await tx.outcome.deleteMany({ where: { meetingId } });
  await tx.meetingSource.deleteMany({ where: { meetingId } });
  await tx.meetingPlace.createMany({ data: places.map((p) => ({ meetingId, placeId: p.id })) });
  await tx.meetingSector.createMany({ data: sectors.map((s) => ({ meetingId, sectorId: s.id })) });
  await tx.participant.createMany({
    data: input.participants.map((p, position) => ({ meetingId, personId: p.personId, side: p.side, title: text(p.title), organisation: text(p.organisation), position })),
  });
  await tx.outcome.createMany({
    data: input.outcomes.map((o, position) => ({ meetingId, description: o.description, commitment: o.commitment, followUp: o.followUp, followUpNote: text(o.followUpNote), position })),
  });
  await tx.meetingSource.createMany({ data: input.sourceIds.map((sourceId) => ({ meetingId, sourceId })) });
  const slugs = new Set([input.slug, ...(before ? [before.slug] : [])]);
  return { entityId: meetingId, tags: [tags.meetings, ...[...slugs].map(tags.meeting)] };
}

async function remove(tx: Tx, entityId: number) {
  const meeting = await tx.meeting.delete({ where: { id: entityId }, select: { slug: true } });
  return { tags: [tags.meetings, tags.meeting(meeting.slug)] };
}

export const meetingAdapter: ContentAdapter<MeetingInput> = {
  entityType: "MEETING",
  schema: MeetingInput,
  loadPublished,
  publish,
  remove,
  describe: (input) => input.title.en,
};
