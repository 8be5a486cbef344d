// npm run bench:backup -- [REVISIONS...]: db:backup and db:restore on the seeded data plus N
// synthetic revisions (about 2 KB of random text each) and as many audit events, on a throw-away
// cluster. Prints time, CPU time, file size and the peak memory of the process doing the work, next to a
// reference from the same run: PostgreSQL itself scanning, and copying, the same rows. Never pass/fail.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/seed";
import { recreateDatabase } from "../../tests/support/global-setup";
import { restoreBackup } from "../backup/restore";
import { writeBackup } from "../backup/write";
import { startScratchPostgres } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { createPrismaClient } from "../prisma-client";

// In a child process: one backup or restore, then its own time and peak memory.
if (process.argv[2] === "--measure") {
  const [, , , step, url, file] = process.argv;
  const started = performance.now();
  await (step === "backup" ? writeBackup(url, file) : restoreBackup(url, file));
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      ms: performance.now() - started,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      maxRssMb: usage.maxRSS / 1024,
    }),
  );
  process.exit(0);
}

function measure(
  step: "backup" | "restore",
  url: string,
  file: string,
): { ms: number; cpuMs: number; maxRssMb: number } {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", import.meta.filename, "--measure", step, url, file],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`${step} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
}

async function timed(client: pg.Client, sql: string) {
  const started = performance.now();
  await client.query(sql);
  return performance.now() - started;
}

async function addSyntheticRows(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (email, "passwordHash", role, "updatedAt") VALUES ('bench@example.org', '$argon2id$bench', 'EDITOR', now())`,
    );
    await client.query(
      `INSERT INTO "WorkingCopy" ("entityType", data, "updatedById", "updatedAt") SELECT 'PERSON', '{"name":{"en":"Bench"}}', id, now() FROM "User" WHERE email = 'bench@example.org'`,
    );
    await client.query(
      `INSERT INTO "Revision" ("workingCopyId", version, action, data, "authorId")
       SELECT (SELECT max(id) FROM "WorkingCopy"), g, 'SAVE', jsonb_build_object('name', jsonb_build_object('en', text)), (SELECT max(id) FROM "User")
         FROM generate_series(1, ${count}) g,
              -- random text, so that compression does not flatter the file size
              LATERAL (SELECT string_agg(md5(random()::text || g || i), ' ') AS text FROM generate_series(1, 60) i) t`,
    );
    await client.query(
      `INSERT INTO "AuditEvent" (action, subject, detail, ip) SELECT 'published', 'person:' || g, jsonb_build_object('version', g), '203.0.113.1' FROM generate_series(1, ${count}) g`,
    );
    // Reference: PostgreSQL reading every row as text, and copying the two big tables server-side.
    const scan = await timed(client, `SELECT sum(length(r::text)) FROM "Revision" r`);
    await client.query(
      `CREATE TEMP TABLE revision_copy (LIKE "Revision"); CREATE TEMP TABLE audit_copy (LIKE "AuditEvent")`,
    );
    const copy = await timed(
      client,
      `INSERT INTO revision_copy SELECT * FROM "Revision"; INSERT INTO audit_copy SELECT * FROM "AuditEvent"`,
    );
    return { scan, copy };
  } finally {
    await client.end();
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const cluster = await startScratchPostgres("vj-portal-bench-");
const folder = await mkdtemp(path.join(tmpdir(), "vj-bench-backup-"));
const rows = [];
try {
  for (const count of sizes.length ? sizes : [10_000, 50_000]) {
    const source = await recreateDatabase(cluster.url, "bench_source");
    await applyMigrations(source);
    const db = createPrismaClient(source);
    await seedDatabase(db);
    await db.$disconnect();
    const reference = await addSyntheticRows(source, count);
    const file = path.join(folder, `bench-${count}.ndjson.gz`);
    const backup = measure("backup", source, file);
    // Migrated beforehand, so the restore's time is the load's alone (the schema engine adds a
    // few seconds whatever the size).
    const target = await recreateDatabase(cluster.url, "bench_target");
    await applyMigrations(target);
    const restore = measure("restore", target, file);
    rows.push({
      "revisions + audit events": count * 2,
      "file MB": +((await stat(file)).size / 1e6).toFixed(1),
      "backup s": +(backup.ms / 1000).toFixed(1),
      "backup CPU s": +(backup.cpuMs / 1000).toFixed(1),
      "backup peak RSS MB": Math.round(backup.maxRssMb),
      "restore s": +(restore.ms / 1000).toFixed(1),
      "restore CPU s": +(restore.cpuMs / 1000).toFixed(1),
      "restore peak RSS MB": Math.round(restore.maxRssMb),
      "ref: PG scan of revisions s": +(reference.scan / 1000).toFixed(1),
      "ref: PG copy of both tables s": +(reference.copy / 1000).toFixed(1),
    });
  }
  console.table(rows);
} finally {
  await rm(folder, { recursive: true, force: true });
  await cluster.stop();
}
