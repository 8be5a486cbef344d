import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/ops/migrate";
import { recreateDatabase } from "../support/global-setup";

const root = path.join(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma/migrations");

/**
 * applyMigrations in a separate Node process, as `npm start` would on its next boot.
 * (A second applyMigrations in the same process crashes inside the WASM schema engine:
 * see the report; so the "second call" runs where a real second call would.)
 */
async function applyMigrationsInNewProcess(url: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "vj-migrate-"));
  try {
    const script = path.join(dir, "apply.mts");
    await writeFile(
      script,
      `import { applyMigrations } from ${JSON.stringify(path.join(root, "lib/ops/migrate.ts"))};\n` +
        `process.stdout.write(JSON.stringify(await applyMigrations(process.argv[2])));\n`,
    );
    const { stdout } = await promisify(execFile)(
      path.join(root, "node_modules/.bin/tsx"),
      [script, url],
      { cwd: root, timeout: 60_000 },
    );
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const dbName = `portal_migrations_${process.pid}_${Date.now()}`;

// Every model in prisma/schema.prisma, as the first migration creates it.
const expectedTables = [
  "AttendeeGroup",
  "AuditEvent",
  "cache_tag",
  "ExchangeRate",
  "InvestmentPriority",
  "Meeting",
  "MeetingPlace",
  "MeetingSector",
  "MeetingSource",
  "Observation",
  "Outcome",
  "Participant",
  "Person",
  "Place",
  "RefusedForm",
  "Relationship",
  "RelationshipSource",
  "Revision",
  "SearchEntry",
  "Sector",
  "Session",
  "SignInFailure",
  "Source",
  "Territory",
  "TerritorySuccession",
  "User",
  "WorkingCopy",
];

describe("applyMigrations on a fresh database", () => {
  let url: string;
  let client: pg.Client;
  let folders: string[];
  let firstRun: string[];
  let secondRun: string[];

  beforeAll(async () => {
    folders = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    url = await recreateDatabase(inject("serverUrl"), dbName);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const before = await client.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(before.rows[0].n).toBe(0);
    firstRun = await applyMigrations(url);
    secondRun = await applyMigrationsInNewProcess(url);
  });

  afterAll(async () => {
    await client?.end();
    const admin = new pg.Client({ connectionString: inject("serverUrl") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  });

  it("applies every migration folder once, in order, and nothing the next time", () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(folders);
    expect(secondRun).toEqual([]);
  });

  it("creates the expected tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const tables = rows.map((r) => r.table_name);
    for (const table of expectedTables) expect(tables, `table ${table}`).toContain(table);
    expect(tables).toContain("_prisma_migrations");
    expect(tables.sort()).toEqual([...expectedTables, "_prisma_migrations"].sort());
  });

  it("creates the natural-key unique constraints the seed relies on", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(`
      SELECT tc.table_name, kcu.column_name
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('UNIQUE', 'PRIMARY KEY')
      UNION
      SELECT t.relname, a.attname
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ix ON ix.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
      WHERE n.nspname = 'public' AND i.indisunique AND i.indnatts = 1`);
    const unique = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    for (const key of [
      "Place.slug",
      "Source.url",
      "Relationship.slug",
      "Meeting.slug",
      "Sector.slug",
      "User.email",
    ]) {
      expect(unique, key).toContain(key);
    }
  });

  it("records one finished, not rolled back, row per migration in _prisma_migrations", async () => {
    const { rows } = await client.query<{
      migration_name: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at, row.migration_name).toBeInstanceOf(Date);
      expect(row.rolled_back_at, row.migration_name).toBeNull();
      expect(row.applied_steps_count, row.migration_name).toBeGreaterThan(0);
    }
  });
});
