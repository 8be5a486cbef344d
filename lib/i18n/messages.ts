// Interface strings live in messages/<locale>.json, one file per language. English is the
// reference: the other two must match its shape (a missing key fails the type check here,
// and tests/unit/messages.test.ts checks keys and ICU arguments both ways).
import type {
  Commitment,
  Evidence,
  FollowUp,
  Measure,
  MeetingKind,
  OutcomeSide,
  PlaceKind,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
} from "../generated/prisma/enums";
import en from "../../messages/en.json";
import ja from "../../messages/ja.json";
import vi from "../../messages/vi.json";
import type { Locale } from "./config";

export type Messages = typeof en;

export const messages: Record<Locale, Messages> = { en, vi, ja };

// Every value of every enum has a label: a new enum value without one fails here.
type Labels = {
  measure: Record<Measure, string>;
  measureWithCounterpart: Record<Measure, string>;
  placeKind: Record<PlaceKind, string>;
  relationshipKind: Record<RelationshipKind, string>;
  relationshipStatus: Record<RelationshipStatus, string>;
  evidence: Record<Evidence, string>;
  meetingKind: Record<MeetingKind, string>;
  side: Record<Side, string>;
  commitment: Record<Commitment, string>;
  outcomeSide: Record<OutcomeSide, string>;
  followUp: Record<FollowUp, string>;
  sourceKind: Record<SourceKind, string>;
};
en satisfies Labels;

/** A language's whole message tree, for code outside a rendered page (the staff area uses English). */
export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
