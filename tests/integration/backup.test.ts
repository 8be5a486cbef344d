// npm run db:backup / db:restore: every record out to one private file and back into an empty
// database, equal row for row; foreign, damaged and altered files refused without a change.
import { mkdtemp, readdir, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDatabase } from "@/prisma/seed/seed";
import { restoreBackup } from "@/lib/backup/restore";
import { writeBackup } from "@/lib/backup/write";
import { recordAudit } from "@/lib/auth/audit";
import { hashPassword } from "@/lib/auth/password";
import { meetingAdapter } from "@/lib/content/adapters/meeting";
import { openDocument, publishDraft, saveDraft } from "@/lib/content/working-copies";
import { applyMigrations } from "@/lib/ops/migrate";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import type { MeetingInput } from "@/lib/schemas/meeting";
import {
  backupLines,
  sequencePositions,
  tableChecksums,
  writeBackupLines,
} from "../support/backup-files";
import { recreateDatabase } from "../support/global-setup";

const serverUrl = () => inject("serverUrl");
// Each restore runs Prisma's schema engine over every migration: slow on a busy machine.
const restoreTimeout = 180_000;
const shortLived = ["RefusedForm", "Session", "SignInFailure"];
const databases: string[] = [];
let folder: string;
let sourceUrl: string;
let source: Database;
let file: string;
let deletedPersonId: number;

