// Loads the project's seed data (./data) by natural keys (slug, url, key), so running it
// twice changes nothing. `npm start` runs it only on an empty database, so editors' work
// is never overwritten; `npm run db:seed` re-applies it on purpose.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Database } from "../../lib/prisma-client";
import { parsePartialDate } from "../../lib/partial-date";
import { rebuildSearchIndex } from "../../lib/search/index-records";
import * as data from "./data";
import { optionalSeedText, originOf, seedText } from "./texts";
import type { Name, SeedMeeting, SeedObservation, SeedPlace, Text } from "./types";

type Tx = Prisma.TransactionClient;
type Ids = Map<string, number>;

function lookup(ids: Ids, kind: string, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed data refers to unknown ${kind} "${key}"`);
  return id;
}

/** A person's name: written, not translated, so it carries no translation state. */
const nameJson = (name: Name) => ({ ...name });

async function seedSources(tx: Tx): Promise<Ids> {
  const ids: Ids = new Map();
  for (const source of [...data.sources, ...data.exchangeRateSources]) {
    const published = source.publishedOn ? parsePartialDate(source.publishedOn) : undefined;
    const fields = {
      publisher: source.publisher,
      title: source.title,
      publishedOn: published?.date ?? null,
      publishedPrecision: published?.precision ?? "DAY",
      kind: source.kind ?? "PRIMARY",
      note: optionalSeedText(source.note),
    };
    const row = await tx.source.upsert({ where: { url: source.url }, create: { url: source.url, ...fields }, update: fields });
    ids.set(source.key, row.id);
  }
  return ids;
}

async function seedPlace(tx: Tx, place: SeedPlace, placeIds: Ids, territoryIds: Ids) {
  const fields = {
    kind: place.kind,
    country: place.country,
    // A place's own language writes its name; the other two transcribe it.
    name: seedText(place.name, place.country === "VN" ? "vi" : "ja"),
    summary: optionalSeedText(place.summary),
    parentId: place.parent ? lookup(placeIds, "place", place.parent) : null,
  };
  const row = await tx.place.upsert({ where: { slug: place.slug }, create: { slug: place.slug, ...fields }, update: fields });
  placeIds.set(place.slug, row.id);
  for (const territory of place.territories) {
    const from = territory.validFrom ? parsePartialDate(territory.validFrom) : undefined;
    const fields = {
      placeId: row.id,
      validFrom: from?.date ?? null,
      validFromPrecision: from?.precision ?? "DAY",
      validTo: territory.validTo ? parsePartialDate(territory.validTo, "end").date : null,
      note: optionalSeedText(territory.note),
    };
    const existing = await tx.territory.findFirst({ where: { placeId: row.id, validFrom: fields.validFrom } });
    const saved = existing
      ? await tx.territory.update({ where: { id: existing.id }, data: fields })
      : await tx.territory.create({ data: fields });
    territoryIds.set(territory.key, saved.id);
  }
}

async function seedPlaces(tx: Tx, sourceIds: Ids) {
  const placeIds: Ids = new Map();
  const territoryIds: Ids = new Map();
  // Parents first, so children can point at them.
  const ordered = [...data.places].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const place of ordered) await seedPlace(tx, place, placeIds, territoryIds);
  for (const succession of data.successions) {
    const key = {
      predecessorId: lookup(territoryIds, "territory", succession.predecessor),
      successorId: lookup(territoryIds, "territory", succession.successor),
    };
    const fields = {
      effectiveOn: parsePartialDate(succession.effectiveOn).date,
      note: optionalSeedText(succession.note, originOf(succession.source ? [succession.source] : [])),
      sourceId: succession.source ? lookup(sourceIds, "source", succession.source) : null,
    };
    await tx.territorySuccession.upsert({
      where: { predecessorId_successorId: key },
      create: { ...key, ...fields },
      update: fields,
    });
  }
  return { placeIds, territoryIds };
}

async function seedRelationships(tx: Tx, placeIds: Ids, sourceIds: Ids) {
  for (const r of data.relationships) {
    const since = r.since ? parsePartialDate(r.since) : undefined;
    const statusAsOf = r.statusAsOf ? parsePartialDate(r.statusAsOf, "end") : undefined;
    const fields = {
      vietnamesePlaceId: lookup(placeIds, "place", r.vietnamese),
      japanesePlaceId: lookup(placeIds, "place", r.japanese),
      kind: r.kind,
      status: r.status,
      statusAsOf: statusAsOf?.date ?? null,
      statusAsOfPrecision: statusAsOf?.precision ?? "DAY",
      evidence: r.evidence,
      since: since?.date ?? null,
      sincePrecision: since?.precision ?? "DAY",
      sinceInferred: r.sinceInferred ?? false,
      summary: seedText(r.summary, originOf(r.sources)),
    };
    const row = await tx.relationship.upsert({ where: { slug: r.slug }, create: { slug: r.slug, ...fields }, update: fields });
    await tx.relationshipSource.deleteMany({ where: { relationshipId: row.id } });
    await tx.relationshipSource.createMany({
      data: r.sources.map((key) => ({ relationshipId: row.id, sourceId: lookup(sourceIds, "source", key) })),
    });
  }
}

async function seedSectorsAndPeople(tx: Tx) {
  const sectorIds: Ids = new Map();
  for (const sector of data.sectors) {
    const row = await tx.sector.upsert({
      where: { slug: sector.slug },
      create: { slug: sector.slug, name: seedText(sector.name) },
      update: { name: seedText(sector.name) },
    });
    sectorIds.set(sector.slug, row.id);
  }
  const personIds: Ids = new Map();
  for (const person of data.people) {
    const existing = await tx.person.findFirst({ where: { name: { path: ["en"], equals: person.name.en } } });
    const row = existing
      ? await tx.person.update({ where: { id: existing.id }, data: { name: nameJson(person.name) } })
      : await tx.person.create({ data: { name: nameJson(person.name) } });
    personIds.set(person.key, row.id);
  }
  return { sectorIds, personIds };
}

async function seedMeeting(tx: Tx, m: SeedMeeting, ids: Record<"place" | "source" | "sector" | "person", Ids>) {
  const start = parsePartialDate(m.startsOn);
  // Every text of a meeting comes from its sources.
  const origin = originOf(m.sources);
  const text = (value: Text) => seedText(value, origin);
  const optionalText = (value: Text | undefined) => optionalSeedText(value, origin);
  const fields = {
    kind: m.kind,
    title: text(m.title),
    summary: text(m.summary),
    startsOn: start.date,
    endsOn: m.endsOn ? parsePartialDate(m.endsOn, "end").date : null,
    datePrecision: start.precision,
    dateIsUpperBound: m.dateIsUpperBound ?? false,
    dateNote: optionalText(m.dateNote),
    venue: optionalText(m.venue),
  };
  const row = await tx.meeting.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...fields }, update: fields });
  const meetingId = row.id;
  // Children are replaced whole: the seed is their definition.
  await Promise.all([
    tx.meetingPlace.deleteMany({ where: { meetingId } }),
    tx.participant.deleteMany({ where: { meetingId } }),
    tx.attendeeGroup.deleteMany({ where: { meetingId } }),
    tx.meetingSector.deleteMany({ where: { meetingId } }),
    tx.outcome.deleteMany({ where: { meetingId } }),
    tx.meetingSource.deleteMany({ where: { meetingId } }),
  ]);
  await tx.meetingPlace.createMany({ data: m.places.map((slug) => ({ meetingId, placeId: lookup(ids.place, "place", slug) })) });
  await tx.participant.createMany({
    data: m.participants.map((p, position) => ({
      meetingId,
      personId: lookup(ids.person, "person", p.person),
      side: p.side,
      title: optionalText(p.title),
      organisation: optionalText(p.organisation),
      position,
    })),
  });
  await tx.attendeeGroup.createMany({
    data: (m.attendeeGroups ?? []).map((g, position) => ({ meetingId, side: g.side, name: text(g.name), position })),
  });
  const sought = m.investmentSought ?? [];
  await tx.meetingSector.createMany({
    data: [...sought, ...m.sectors].map((slug) => ({ meetingId, sectorId: lookup(ids.sector, "sector", slug), investmentSought: sought.includes(slug) })),
  });
  await tx.outcome.createMany({
    data: m.outcomes.map((o, position) => ({
      meetingId,
      description: text(o.description),
      commitment: o.commitment,
      side: o.side ?? null,
      followUp: o.followUp ?? "UNKNOWN",
      followUpNote: optionalText(o.followUpNote),
      position,
    })),
  });
  await tx.meetingSource.createMany({ data: m.sources.map((key) => ({ meetingId, sourceId: lookup(ids.source, "source", key) })) });
}

async function seedObservation(tx: Tx, o: SeedObservation, ids: Record<"place" | "territory" | "source", Ids>) {
  const asOf = parsePartialDate(o.asOf, "end");
  const key = {
    territoryId: lookup(ids.territory, "territory", o.territory),
    counterpartId: o.counterpart ? lookup(ids.place, "place", o.counterpart) : null,
    measure: o.measure,
    asOf: asOf.date,
    periodStart: o.periodStart ? parsePartialDate(o.periodStart).date : null,
    sourceId: lookup(ids.source, "source", o.source),
  };
  const fields = {
    value: o.value,
    valueHigh: o.valueHigh ?? null,
    qualifier: o.qualifier ?? "EXACT",
    unit: o.unit,
    basis: o.basis,
    precision: asOf.precision,
    isEstimate: o.isEstimate ?? false,
    rank: o.rank ?? null,
    rankOf: o.rankOf ?? null,
    note: optionalSeedText(o.note, originOf([o.source])),
  };
  const existing = await tx.observation.findFirst({ where: key, select: { id: true } });
  if (existing) await tx.observation.update({ where: { id: existing.id }, data: fields });
  else await tx.observation.create({ data: { ...key, ...fields } });
}

async function seedExchangeRates(tx: Tx, sourceIds: Ids) {
  for (const r of data.exchangeRates) {
    const key = { base: r.base, quote: r.quote, year: r.year, sourceId: lookup(sourceIds, "source", r.source) };
    await tx.exchangeRate.upsert({ where: { base_quote_year_sourceId: key }, create: { ...key, rate: r.rate }, update: { rate: r.rate } });
  }
}

export async function seedDatabase(db: Database) {
  await db.$transaction(
    async (tx) => {
      const sourceIds = await seedSources(tx);
      const { placeIds, territoryIds } = await seedPlaces(tx, sourceIds);
      await seedRelationships(tx, placeIds, sourceIds);
      const { sectorIds, personIds } = await seedSectorsAndPeople(tx);
      const ids = { place: placeIds, source: sourceIds, sector: sectorIds, person: personIds, territory: territoryIds };
      for (const meeting of data.meetings) await seedMeeting(tx, meeting, ids);
      for (const observation of data.observations) await seedObservation(tx, observation, ids);
      for (const priority of data.investmentPriorities) {
        const key = { placeId: lookup(placeIds, "place", priority.place), sectorId: lookup(sectorIds, "sector", priority.sector) };
        const fields = { note: optionalSeedText(priority.note, originOf([priority.source])), sourceId: lookup(sourceIds, "source", priority.source) };
        await tx.investmentPriority.upsert({ where: { placeId_sectorId: key }, create: { ...key, ...fields }, update: fields });
      }
      await seedExchangeRates(tx, sourceIds);
      await rebuildSearchIndex(tx);
    },
    { timeout: 120_000 },
  );
}

/** Seeds only a database that holds no places yet; returns whether it did. */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  if ((await db.place.count()) > 0) return false;
  await seedDatabase(db);
  return true;
}
