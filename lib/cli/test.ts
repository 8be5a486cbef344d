// npm test: every check, against real parts. Type check, lint, Vitest (unit and integration
// on a throw-away PostgreSQL), then a production build served against its own seeded
// database and walked by Playwright in Chromium. Exits non-zero if any step fails.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "../../prisma/seed/seed";
import { recreateDatabase } from "../../tests/support/global-setup";
import { freePort, startEmbeddedPostgres } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { projectRoot } from "../ops/schema-engine";
import { createPrismaClient } from "../prisma-client";

const results: { step: string; ok: boolean }[] = [];
const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

function run(step: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
  results.push({ step, ok: result.status === 0 });
  return result.status === 0;
}

/** Debian's Chromium stands in for Playwright's own browsers, which cannot be downloaded here. */
function ensureChromium() {
  if (existsSync("/usr/bin/chromium") || process.env.PLAYWRIGHT_CHROMIUM_PATH) return;
  if (process.getuid?.() !== 0) throw new Error("Chromium is missing: install Debian's chromium package (apt-get install chromium).");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit" });
}

async function waitForServer(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Server at ${url} did not start`);
}

run("next typegen", bin("next"), ["typegen"]);
run("type check", bin("tsc"), ["--noEmit"]);
run("lint", bin("eslint"), [".", "--max-warnings=0"]);

const dataDir = await mkdtemp(path.join("/var/tmp", "vj-portal-test-"));
const cluster = await startEmbeddedPostgres({ dataDir, database: "postgres", quiet: true });
try {
  run("unit and integration tests (Vitest, real PostgreSQL)", bin("vitest"), ["run"], { TEST_PG_URL: cluster.url });

  const e2eUrl = await recreateDatabase(cluster.url, "portal_e2e");
  await applyMigrations(e2eUrl);
  const db = createPrismaClient(e2eUrl);
  await seedDatabase(db);
  await db.$disconnect();
  const env = { DATABASE_URL: e2eUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (run("production build", bin("next"), ["build"], env)) {
    ensureChromium();
    const port = await freePort();
    const server = spawn(bin("next"), ["start", "-p", String(port)], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: "ignore" });
    try {
      await waitForServer(`http://127.0.0.1:${port}/en`);
      run("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"], { ...env, BASE_URL: `http://127.0.0.1:${port}` });
    } finally {
      server.kill("SIGTERM");
    }
  }
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.step}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