async function freshDatabase(name: string) {
  databases.push(`portal_backup_${name}`);
  return recreateDatabase(serverUrl(), `portal_backup_${name}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const hasMigrationTable = async (url: string) =>
  (
    await query<{ found: boolean }>(
      url,
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found",
    )
  )[0].found;
const rowCount = async (url: string) =>
  Object.values(await tableChecksums(url)).reduce((sum, table) => sum + table.rows, 0);

/** What staff leave in a database beyond the seed: accounts, drafts, history, audit, and short-lived rows. */
async function addStaffWork(db: Database) {
  const editor = await db.user.create({
    data: {
      email: "editor@example.org",
      name: "Nguyễn Thị Biên Tập",
      role: "EDITOR",
      passwordHash: await hashPassword("a calm river at dusk"),
    },
  });
  await db.user.create({
    data: {
      email: "gone@example.org",
      role: "ADMIN",
      passwordHash: await hashPassword("a calm river at dusk"),
      disabledAt: new Date(),
    },
  });
  const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
  const opened = await openDocument(db, meetingAdapter, { entityId: meeting.id });
  const data = opened!.data as MeetingInput;
  const saved = await saveDraft(db, meetingAdapter, {
    entityId: meeting.id,
    expectedVersion: 0,
    data: { ...data, venue: { en: 'Vinh "city" \\ hall\nsecond line', ja: "ヴィン市" } },
    actorId: editor.id,
  });
  if (!saved.ok) throw new Error("draft refused");
  await publishDraft(db, meetingAdapter, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: saved.version,
    actorId: editor.id,
  });
  await saveDraft(db, meetingAdapter, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: saved.version,
    data: { ...data, title: { en: "Unpublished title", vi: "Tiêu đề chưa công bố" } },
    actorId: editor.id,
  });
  await recordAudit(db, {
    action: "sign-in",
    actorId: editor.id,
    subject: `user:${editor.id} editor@example.org`,
    ip: "203.0.113.7",
  });
  // A deleted record: its id must not be handed out again after a restore.
  deletedPersonId = (await db.person.create({ data: { name: { en: "Temporary" } } })).id;
  await db.person.delete({ where: { id: deletedPersonId } });
  await db.session.create({
    data: {
      tokenHash: "a".repeat(64),
      userId: editor.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  await db.signInFailure.create({ data: { email: "editor@example.org", ip: "203.0.113.9" } });
  await db.refusedForm.create({ data: { userId: editor.id, state: { message: "typed input" } } });
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "vj-backup-"));
  sourceUrl = await freshDatabase("source");
  await applyMigrations(sourceUrl);
  source = createPrismaClient(sourceUrl);
  await seedDatabase(source);
  await addStaffWork(source);
  file = path.join(folder, "portal.ndjson.gz");
  await writeBackup(sourceUrl, file);
}, 180_000);

afterAll(async () => {
  await source?.$disconnect();
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await rm(folder, { recursive: true, force: true });
});

describe("db:backup", () => {
  it("writes one file only its owner can read, with its format and migration level", async () => {
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const lines = await backupLines(file);
    const header = JSON.parse(lines[0]);
    const migrations = (
      await readdir(path.join(import.meta.dirname, "../../prisma/migrations"), {
        withFileTypes: true,
      })
    )
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(header).toMatchObject({ format: "vj-portal-backup", version: 1, migrations });
    const tables = header.tables.map((table: { name: string }) => table.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "User",
        "WorkingCopy",
        "Revision",
        "AuditEvent",
        "Place",
        "Observation",
      ]),
    );
    for (const table of shortLived) expect(tables).not.toContain(table);
    const end = JSON.parse(lines.at(-1)!);
    expect(end.counts.User).toBe(2);
    expect(lines.length).toBe(
      2 + Object.values(end.counts as Record<string, number>).reduce((sum, n) => sum + n, 0),
    );
  });
});

describe("db:restore", () => {
  it(
    "brings every record back into a fresh database, equal row for row, ids continuing after the old ones",
    async () => {
      const target = await freshDatabase("target");
      const summary = await restoreBackup(target, file);
      expect(summary.laterMigrations).toEqual([]);
      expect(summary.draftsFailingTheirForm).toBe(0);
      const [before, after] = await Promise.all([
        tableChecksums(sourceUrl),
        tableChecksums(target),
      ]);
      for (const table of Object.keys(before)) {
        if (shortLived.includes(table)) {
          expect(before[table].rows, table).toBeGreaterThan(0);
          expect(after[table].rows, table).toBe(0);
        } else {
          expect(after[table], table).toEqual(before[table]);
        }
      }
      expect(before.Revision.rows).toBeGreaterThan(0);
      const kept = (positions: Record<string, string | null>) =>
        Object.entries(positions).filter(
          ([name]) => !shortLived.some((table) => name.startsWith(`${table}_`)),
        );
      expect(kept(await sequencePositions(target))).toEqual(
        kept(await sequencePositions(sourceUrl)),
      );
      const restored = createPrismaClient(target);
      try {
        const person = await restored.person.create({
          data: { name: { en: "Added after the restore" } },
        });
        expect(person.id).toBe(deletedPersonId + 1);
      } finally {
        await restored.$disconnect();
      }
    },
    restoreTimeout,
  );

  it("refuses a database that is not empty, changing nothing", async () => {
    const before = await tableChecksums(sourceUrl);
    await expect(restoreBackup(sourceUrl, file)).rejects.toThrow(
      /The database is not empty: .*hold rows/,
    );
    expect(await tableChecksums(sourceUrl)).toEqual(before);
  });

  it("refuses a file from a newer version of the portal before changing anything", async () => {
    const lines = await backupLines(file);
    const header = JSON.parse(lines[0]);
    header.migrations.push("29991231235959_from_the_future");
    const newer = path.join(folder, "newer.ndjson.gz");
    await writeBackupLines(newer, [JSON.stringify(header), ...lines.slice(1)], { reseal: true });
    const target = await freshDatabase("newer");
    await expect(restoreBackup(target, newer)).rejects.toThrow(
      /newer version of the portal: .*29991231235959_from_the_future/,
    );
    expect(await hasMigrationTable(target)).toBe(false);
  });

  it("refuses a damaged file before changing anything", async () => {
    const lines = await backupLines(file);
    const altered = path.join(folder, "altered.ndjson.gz");
    const userLine = lines.findIndex((line) => line.startsWith('{"table":"User"'));
    await writeBackupLines(
      altered,
      lines.with(userLine, lines[userLine].replace("$argon2id$", "$argon2i$")),
      { reseal: false },
    );
    const cut = path.join(folder, "cut.ndjson.gz");
    await writeBackupLines(cut, lines, { reseal: false });
    await truncate(cut, (await stat(cut)).size - 20);
    const target = await freshDatabase("damaged");
    await expect(restoreBackup(target, altered)).rejects.toThrow(
      /damaged or was altered: its checksum does not match/,
    );
    await expect(restoreBackup(target, cut)).rejects.toThrow(
      /is damaged .*not a complete gzip file/,
    );
    expect(await hasMigrationTable(target)).toBe(false);
  });

  it(
    "refuses rows the app's own schemas refuse, even when the checksum was recomputed",
    async () => {
      const lines = await backupLines(file);
      const target = await freshDatabase("refused");
      const cases = [
        {
          table: "User",
          from: '"editor@example.org"',
          to: '"not an email"',
          error: /\(User\) is refused: column email: Enter an email address/,
        },
        {
          table: "Place",
          from: '{\\"en\\":',
          to: '{\\"fr\\":',
          error: /\(Place\) is refused: column name: en: /,
        },
        {
          table: "User",
          from: '"EDITOR"',
          to: '"OWNER"',
          error: /\(User\) is refused: column role: not one of EDITOR, ADMIN/,
        },
        // A row taken out: the counts on the last line no longer agree.
        {
          table: "AuditEvent",
          from: '"sign-in"',
          to: null,
          error: /counts the rows of AuditEvent as \d+, but the file holds \d+: it is damaged/,
        },
      ];
      for (const [i, change] of cases.entries()) {
        const at = lines.findIndex(
          (line) => line.startsWith(`{"table":"${change.table}"`) && line.includes(change.from),
        );
        const tampered = path.join(folder, `tampered-${i}.ndjson.gz`);
        const altered =
          change.to === null
            ? lines.toSpliced(at, 1)
            : lines.with(at, lines[at].replace(change.from, change.to));
        await writeBackupLines(tampered, altered, { reseal: true });
        await expect(restoreBackup(target, tampered)).rejects.toThrow(change.error);
      }
      // The database was brought to the backup's level, but holds no row of it.
      expect(await rowCount(target)).toBe(0);
      await expect(restoreBackup(target, file)).resolves.toMatchObject({ laterMigrations: [] });
    },
    restoreTimeout,
  );
});

describe("db:restore of a backup from an older version", () => {
  it(
    "loads it at its own migration level, then the newer migrations carry the data forward",
    async () => {
      const older = await freshDatabase("older");
      const level = [
        "20261122224903_init",
        "20261123032050_refused_forms",
        "20261123034237_sector_documents",
      ];
      await applyMigrations(older, level);
      await query(
        older,
        `INSERT INTO "Place" (slug, kind, country, name, "updatedAt") VALUES ('nghe-an', 'PROVINCE', 'VN', '{"en":"Nghe An"}', now()), ('gifu', 'PREFECTURE', 'JP', '{"en":"Gifu"}', now());
       INSERT INTO "Relationship" (slug, "vietnamesePlaceId", "japanesePlaceId", kind, status, "statusAsOf", evidence, summary, "updatedAt")
       VALUES ('nghe-an-gifu', 1, 2, 'FRIENDSHIP_AGREEMENT', 'ACTIVE', '2024-05-31', 'DOCUMENTED', '{"en":"Friendship"}', now())`,
      );
      const olderFile = path.join(folder, "older.ndjson.gz");
      await writeBackup(older, olderFile);
      expect(JSON.parse((await backupLines(olderFile))[0]).migrations).toEqual(level);

      const target = await freshDatabase("from-older");
      const summary = await restoreBackup(target, olderFile);
      expect(summary.laterMigrations).toContain("20261123035345_relationship_date_precision");
      // That migration marks rows written before it as month precision: it ran over the restored row.
      expect(
        await query(
          target,
          `SELECT slug, "statusAsOfPrecision"::text AS precision FROM "Relationship"`,
        ),
      ).toEqual([{ slug: "nghe-an-gifu", precision: "MONTH" }]);
    },
    restoreTimeout,
  );
});
