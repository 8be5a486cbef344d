// The shape of the seed data: the project's own copy of sourced facts (see ./data).
// Keys ("key", "slug") link records to each other inside the seed; the database uses ids.
import type {
  Basis,
  Commitment,
  Country,
  Currency,
  Evidence,
  FollowUp,
  MeetingKind,
  Measure,
  OutcomeSide,
  PlaceKind,
  Qualifier,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
  Unit,
} from "../../lib/generated/prisma/enums";

/**
 * A text the portal wrote, in all three languages: the seed carries every translation, so a
 * missing one fails the type check rather than a reader's page.
 */
export interface Text {
  en: string;
  vi: string;
  ja: string;
}

/**
 * A person's name is written, not translated: a form in Vietnamese or Japanese only where the
 * sources give one (a Japanese page shows a Vietnamese name in its Vietnamese form).
 */
export interface Name {
  en: string;
  vi?: string;
  ja?: string;
}

/** "2023", "2023-11" or "2023-11-30": the precision is the number of parts. */
export type PartialDate = string;

/** The language a source is written in (ISO 639-1): "vi" for a Vietnamese page, "fr" for a French edition. */
export type SourceLanguage = "en" | "vi" | "ja" | "fr" | "ru" | "es" | "id" | "no" | "zh";

export interface SeedSource {
  key: string;
  /** Decides which of the portal's texts from this source are "original" in that language. */
  language: SourceLanguage;
  publisher: string;
  title: string;
  url: string;
  publishedOn?: PartialDate;
  kind?: SourceKind;
  note?: Text;
}

export interface SeedTerritory {
  key: string;
  validFrom?: PartialDate;
  validTo?: PartialDate;
  note?: Text;
}

export interface SeedPlace {
  slug: string;
  kind: PlaceKind;
  country: Country;
  name: Text;
  summary?: Text;
  parent?: string;
  territories: SeedTerritory[];
}

export interface SeedSuccession {
  predecessor: string;
  successor: string;
  effectiveOn: PartialDate;
  note?: Text;
  source?: string;
}

export interface SeedRelationship {
  slug: string;
  vietnamese: string;
  japanese: string;
  kind: RelationshipKind;
  status: RelationshipStatus;
  statusAsOf?: PartialDate;
  evidence: Evidence;
  since?: PartialDate;
  sinceInferred?: boolean;
  summary: Text;
  sources: string[];
}

export interface SeedSector {
  slug: string;
  name: Text;
}

export interface SeedPerson {
  key: string;
  name: Name;
}

export interface SeedParticipant {
  person: string;
  side: Side;
  title?: Text;
  organisation?: Text;
}

/** Attendees a source names only as a group ("Japanese firms and business associations"). */
export interface SeedAttendeeGroup {
  side: Side;
  name: Text;
}

export interface SeedOutcome {
  description: Text;
  commitment: Commitment;
  /** Who proposed, agreed or pledged it; omitted only when the sources do not say. */
  side?: OutcomeSide;
  followUp?: FollowUp;
  followUpNote?: Text;
}

export interface SeedMeeting {
  slug: string;
  kind: MeetingKind;
  title: Text;
  summary: Text;
  startsOn: PartialDate;
  endsOn?: PartialDate;
  /** The sources give no date: the meeting took place before `startsOn` (say why in dateNote). */
  dateIsUpperBound?: boolean;
  dateNote?: Text;
  venue?: Text;
  places: string[];
  participants: SeedParticipant[];
  attendeeGroups?: SeedAttendeeGroup[];
  /** Fields the Vietnamese side said it seeks investment in (sector slugs). */
  investmentSought?: string[];
  /** Other sectors discussed. */
  sectors: string[];
  outcomes: SeedOutcome[];
  sources: string[];
}

export interface SeedObservation {
  territory: string;
  /** Place slug of the counterpart (e.g. "japan"); omitted for all countries. */
  counterpart?: string;
  measure: Measure;
  /** Full value as a decimal string: US$1.67bn is "1670000000"; the low end of a range. */
  value: string;
  /** The high end when the source gives a range ("3,000–4,000": value "3000", valueHigh "4000"). */
  valueHigh?: string;
  qualifier?: Qualifier;
  unit: Unit;
  basis: Basis;
  /** STOCK: the date of the level; FLOW: the last month/day/year of the period; ANNUAL_RATE: when stated. */
  asOf: PartialDate;
  /** FLOW (and ANNUAL_RATE when the source names the years): the first month/day/year of the period. */
  periodStart?: PartialDate;
  isEstimate?: boolean;
  rank?: number;
  rankOf?: number;
  note?: Text;
  source: string;
}

export interface SeedInvestmentPriority {
  place: string;
  sector: string;
  note?: Text;
  source: string;
}

/** An annual average: `rate` units of `quote` per one `base`, over the calendar year. */
export interface SeedExchangeRate {
  base: Currency;
  quote: Currency;
  year: number;
  /** Decimal string, as published. */
  rate: string;
  source: string;
}
