// Is the production build in .next the build of this code? `npm start` rebuilds only when
// it is not, so a restart takes seconds and needs no database (building prerenders the
// data, serving prerendered pages does not). The stamp records a hash of every file the
// build reads, written after a build succeeds; a missing or different hash means rebuild.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./schema-engine";

const buildDir = path.join(projectRoot, ".next");
const stampFile = path.join(buildDir, "portal-build.json");

// Folders and files that the build does not read (or that it writes). Hidden folders
// (.git, .next, .data, …) are skipped too; hidden files such as .env are not. The command
// line tools (lib/cli) and the benchmarks (lib/bench) run beside the build, never inside it,
// so editing one does not cost a rebuild.
const skipped = new Set([
  "node_modules",
  "tests",
  "test-results",
  "playwright-report",
  "coverage",
  "bench-results",
  "cli",
  "bench",
]);
const skippedFile = /\.(md|log|tsbuildinfo)$|^next-env\.d\.ts$/;

// Settings that change what the build produces, though no file changes.
const buildSettings = ["NEXT_DEPLOYMENT_ID", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"];

export interface BuildStamp {
  sourceHash: string;
  /** The database the build prerendered from (see databaseIdentity). */
  database: string;
  deploymentId: string;
  builtAt: string;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) =>
        entry.isDirectory()
          ? !skipped.has(entry.name) && !entry.name.startsWith(".")
          : !skippedFile.test(entry.name),
      )
      .map((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return listFiles(full);
        return entry.isFile() ? [full] : [];
      }),
  );
  return nested.flat();
}

/** SHA-256 over every source file (path and content) and the build settings; the same code gives the same hash on every machine. */
export async function sourceHash(root = projectRoot): Promise<string> {
  const hash = createHash("sha256");
  const files = (await listFiles(root)).map((file) => path.relative(root, file)).sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
    hash.update("\0");
  }
  // Only a hash of each setting goes into the stamp, never a key itself.
  for (const name of buildSettings)
    hash.update(
      `${name}=${createHash("sha256")
        .update(process.env[name] ?? "")
        .digest("hex")}\0`,
    );
  return hash.digest("hex");
}

export async function readBuildStamp(): Promise<BuildStamp | null> {
  try {
    return JSON.parse(await readFile(stampFile, "utf8")) as BuildStamp;
  } catch {
    return null;
  }
}

export async function writeBuildStamp(stamp: BuildStamp) {
  const temporary = `${stampFile}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  await rename(temporary, stampFile);
}

/**
 * Null when .next holds a finished build of exactly this code, prerendered from this
 * database (null `database`: unknown, PostgreSQL is down); otherwise why it must be built.
 */
export async function whyBuild(hash: string, database: string | null): Promise<string | null> {
  if (!existsSync(path.join(buildDir, "BUILD_ID"))) return "no build yet";
  const stamp = await readBuildStamp();
  if (!stamp) return "the build has no stamp";
  if (stamp.sourceHash !== hash) return "the code changed since the last build";
  if (database && stamp.database !== database) return "the build prerendered another database";
  return null;
}

/** Forgets the stamp, so that a build made outside `build()` is never taken for current. */
export async function removeBuildStamp() {
  await rm(stampFile, { force: true });
}

/**
 * Which database this is: the random id PostgreSQL gave the first applied migration.
 * Another database (a test's, a restored copy) has another, and its data may differ
 * from what the build prerendered.
 */
export async function databaseIdentity(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      "SELECT id FROM _prisma_migrations ORDER BY started_at, id LIMIT 1",
    );
    return rows[0]?.id ?? "empty";
  } finally {
    await client.end();
  }
}

/** The deployment id every server of one build shares: the operator's, or one derived from the code. */
export function deploymentIdFor(hash: string): string {
  return process.env.NEXT_DEPLOYMENT_ID || `vj-${hash.slice(0, 16)}`;
}
