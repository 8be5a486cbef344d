// What the open-data API answers, as Zod schemas: its data functions (lib/data/open-data) are typed
// by them and the OpenAPI document is generated from them, so the two cannot drift.
import { z } from "zod";
import {
  Basis,
  Commitment,
  Country,
  DatePrecision,
  Evidence,
  FollowUp,
  Measure,
  MeetingKind,
  OutcomeSide,
  PlaceKind,
  Qualifier,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
  Unit,
} from "../../generated/prisma/enums";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "ISO date (YYYY-MM-DD); see the matching precision field." });
/** Sources' addresses are kept as published: some hold non-ASCII characters (IRIs), so no "uri" format. */
const address = z
  .string()
  .meta({ description: "The web address, as published (may contain non-ASCII characters)." });
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: "Decimal number as a string (never a float)." });

export const Text = z
  .object({ en: z.string(), vi: z.string().optional(), ja: z.string().optional() })
  .meta({
    id: "LocalizedText",
    description: "Text in English, and in Vietnamese and Japanese where translated.",
  });

export const SourceRef = z
  .object({ id: z.number().int(), publisher: z.string(), title: z.string(), url: address })
  .meta({ id: "SourceRef" });

export const Source = z
  .object({
    id: z.number().int(),
    publisher: z.string(),
    title: z.string(),
    url: address,
    publishedOn: isoDate.nullable(),
    publishedPrecision: z.enum(DatePrecision),
    kind: z.enum(SourceKind).meta({
      description:
        "PRIMARY: the publisher's own page; SECONDARY: a report quoting one; MIRROR: a copy to verify against the original.",
    }),
    note: Text.nullable(),
  })
  .meta({ id: "Source" });

export const Place = z
  .object({
    slug: z.string(),
    kind: z.enum(PlaceKind),
    country: z.enum(Country),
    name: Text,
    summary: Text.nullable(),
    parent: z
      .string()
      .nullable()
      .meta({ description: "Slug of the place this one is part of (Vinh is part of Nghe An)." }),
  })
  .meta({ id: "Place" });

export const Relationship = z
  .object({
    slug: z.string(),
    kind: z.enum(RelationshipKind),
    status: z.enum(RelationshipStatus),
    statusAsOf: isoDate.nullable(),
    evidence: z.enum(Evidence),
    since: isoDate.nullable(),
    sincePrecision: z.enum(DatePrecision),
    sinceInferred: z.boolean(),
    endedOn: isoDate.nullable(),
    summary: Text,
    vietnamesePlace: z.string(),
    japanesePlace: z.string(),
    sources: z.array(SourceRef),
  })
  .meta({ id: "Relationship" });

export const Outcome = z
  .object({
    description: Text,
    commitment: z.enum(Commitment),
    side: z.enum(OutcomeSide).nullable().meta({
      description: "Who proposed, agreed or pledged it; null when the sources do not say.",
    }),
    followUp: z.enum(FollowUp),
    followUpNote: Text.nullable(),
  })
  .meta({ id: "Outcome" });

export const Meeting = z
  .object({
    slug: z.string(),
    kind: z.enum(MeetingKind),
    title: Text,
    summary: Text,
    startsOn: isoDate,
    endsOn: isoDate.nullable(),
    datePrecision: z.enum(DatePrecision),
    venue: Text.nullable(),
    places: z.array(z.string()).meta({ description: "Slugs of the places the meeting concerns." }),
    sectors: z.array(z.string()),
    outcomes: z.array(Outcome),
    sources: z.array(SourceRef),
  })
  .meta({ id: "Meeting" });

export const MeetingDetail = Meeting.extend({
  participants: z.array(
    z.object({
      name: Text,
      side: z.enum(Side),
      title: Text.nullable(),
      organisation: Text.nullable(),
    }),
  ),
}).meta({ id: "MeetingDetail" });

/**
 * A figure's decimal columns, read as strings. The SQL that reads figures selects exactly
 * these (lib/data/observation-rows.ts), so issue 8's range is this one line:
 * `low: decimal.nullable(), high: decimal.nullable()`.
 */
export const figureDecimals = {
  value: decimal.meta({
    description: "The number as the source gave it; the low end when the source gave a range.",
  }),
  valueHigh: decimal.nullable().meta({
    description: 'The high end of a range ("about 3,000–4,000 a year"), or null for one number.',
  }),
};

/** One figure as one source reported it. */
export const Figure = z
  .object({
    ...figureDecimals,
    id: z.number().int().meta({ description: "Stable identifier: /api/v1/figures/{id}." }),
    place: z.string(),
    territory: z.object({
      id: z.number().int(),
      label: Text,
      validFrom: isoDate.nullable(),
      validTo: isoDate.nullable(),
    }),
    counterpart: z
      .string()
      .nullable()
      .meta({ description: "`japan`, or null for all countries together." }),
    measure: z.enum(Measure),
    qualifier: z
      .enum(Qualifier)
      .meta({ description: "How the source qualifies the number: over, nearly, about, or exact." }),
    unit: z.enum(Unit),
    basis: z.enum(Basis).meta({
      description:
        "STOCK: a level as of `asOf`; FLOW: a total over `periodStart`–`asOf`; ANNUAL_RATE: so many a year, as stated at `asOf`.",
    }),
    asOf: isoDate,
    periodStart: isoDate.nullable(),
    precision: z.enum(DatePrecision),
    isEstimate: z.boolean(),
    rank: z.number().int().nullable(),
    rankOf: z.number().int().nullable(),
    note: Text.nullable(),
    source: SourceRef,
    conflictGroup: z
      .string()
      .meta({ description: "Figures sharing it are readings of the same thing; compare them." }),
    conflict: z
      .boolean()
      .meta({ description: "Another reading in the group gives a different value." }),
  })
  .meta({ id: "Figure" });

/** A page of a list, with the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({ data: z.array(item), nextCursor: z.string().nullable(), limit: z.number().int() })
    .meta({ id });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export type Source = z.output<typeof Source>;
export type Place = z.output<typeof Place>;
export type Relationship = z.output<typeof Relationship>;
export type Meeting = z.output<typeof Meeting>;
export type MeetingDetail = z.output<typeof MeetingDetail>;
export type Figure = z.output<typeof Figure>;
export type Problem = z.output<typeof Problem>;
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  limit: number;
}
