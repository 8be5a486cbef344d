import "server-only";
import { db } from "../db";
import { formatTerritoryLabel } from "../format/territory";
import {
  Basis,
  Commitment,
  Country,
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
} from "../generated/prisma/enums";
import { getMessages } from "../i18n/messages";
import { asText } from "../i18n/text";
import type { AreaKey } from "./areas";
import type { ValueLabels } from "./diff";

export interface Option {
  value: string;
  label: string;
}

const m = getMessages("en");
const countryName = { VN: "Vietnam", JP: "Japan" } as const;

const enumOptions = <T extends string>(
  values: Record<string, T>,
  labels: Record<T, string>,
): Option[] => Object.values(values).map((value) => ({ value, label: labels[value] }));

async function placeOptions(where: { country?: Country } = {}, withCountries = false) {
  const places = await db.place.findMany({
    where: { ...(withCountries ? {} : { kind: { not: "COUNTRY" as const } }), ...where },
    select: { slug: true, name: true, country: true },
    orderBy: [{ country: "desc" }, { slug: "asc" }],
  });
  return places.map((p) => ({
    value: p.slug,
    label: `${asText(p.name).en} (${countryName[p.country]})`,
  }));
}

async function sourceOptions() {
  const sources = await db.source.findMany({
    select: { id: true, publisher: true, title: true },
    orderBy: [{ publisher: "asc" }, { id: "asc" }],
  });
  return sources.map((s) => ({ value: String(s.id), label: `${s.publisher}: ${s.title}` }));
}

async function meetingOptions() {
  const [places, sectors, people, sources] = await Promise.all([
    placeOptions(),
    sectorOptions(),
    db.person.findMany({ select: { id: true, name: true } }),
    sourceOptions(),
  ]);
  return {
    kinds: enumOptions(MeetingKind, m.meetingKind),
    sides: enumOptions(Side, m.side),
    outcomeSides: enumOptions(OutcomeSide, m.outcomeSide),
    commitments: enumOptions(Commitment, m.commitment),
    followUps: enumOptions(FollowUp, m.followUp),
    places,
    sectors,
    people: people
      .map((p) => ({ value: String(p.id), label: asText(p.name).en }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    sources,
  };
}

async function relationshipOptions() {
  const [vietnamese, japanese, sources] = await Promise.all([
    placeOptions({ country: "VN" }),
    placeOptions({ country: "JP" }),
    sourceOptions(),
  ]);
  return {
    vietnamese,
    japanese,
    kinds: enumOptions(RelationshipKind, m.relationshipKind),
    statuses: enumOptions(RelationshipStatus, m.relationshipStatus),
    evidence: enumOptions(Evidence, m.evidence),
    sources,
  };
}

async function territoryOptions() {
  const territories = await db.territory.findMany({
    select: {
      id: true,
      validFrom: true,
      validFromPrecision: true,
      validTo: true,
      place: { select: { name: true, country: true } },
    },
    orderBy: [{ place: { country: "desc" } }, { place: { slug: "asc" } }, { validFrom: "asc" }],
  });
  return territories.map((t) => ({
    value: String(t.id),
    label: `${formatTerritoryLabel({ ...t, name: asText(t.place.name) }, "en")} (${countryName[t.place.country]})`,
  }));
}

async function figureOptions() {
  const [territories, counterparts, sources] = await Promise.all([
    territoryOptions(),
    db.place.findMany({ where: { kind: "COUNTRY" }, select: { slug: true, name: true } }),
    sourceOptions(),
  ]);
  return {
    territories,
    counterparts: counterparts.map((p) => ({ value: p.slug, label: asText(p.name).en })),
    measures: enumOptions(Measure, m.measure),
    units: enumOptions(Unit, {
      COUNT: "Count",
      USD: "US dollars",
      VND: "Vietnamese dong",
      KM2: "Square kilometres",
      PERSONS: "Persons",
      PERCENT: "Percent",
    }),
    bases: enumOptions(Basis, {
      STOCK: "Stock: a level at a date (e.g. cumulative FDI)",
      FLOW: "Flow: a total over a period (e.g. FDI registered in 2024)",
      ANNUAL_RATE: "Yearly rate: so many a year, as stated at a date (e.g. workers a year)",
    }),
    qualifiers: enumOptions(Qualifier, {
      EXACT: "Exact",
      ABOUT: "About",
      OVER: "Over",
      NEARLY: "Nearly",
    }),
    sources,
  };
}

async function sectorOptions() {
  const sectors = await db.sector.findMany({
    select: { slug: true, name: true },
    orderBy: { slug: "asc" },
  });
  return sectors.map((s) => ({ value: s.slug, label: asText(s.name).en }));
}

async function placeFormOptions() {
  const [parents, sectors, sources] = await Promise.all([
    db.place.findMany({
      select: { slug: true, name: true, country: true },
      orderBy: [{ country: "desc" }, { slug: "asc" }],
    }),
    sectorOptions(),
    sourceOptions(),
  ]);
  return {
    sectors,
    sources,
    kinds: enumOptions(PlaceKind, { ...m.placeKind, MUNICIPALITY: "Municipality (Japan)" }),
    countries: enumOptions(Country, countryName),
    parents: parents.map((p) => ({
      value: p.slug,
      label: `${asText(p.name).en} (${countryName[p.country]})`,
    })),
  };
}

async function territoryFormOptions() {
  const [places, territories, sources] = await Promise.all([
    placeOptions({}, true),
    territoryOptions(),
    sourceOptions(),
  ]);
  return { places, territories, sources };
}

const loaders = {
  meetings: meetingOptions,
  relationships: relationshipOptions,
  figures: figureOptions,
  people: async () => ({}),
  sectors: async () => ({}),
  places: placeFormOptions,
  territories: territoryFormOptions,
  sources: async () => ({ kinds: enumOptions(SourceKind, m.sourceKind) }),
} satisfies Record<AreaKey, () => Promise<Record<string, Option[]>>>;

export type FormOptions = { [K in AreaKey]: Awaited<ReturnType<(typeof loaders)[K]>> };

// Which lists of choices name the values of a field, for readable revision diffs.
const optionsOfField: Record<string, string | string[]> = {
  personId: "people",
  sourceId: "sources",
  sourceIds: "sources",
  territoryId: "territories",
  placeSlugs: "places",
  placeSlug: "places",
  sectorSlugs: "sectors",
  sectorSlug: "sectors",
  vietnamesePlaceSlug: "vietnamese",
  japanesePlaceSlug: "japanese",
  parentSlug: "parents",
  counterpartSlug: "counterparts",
  kind: "kinds",
  // Participants and attendee groups come from one side; an outcome may be both sides'.
  side: ["sides", "outcomeSides"],
  commitment: "commitments",
  followUp: "followUps",
  status: "statuses",
  evidence: "evidence",
  country: "countries",
  measure: "measures",
  unit: "units",
  basis: "bases",
  qualifier: "qualifiers",
};

/** Stored values ("12", "VISIT") with the names the form shows for them. */
export function valueLabels(options: Record<string, Option[]>): ValueLabels {
  const labels: ValueLabels = {};
  for (const [field, lists] of Object.entries(optionsOfField)) {
    const choices = [lists].flat().flatMap((list) => options[list] ?? []);
    if (choices.length > 0)
      labels[field] = Object.fromEntries(choices.map((o) => [o.value, o.label]));
  }
  return labels;
}

/** The choices an area's form offers (a few queries, run in parallel). */
export function getFormOptions<K extends AreaKey>(area: K): Promise<FormOptions[K]> {
  return loaders[area]() as Promise<FormOptions[K]>;
}
