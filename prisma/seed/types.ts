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
  PlaceKind,
  Qualifier,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
  Unit,
} from "../../lib/generated/prisma/enums";

/** English required; Vietnamese and Japanese where a reliable form is known. */
export interface Text {
  en: string;
  vi?: string;
  ja?: string;
}

/** "2023", "2023-11" or "2023-11-30": the precision is the number of parts. */
export type PartialDate = string;

export interface SeedSource {
  key: string;
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
  name: Text;
}

export interface SeedParticipant {
  person: string;
  side: Side;
  title?: Text;
  organisation?: Text;
}

export interface SeedOutcome {
  description: Text;
  commitment: Commitment;
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
  dateNote?: Text;
  venue?: Text;
  places: string[];
  participants: SeedParticipant[];
  sectors: string[];
  outcomes: SeedOutcome[];
  sources: string[];
}

export interface SeedObservation {
  territory: string;
  /** Place slug of the counterpart (e.g. "japan"); omitted for all countries. */
  counterpart?: string;
  measure: Measure;
  /** Full value as a decimal string: US$1.67bn is "1670000000". */
  value: string;
  qualifier?: Qualifier;
  unit: Unit;
  basis: Basis;
  /** STOCK: the date of the level; FLOW: the last month/day/year of the period. */
  asOf: PartialDate;
  /** FLOW only: the first month/day/year of the period. */
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
