import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/ops/migrate";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import * as data from "../../prisma/seed/data";
import { seedDatabase, seedIfEmpty } from "../../prisma/seed/seed";
import { recreateDatabase } from "../support/global-setup";

const stamp = `${process.pid}_${Date.now()}`;
const seededName = `portal_seed_${stamp}`;
const emptyName = `portal_seed_empty_${stamp}`;
const templateName = `portal_seed_template_${stamp}`;

/**
 * Migrates one fresh database and copies it for each test database. applyMigrations runs
 * once per process: a second call crashes inside the WASM schema engine (see the report).
 */
let migratedTemplate: Promise<void> | undefined;
async function freshMigratedDatabase(name: string) {
  migratedTemplate ??= recreateDatabase(inject("serverUrl"), templateName).then(async (url) => {
    await applyMigrations(url);
  });
  await migratedTemplate;
  await dropDatabase(name);
  const admin = new pg.Client({ connectionString: inject("serverUrl") });
  await admin.connect();
  try {
    // applyMigrations leaves its schema-engine connection open; a template must have none.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [templateName],
    );
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(inject("serverUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Figures' sources and the exchange rates' sources. */
const allSources = [...data.sources, ...data.exchangeRateSources];

/** What the seed data says the database should hold. */
const expected = {
  place: data.places.length,
  territory: sum(data.places.map((p) => p.territories.length)),
  territorySuccession: data.successions.length,
  source: allSources.length,
  exchangeRate: data.exchangeRates.length,
  relationship: data.relationships.length,
  relationshipSource: sum(data.relationships.map((r) => r.sources.length)),
  sector: data.sectors.length,
  person: data.people.length,
  meeting: data.meetings.length,
  meetingPlace: sum(data.meetings.map((m) => m.places.length)),
  participant: sum(data.meetings.map((m) => m.participants.length)),
  attendeeGroup: sum(data.meetings.map((m) => m.attendeeGroups?.length ?? 0)),
  meetingSector: sum(
    data.meetings.map((m) => m.sectors.length + (m.investmentSought?.length ?? 0)),
  ),
  outcome: sum(data.meetings.map((m) => m.outcomes.length)),
  meetingSource: sum(data.meetings.map((m) => m.sources.length)),
  observation: data.observations.length,
  investmentPriority: data.investmentPriorities.length,
};
type Model = keyof typeof expected;

async function counts(db: Database): Promise<Record<Model, number>> {
  const entries = await Promise.all(
    (Object.keys(expected) as Model[]).map(async (model) => {
      // Every model delegate has count(); the union of their signatures is not callable as one.
      const delegate = db[model] as unknown as { count: () => Promise<number> };
      return [model, await delegate.count()] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Model, number>;
}

async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: inject("serverUrl") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

describe("the seed data itself", () => {
  it("uses unique natural keys, so loading by key loses nothing", () => {
    const unique = (xs: string[]) => new Set(xs).size;
    expect(unique(data.places.map((p) => p.slug))).toBe(data.places.length);
    expect(unique(allSources.map((s) => s.url))).toBe(allSources.length);
    expect(unique(allSources.map((s) => s.key))).toBe(allSources.length);
    expect(unique(data.meetings.map((m) => m.slug))).toBe(data.meetings.length);
    expect(unique(data.relationships.map((r) => r.slug))).toBe(data.relationships.length);
    expect(unique(data.people.map((p) => p.name.en))).toBe(data.people.length);
  });
});

describe("seedDatabase on a fresh migrated database", () => {
  let db: Database;
  let first: Record<Model, number>;

  beforeAll(async () => {
    const url = await freshMigratedDatabase(seededName);
    db = createPrismaClient(url);
    expect((await counts(db)).place).toBe(0);
    await seedDatabase(db);
    first = await counts(db);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(seededName);
  });

  it("loads exactly what the seed data arrays hold", () => {
    expect(first.place).toBe(data.places.length);
    expect(first.source).toBe(allSources.length);
    expect(first.meeting).toBe(data.meetings.length);
    expect(first.relationship).toBe(data.relationships.length);
    expect(first.observation).toBe(data.observations.length);
    expect(first.person).toBe(data.people.length);
    expect(first).toEqual(expected);
  });

  it("leaves every count unchanged when run a second time", async () => {
    const ids = await db.observation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    await seedDatabase(db);
    expect(await counts(db)).toEqual(first);
    // Rows were updated in place, not deleted and recreated.
    expect(await db.observation.findMany({ select: { id: true }, orderBy: { id: "asc" } })).toEqual(
      ids,
    );
  });

  it("gives every observation a source with a web address", async () => {
    const observations = await db.observation.findMany({
      select: { id: true, source: { select: { url: true } } },
    });
    expect(observations).toHaveLength(data.observations.length);
    for (const o of observations)
      expect(o.source.url, `observation ${o.id}`).toMatch(/^https?:\/\/\S+$/);
  });

  it("gives every relationship and meeting at least one source", async () => {
    const bare = await db.relationship.count({ where: { sources: { none: {} } } });
    expect(bare).toBe(0);
    expect(await db.meeting.count({ where: { sources: { none: {} } } })).toBe(0);
  });

  it("records the Bac Ninh / Bac Giang merger as two successions into the 2025 territory", async () => {
    const merged = await db.territory.findFirstOrThrow({
      where: { place: { slug: "bac-ninh" }, validTo: null },
      select: {
        validFrom: true,
        predecessors: {
          select: { predecessor: { select: { place: { select: { slug: true } } } } },
        },
      },
    });
    expect(merged.validFrom?.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(merged.predecessors.map((p) => p.predecessor.place.slug).sort()).toEqual([
      "bac-giang",
      "bac-ninh",
    ]);
  });

  it("seedIfEmpty leaves a seeded database alone", async () => {
    await db.place.update({
      where: { slug: "nghe-an" },
      data: { summary: { en: "Edited by an editor." } },
    });
    expect(await seedIfEmpty(db)).toBe(false);
    const place = await db.place.findUniqueOrThrow({
      where: { slug: "nghe-an" },
      select: { summary: true },
    });
    expect(place.summary).toEqual({ en: "Edited by an editor." });
    expect(await counts(db)).toEqual(first);
  });
});

describe("seedIfEmpty on an empty migrated database", () => {
  let db: Database;

  beforeAll(async () => {
    const url = await freshMigratedDatabase(emptyName);
    db = createPrismaClient(url);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(emptyName);
    await dropDatabase(templateName);
  });

  it("seeds it and says so, then does nothing the next time", async () => {
    expect(await db.place.count()).toBe(0);
    expect(await seedIfEmpty(db)).toBe(true);
    expect(await counts(db)).toEqual(expected);
    expect(await seedIfEmpty(db)).toBe(false);
    expect(await counts(db)).toEqual(expected);
  });
});
