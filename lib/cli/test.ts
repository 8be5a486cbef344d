// npm test: every check, against real parts. Type check, lint, formatting, Vitest (unit and integration
// on a throw-away PostgreSQL), then a production build served against its own seeded
// database and walked by Playwright in Chromium. Exits non-zero if any step fails.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { seedDatabase } from "../../prisma/seed/seed";
import { recreateDatabase } from "../../tests/support/global-setup";
import { seedSentinels } from "../../tests/support/sentinels";
import { freePort, startScratchPostgres } from "../ops/embedded-postgres";
import { build } from "../ops/build";
import { ensureChromium } from "../ops/chromium";
import { applyMigrations } from "../ops/migrate";
import { projectRoot } from "../ops/schema-engine";
import { spawnWebServer, stopProcess, waitForServer } from "../ops/web-server";
import { createPrismaClient } from "../prisma-client";

const results: { step: string; ok: boolean }[] = [];
const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

function run(step: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  results.push({ step, ok: result.status === 0 });
  return result.status === 0;
}

run("next typegen", bin("next"), ["typegen"]);
run("type check", bin("tsc"), ["--noEmit"]);
run("lint", bin("eslint"), [".", "--max-warnings=0"]);
run("formatting (Prettier; `npx prettier --write .` fixes it)", bin("prettier"), ["--check", "."]);

const cluster = await startScratchPostgres("vj-portal-test-");
try {
  run("unit and integration tests (Vitest, real PostgreSQL)", bin("vitest"), ["run"], {
    TEST_PG_URL: cluster.url,
  });

  const e2eUrl = await recreateDatabase(cluster.url, "portal_e2e");
  await applyMigrations(e2eUrl);
  const db = createPrismaClient(e2eUrl);
  await seedDatabase(db);
  // Secrets and drafts with markers, there before the build prerenders the public pages.
  const sentinels = await seedSentinels(db);
  await db.$disconnect();
  const env = { DATABASE_URL: e2eUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // One build for both browser suites, made and stamped as `npm run build` makes it.
  console.log("\n▶ production build");
  const built = await build(e2eUrl);
  results.push({ step: "production build", ok: built });
  if (built) {
    ensureChromium();
    const port = await freePort();
    // The same web server `npm start` runs (lib/server/serve.ts), on the build just made.
    const server = spawnWebServer({
      port,
      env: { ...env, PORTAL_HOST: "127.0.0.1" },
      stdio: "ignore",
    });
    try {
      await waitForServer(`http://127.0.0.1:${port}/api/health`);
      const e2eEnv = {
        ...env,
        BASE_URL: `http://127.0.0.1:${port}`,
        PORTAL_BUILD_SENTINELS: JSON.stringify(sentinels),
      };
      run(
        "end-to-end tests (Playwright, Chromium)",
        bin("playwright"),
        ["test", "--project", "chromium"],
        e2eEnv,
      );
    } finally {
      await stopProcess(server);
    }
    // Last: these start and stop servers of their own on the same build (tests/cluster/servers.ts),
    // and pause this database (an outage), so they get its data folder.
    const faultEnv = { ...env, PORTAL_TEST_PG_DATA: cluster.dataDir ?? "" };
    run(
      "several servers (Playwright, Chromium)",
      bin("playwright"),
      ["test", "--project", "several-servers"],
      faultEnv,
    );
    run(
      "operations tests (outage, shutdown, logs)",
      bin("vitest"),
      ["run", "--config", "tests/ops/vitest.config.ts"],
      faultEnv,
    );
  }
} finally {
  await cluster.stop();
}

const failed = results.filter((r) => !r.ok);
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.step}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
