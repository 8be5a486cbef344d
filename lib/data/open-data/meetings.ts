import { z } from "zod";
import { tags } from "../../cache-tags";
import { rememberedUntilTagged } from "../../cache/remembered";
import { decodeCursor, pageFrom } from "../../api/cursor";
import { serializePage, serializedRecord, type SerializedPage } from "../../api/http";
import { db } from "../../db-client";
import type { Prisma } from "../../generated/prisma/client";
import type { MeetingKind } from "../../generated/prisma/enums";
import type { Meeting, MeetingDetail } from "../../schemas/api/resources";
import type { MeetingsQuery } from "../../schemas/api/queries";
import { day, optionalText, sourceRefSelect, text } from "./shared";

const meetingSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  summary: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  venue: true,
  places: { select: { place: { select: { slug: true } } }, orderBy: { placeId: "asc" } },
  sectors: { select: { sector: { select: { slug: true } } }, orderBy: { sectorId: "asc" } },
  outcomes: {
    select: { description: true, commitment: true, side: true, followUp: true, followUpNote: true },
    orderBy: { position: "asc" },
  },
  sources: { select: { source: { select: sourceRefSelect } }, orderBy: { sourceId: "asc" } },
} satisfies Prisma.MeetingSelect;

function toMeeting(row: Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>): Meeting {
  return {
    slug: row.slug,
    kind: row.kind,
    title: text(row.title),
    summary: text(row.summary),
    startsOn: day(row.startsOn)!,
    endsOn: day(row.endsOn),
    datePrecision: row.datePrecision,
    venue: optionalText(row.venue),
    places: row.places.map((p) => p.place.slug),
    sectors: row.sectors.map((s) => s.sector.slug),
    outcomes: row.outcomes.map((o) => ({
      ...o,
      description: text(o.description),
      followUpNote: optionalText(o.followUpNote),
    })),
    sources: row.sources.map((s) => s.source),
  };
}

/**
 * Meetings concerning every given place (or a city within it), of a sector, kind and year:
 * the filters of the meetings API, the commitments and the downloads.
 */
export function meetingWhere(filter: {
  places?: (string | undefined)[];
  sector?: string;
  year?: number;
  kind?: MeetingKind;
}) {
  const and: Prisma.MeetingWhereInput[] = [];
  for (const slug of filter.places ?? []) {
    if (slug) and.push({ places: { some: { place: { OR: [{ slug }, { parent: { slug } }] } } } });
  }
  if (filter.sector) and.push({ sectors: { some: { sector: { slug: filter.sector } } } });
  if (filter.year)
    and.push({
      startsOn: {
        gte: new Date(Date.UTC(filter.year, 0, 1)),
        lt: new Date(Date.UTC(filter.year + 1, 0, 1)),
      },
    });
  return { kind: filter.kind, AND: and } satisfies Prisma.MeetingWhereInput;
}

/** Newest first; the cursor is the last meeting's date and id. */
const MeetingCursor = z.strictObject({
  startsOn: z.iso.date(),
  id: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

/** Meetings, newest first, a page at a time, with places, sectors, outcomes and sources: one statement, each page kept by each server until a write to one of its tags. */
export const listMeetingsPage = rememberedUntilTagged(
  [tags.meetings, tags.places, tags.sources],
  meetingsPage,
  { maxEntries: 100 },
);

async function meetingsPage(query: MeetingsQuery): Promise<SerializedPage> {
  const after = decodeCursor(query.cursor, MeetingCursor);
  const where = meetingWhere({
    places: [query.place],
    sector: query.sector,
    year: query.year,
    kind: query.kind,
  });
  if (after) {
    const date = new Date(`${after.startsOn}T00:00:00Z`);
    where.AND.push({ OR: [{ startsOn: { lt: date } }, { startsOn: date, id: { lt: after.id } }] });
  }
  const rows = await db.meeting.findMany({
    where,
    select: meetingSelect,
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  return serializePage<Meeting>(
    pageFrom(rows, query.limit, toMeeting, (row) => ({ startsOn: day(row.startsOn), id: row.id })),
  );
}

/** One meeting by its identifier, kept by each server like the list pages (a missing one too). */
export const getMeetingRecord = rememberedUntilTagged(
  [tags.meetings, tags.places, tags.sources, tags.people],
  serializedRecord(meetingRecord),
  { maxEntries: 500 },
);

async function meetingRecord({ slug }: { slug: string }): Promise<MeetingDetail | null> {
  const row = await db.meeting.findUnique({
    where: { slug },
    select: {
      ...meetingSelect,
      participants: {
        select: { side: true, title: true, organisation: true, person: { select: { name: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    ...toMeeting(row),
    participants: row.participants.map((p) => ({
      name: text(p.person.name),
      side: p.side,
      title: optionalText(p.title),
      organisation: optionalText(p.organisation),
    })),
  };
}
