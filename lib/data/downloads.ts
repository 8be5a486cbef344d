import "server-only";
import { db } from "../db";
import { asOptionalText, asText } from "../i18n/text";
import { meetingWhere } from "./open-data/meetings";
import { day } from "./open-data/shared";

/** The meetings download's rows: the meetings list's filters, with places, sectors and sources. One statement. */
export async function listDownloadMeetings(filter: {
  province?: string;
  partner?: string;
  sector?: string;
  year?: number;
}) {
  const rows = await db.meeting.findMany({
    where: meetingWhere({
      places: [filter.province, filter.partner],
      sector: filter.sector,
      year: filter.year,
    }),
    select: {
      slug: true,
      kind: true,
      title: true,
      summary: true,
      startsOn: true,
      endsOn: true,
      datePrecision: true,
      venue: true,
      places: { select: { place: { select: { name: true } } }, orderBy: { placeId: "asc" } },
      sectors: { select: { sector: { select: { name: true } } }, orderBy: { sectorId: "asc" } },
      sources: { select: { source: { select: { url: true } } }, orderBy: { sourceId: "asc" } },
      _count: { select: { outcomes: true } },
    },
    orderBy: [{ startsOn: "desc" }, { slug: "asc" }],
  });
  return rows.map((m) => ({
    slug: m.slug,
    kind: m.kind,
    title: asText(m.title),
    summary: asText(m.summary),
    startsOn: day(m.startsOn)!,
    endsOn: day(m.endsOn),
    datePrecision: m.datePrecision,
    venue: asOptionalText(m.venue),
    places: m.places.map((p) => asText(p.place.name)),
    sectors: m.sectors.map((s) => asText(s.sector.name)),
    outcomes: m._count.outcomes,
    sources: m.sources.map((s) => s.source.url),
  }));
}
export type DownloadMeeting = Awaited<ReturnType<typeof listDownloadMeetings>>[number];
