import type {
  Basis,
  Commitment,
  Evidence,
  FollowUp,
  Measure,
  OutcomeSide,
  MeetingKind,
  PlaceKind,
  RelationshipKind,
  RelationshipStatus,
  Side,
  SourceKind,
} from "../generated/prisma/enums";
import type { Locale } from "./config";

// Interface strings. Vietnamese and Japanese get their own objects of the same type.
const en = {
  site: {
    name: "Vietnam–Japan Partnership Portal",
    shortName: "VN–JP Partnership",
    tagline: "Bac Ninh, Nghe An and their Japanese partners: relationships, meetings and investment, each figure with its source.",
    skip: "Skip to content",
    nav: { home: "Home", provinces: "Provinces", partners: "Partners", meetings: "Meetings", investment: "Investment", sources: "Sources" },
    footer: "Every figure on this site shows who published it and when. Where sources disagree, both are shown.",
  },
  // The web server's own page while the database is not answering (lib/server/unavailable-page.ts).
  unavailable: {
    title: "Temporarily unavailable",
    heading: "This page is temporarily unavailable",
    body: "Part of the portal is not answering just now. Province and partner profiles, meetings and investment figures are still available; this page should be back within a few minutes.",
    home: "Go to the home page",
    reference: "Reference",
    apiError: "The database is temporarily unavailable. Try again shortly.",
  },
  errorPage: {
    heading: "Something went wrong",
    body: "The page could not be shown just now. Please try again in a moment.",
    retry: "Try again",
    reference: "Reference",
  },
  measure: {
    FDI_PROJECTS: "FDI projects",
    FDI_REGISTERED_CAPITAL: "FDI registered capital",
    ODA_PROJECTS: "ODA projects",
    ODA_VALUE: "ODA value",
    ODA_PROJECTS_UNDER_WAY: "ODA projects under way",
    ODA_VALUE_UNDER_WAY: "Value of ODA projects under way",
    EXPORTS: "Exports",
    IMPORTS: "Imports",
    TRADE: "Trade (exports + imports)",
    WORKERS: "Workers",
    WORKERS_SENT_ABROAD: "Workers going abroad to work",
    GRDP: "GRDP (current prices)",
    GRDP_GROWTH: "GRDP growth",
    AREA: "Area",
    POPULATION: "Population",
  } satisfies Record<Measure, string>,
  /** A measure with its counterpart: the investor, donor, trading partner or destination. */
  measureWithCounterpart: {
    FDI_PROJECTS: "FDI projects from {counterpart}",
    FDI_REGISTERED_CAPITAL: "FDI registered capital from {counterpart}",
    ODA_PROJECTS: "ODA projects funded by {counterpart}",
    ODA_VALUE: "ODA from {counterpart}",
    ODA_PROJECTS_UNDER_WAY: "ODA projects funded by {counterpart} under way",
    ODA_VALUE_UNDER_WAY: "Value of ODA projects funded by {counterpart} under way",
    EXPORTS: "Exports to {counterpart}",
    IMPORTS: "Imports from {counterpart}",
    TRADE: "Trade with {counterpart}",
    WORKERS: "Workers ({counterpart})",
    WORKERS_SENT_ABROAD: "Workers going to work in {counterpart}",
    GRDP: "GRDP ({counterpart})",
    GRDP_GROWTH: "GRDP growth ({counterpart})",
    AREA: "Area ({counterpart})",
    POPULATION: "Population ({counterpart})",
  } satisfies Record<Measure, string>,
  basis: { STOCK: "as of", FLOW: "in", ANNUAL_RATE: "a year" } satisfies Record<Basis, string>,
  figure: {
    /** After a yearly rate: "about 3,000–4,000 workers a year". */
    perYear: "a year",
    /** The noun after a count, where the measure has one. */
    countNoun: {
      FDI_PROJECTS: "projects",
      ODA_PROJECTS: "projects",
      ODA_PROJECTS_UNDER_WAY: "projects",
      WORKERS_SENT_ABROAD: "workers",
    } as Partial<Record<Measure, string>>,
    people: "people",
    sourcesDisagree: "Sources disagree",
    differentUnits: "In different currencies: not converted",
  },
  placeKind: {
    COUNTRY: "Country",
    PROVINCE: "Province",
    CITY: "City",
    PREFECTURE: "Prefecture",
    MUNICIPALITY: "City",
  } satisfies Record<PlaceKind, string>,
  relationshipKind: {
    FRIENDSHIP_AGREEMENT: "Friendship agreement",
    MEMORANDUM_OF_COOPERATION: "Memorandum of cooperation",
    LETTER_OF_INTENT: "Letter of intent",
    SISTER_CITY: "Sister-city (twinning)",
    INFORMAL_FRIENDLY_RELATIONS: "Informal friendly relations",
  } satisfies Record<RelationshipKind, string>,
  relationshipStatus: {
    PROPOSED: "Proposed",
    SIGNED: "Signed",
    ACTIVE: "Active",
    LAPSED: "Lapsed",
  } satisfies Record<RelationshipStatus, string>,
  evidence: {
    DOCUMENTED: "Documented: a dated signing is reported",
    STATED: "Stated: sources say it exists; no document or exact date found",
    PROPOSAL_ONLY: "Proposal only: no signed document found",
  } satisfies Record<Evidence, string>,
  meetingKind: {
    VISIT: "Visit",
    CONFERENCE: "Conference",
    FORUM: "Forum",
    SIGNING: "Signing",
    RECEPTION: "Reception",
    SEMINAR: "Seminar",
    WORKING_SESSION: "Working session",
    CULTURAL_EVENT: "Cultural event",
  } satisfies Record<MeetingKind, string>,
  side: { VIETNAM: "Vietnamese side", JAPAN: "Japanese side", OTHER: "Other" } satisfies Record<Side, string>,
  commitment: { PROPOSED: "Proposed", AGREED: "Agreed", PLEDGED: "Pledged" } satisfies Record<Commitment, string>,
  outcomeSide: { VIETNAM: "Vietnamese side", JAPAN: "Japanese side", BOTH: "Both sides", OTHER: "Other" } satisfies Record<OutcomeSide, string>,
  profile: {
    trade: "Trade and labour",
    tradeIntro: "Trade flows are for the period shown; yearly rates are as the source stated them, ranges included.",
    seeksIntro: "Fields the province has said it wants investment in, as each source reports it.",
    /** The list of sectors one statement names. */
    fields: "Fields",
  },
  meeting: {
    /** A date the sources give only as a bound: "before 30 Nov 2023". */
    before: "before",
    alsoPresent: "Also present",
    investmentSought: "Fields where investment was sought",
    otherSectors: "Also discussed",
    sectorsDiscussed: "Sectors discussed",
    outcomesIntro: "What each side asked for, agreed or promised, as the sources report it. What came of it is noted where known.",
    /** Outcome groups, in the order a reader scans them. */
    outcomeGroup: {
      PROPOSED: "Asked for or proposed",
      AGREED: "Agreed",
      PLEDGED: "Promised (pledged)",
    } satisfies Record<Commitment, string>,
    sideNotStated: "Side not stated in the sources",
  },
  followUp: {
    NOT_STARTED: "Not started",
    IN_PROGRESS: "In progress",
    DONE: "Done",
    STALLED: "Stalled",
    UNKNOWN: "Follow-up not known",
  } satisfies Record<FollowUp, string>,
  sourceKind: {
    PRIMARY: "Original publisher",
    SECONDARY: "Secondary report",
    MIRROR: "Re-post or mirror (verify against the original)",
  } satisfies Record<SourceKind, string>,
  // Downloads (CSV/JSON) and the meetings feed (lib/downloads, app/api/downloads, app/api/feeds).
  downloads: {
    /** The compiled data's licence; the figures stay the work of the sources named beside them. */
    licence:
      "Compiled data: Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/. Each figure remains the work of the source named with it.",
    /** {table}, {url}, {date} are filled in. */
    citation: "Vietnam–Japan Partnership Portal, {table}. {url} (retrieved {date}).",
    tables: {
      figures: "Figures (investment, aid, trade and other observations)",
      meetings: "Meetings",
      commitments: "Commitments made at meetings",
      sources: "Sources",
    },
    yes: "yes",
    no: "no",
  },
  feed: {
    title: "Vietnam–Japan Partnership Portal: meetings",
    subtitle: "Meetings between Bac Ninh, Nghe An and their Japanese partners, as they are published.",
  },
};

export type Messages = typeof en;

const catalogue: Record<Locale, Messages> = { en, vi: en, ja: en };

export function getMessages(locale: Locale): Messages {
  return catalogue[locale];
}
