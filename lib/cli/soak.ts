// npm run soak — the mixed-load test of npm test (tests/cluster/load.spec.ts), LOAD_SCALE
// times longer (default 10): two servers of a fresh build behind the balancer, on a
// throw-away seeded PostgreSQL. Prints Playwright's report; exits non-zero on failure.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "../../prisma/seed/seed";
import { recreateDatabase } from "../../tests/support/global-setup";
import { build } from "../ops/build";
import { ensureChromium } from "../ops/chromium";
import { startEmbeddedPostgres } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { projectRoot } from "../ops/schema-engine";
import { createPrismaClient } from "../prisma-client";

const dataDir = await mkdtemp(path.join("/var/tmp", "vj-portal-soak-"));
const cluster = await startEmbeddedPostgres({ dataDir, database: "postgres", quiet: true });
let ok = false;
try {
  const url = await recreateDatabase(cluster.url, "portal_soak");
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await seedDatabase(db);
  await db.$disconnect();
  if (await build(url)) {
    ensureChromium();
    const result = spawnSync(
      path.join(projectRoot, "node_modules/.bin/playwright"),
      ["test", "tests/cluster/load.spec.ts", "--project", "several-servers"],
      {
        cwd: projectRoot,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: url, LOAD_SCALE: process.env.LOAD_SCALE ?? "10" },
      },
    );
    ok = result.status === 0;
  }
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
