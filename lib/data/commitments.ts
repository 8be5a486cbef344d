// "What came of it?": every outcome recorded at any meeting, with its commitment, follow-up
// and the meeting it was made at. One statement.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type {
  Commitment,
  Country,
  DatePrecision,
  FollowUp,
  OutcomeSide,
} from "../generated/prisma/enums";
import { asOptionalText, asText, type LocalizedText } from "../i18n/text";
import type { CommitmentFilter } from "../schemas/commitments";
import { meetingWhere } from "./open-data/meetings";

export interface CommitmentRecord {
  description: LocalizedText;
  commitment: Commitment;
  /** Who proposed, agreed or pledged it; null when the sources do not say. */
  side: OutcomeSide | null;
  followUp: FollowUp;
  followUpNote: LocalizedText | null;
  meeting: {
    slug: string;
    title: LocalizedText;
    startsOn: string;
    endsOn: string | null;
    datePrecision: DatePrecision;
    dateIsUpperBound: boolean;
  };
  /** The places the meeting brought together. */
  places: { slug: string; name: LocalizedText; country: Country }[];
}

const commitmentSelect = {
  description: true,
  commitment: true,
  side: true,
  followUp: true,
  followUpNote: true,
  meeting: {
    select: {
      slug: true,
      title: true,
      startsOn: true,
      endsOn: true,
      datePrecision: true,
      dateIsUpperBound: true,
      places: {
        select: { place: { select: { slug: true, name: true, country: true } } },
        orderBy: { placeId: "asc" },
      },
    },
  },
} satisfies Prisma.OutcomeSelect;

/** Outcomes, newest meeting first (in the order recorded within a meeting), narrowed by the filter. */
export async function listCommitments(filter: CommitmentFilter): Promise<CommitmentRecord[]> {
  const rows = await db.outcome.findMany({
    where: {
      commitment: filter.commitment,
      side: filter.side,
      followUp: filter.status,
      meeting: meetingWhere({ places: [filter.province, filter.partner], year: filter.year }),
    },
    select: commitmentSelect,
    orderBy: [{ meeting: { startsOn: "desc" } }, { meetingId: "asc" }, { position: "asc" }],
  });
  return rows.map((row) => ({
    description: asText(row.description),
    commitment: row.commitment,
    side: row.side,
    followUp: row.followUp,
    followUpNote: asOptionalText(row.followUpNote),
    meeting: {
      slug: row.meeting.slug,
      title: asText(row.meeting.title),
      startsOn: row.meeting.startsOn.toISOString().slice(0, 10),
      endsOn: row.meeting.endsOn?.toISOString().slice(0, 10) ?? null,
      datePrecision: row.meeting.datePrecision,
      dateIsUpperBound: row.meeting.dateIsUpperBound,
    },
    places: row.meeting.places.map(({ place }) => ({
      slug: place.slug,
      name: asText(place.name),
      country: place.country,
    })),
  }));
}

/** The commitments page's read: cached per filter, invalidated when a meeting or place is published. */
export async function listPublishedCommitments(
  filter: CommitmentFilter,
): Promise<CommitmentRecord[]> {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meetings, tags.places);
  return listCommitments(filter);
}
