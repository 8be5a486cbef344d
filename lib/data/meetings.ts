import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { asOptionalText, asText } from "../i18n/text";
import type { MeetingFilter } from "../schemas/meeting-filter";
import { sourceSelect } from "./figures";

const meetingCardSelect = {
  slug: true,
  kind: true,
  title: true,
  summary: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  dateIsUpperBound: true,
  venue: true,
  places: { select: { place: { select: { slug: true, name: true, country: true } } } },
  sectors: { select: { investmentSought: true, sector: { select: { slug: true, name: true } } } },
} satisfies Prisma.MeetingSelect;

function toMeetingCard(row: Prisma.MeetingGetPayload<{ select: typeof meetingCardSelect }>) {
  return {
    slug: row.slug,
    kind: row.kind,
    title: asText(row.title),
    summary: asText(row.summary),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    datePrecision: row.datePrecision,
    dateIsUpperBound: row.dateIsUpperBound,
    venue: asOptionalText(row.venue),
    places: row.places.map(({ place }) => ({
      slug: place.slug,
      country: place.country,
      name: asText(place.name),
    })),
    sectors: row.sectors.map(({ sector, investmentSought }) => ({
      slug: sector.slug,
      name: asText(sector.name),
      investmentSought,
    })),
  };
}
export type MeetingCard = ReturnType<typeof toMeetingCard>;

/** A place or any of its cities (a Vinh meeting belongs on the Nghe An page too). */
const concerning = (slug: string): Prisma.MeetingWhereInput => ({
  places: { some: { place: { OR: [{ slug }, { parent: { slug } }] } } },
});

/** Meetings, newest first, narrowed by the filters; one query. */
export async function listMeetings(
  filter: MeetingFilter = {},
  take?: number,
): Promise<MeetingCard[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meetings, tags.places);
  const and: Prisma.MeetingWhereInput[] = [];
  if (filter.province) and.push(concerning(filter.province));
  if (filter.partner) and.push(concerning(filter.partner));
  if (filter.sector) and.push({ sectors: { some: { sector: { slug: filter.sector } } } });
  if (filter.year) {
    // A meeting known only to be before a date cannot be placed in any one year.
    and.push({
      dateIsUpperBound: false,
      startsOn: {
        gte: new Date(Date.UTC(filter.year, 0, 1)),
        lt: new Date(Date.UTC(filter.year + 1, 0, 1)),
      },
    });
  }
  const rows = await db.meeting.findMany({
    where: { AND: and },
    select: meetingCardSelect,
    orderBy: [{ startsOn: "desc" }, { slug: "asc" }],
    take,
  });
  return rows.map(toMeetingCard);
}

/** The choices the meetings filter offers: only values some meeting has. */
export async function listMeetingFacets() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meetings, tags.places);
  const [places, sectors, years] = await Promise.all([
    db.place.findMany({
      where: {
        OR: [{ meetings: { some: {} } }, { children: { some: { meetings: { some: {} } } } }],
        kind: { not: "COUNTRY" },
      },
      select: { slug: true, name: true, country: true, kind: true },
      orderBy: { slug: "asc" },
    }),
    db.sector.findMany({
      where: { meetings: { some: {} } },
      select: { slug: true, name: true },
      orderBy: { slug: "asc" },
    }),
    db.$queryRaw<
      { year: number }[]
    >`SELECT DISTINCT EXTRACT(YEAR FROM "startsOn")::int AS year FROM "Meeting" WHERE NOT "dateIsUpperBound" ORDER BY year DESC`,
  ]);
  const option = (p: { slug: string; name: unknown }) => ({ slug: p.slug, name: asText(p.name) });
  return {
    provinces: places.filter((p) => p.kind === "PROVINCE").map(option),
    partners: places.filter((p) => p.country === "JP").map(option),
    sectors: sectors.map(option),
    years: years.map((y) => y.year),
  };
}

/** One meeting with its participants, attendee groups, outcomes, sectors and sources; one query. */
export async function getMeetingBySlug(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meeting(slug), tags.meetings, tags.people, tags.sources);
  const row = await db.meeting.findUnique({
    where: { slug },
    select: {
      ...meetingCardSelect,
      dateNote: true,
      participants: {
        select: { side: true, title: true, organisation: true, person: { select: { name: true } } },
        orderBy: { position: "asc" },
      },
      attendeeGroups: { select: { side: true, name: true }, orderBy: { position: "asc" } },
      outcomes: {
        select: {
          description: true,
          commitment: true,
          side: true,
          followUp: true,
          followUpNote: true,
        },
        orderBy: { position: "asc" },
      },
      sources: { select: { source: { select: sourceSelect } } },
    },
  });
  if (!row) return null;
  return {
    ...toMeetingCard(row),
    dateNote: asOptionalText(row.dateNote),
    participants: row.participants.map((p) => ({
      side: p.side,
      name: asText(p.person.name),
      title: asOptionalText(p.title),
      organisation: asOptionalText(p.organisation),
    })),
    attendeeGroups: row.attendeeGroups.map((g) => ({ side: g.side, name: asText(g.name) })),
    outcomes: row.outcomes.map((o) => ({
      description: asText(o.description),
      commitment: o.commitment,
      side: o.side,
      followUp: o.followUp,
      followUpNote: asOptionalText(o.followUpNote),
    })),
    sources: row.sources.map((s) => s.source),
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingBySlug>>>;

export async function listMeetingSlugs(): Promise<string[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meetings);
  return (await db.meeting.findMany({ select: { slug: true } })).map((m) => m.slug);
}
