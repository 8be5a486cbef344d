// npm run bench:data [-- --factor 100 --runs 200]: p50 and p95 of the explorer query, search and
// each API list on a data set `factor` times the seed's size. Runs in its own throw-away
// PostgreSQL cluster and database (never the site's), calls the real lib functions and route
// handlers in this process, one request at a time. Prints numbers; never a pass/fail.
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { seedDatabase } from "../../prisma/seed/seed";
import { startScratchPostgres } from "../ops/embedded-postgres";
import { multiplySeed } from "../ops/generate-data";
import { applyMigrations } from "../ops/migrate";
import { createPrismaClient } from "../prisma-client";

const { values } = parseArgs({
  options: { factor: { type: "string", default: "100" }, runs: { type: "string", default: "200" } },
});
const factor = Number(values.factor);
const runs = Number(values.runs);

// A private folder of its own, as the tests' clusters have: /var/tmp itself is writable by
// anyone, so the password file may not sit directly in a folder made there.
const cluster = await startScratchPostgres("vj-portal-bench-", "portal_bench");
try {
  console.log(`Preparing a data set ${factor}× the seed in a throw-away database…`);
  await applyMigrations(cluster.url);
  const seedDb = createPrismaClient(cluster.url);
  await seedDatabase(seedDb);
  const started = performance.now();
  const counts = await multiplySeed(cluster.url, seedDb, factor);
  await seedDb.$disconnect();
  console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);

  // lib/db.ts reads DATABASE_URL when first imported: import the code under test only now.
  process.env.DATABASE_URL = cluster.url;
  const { benchmarks } = await import("./bench-data-cases");
  const rows = [];
  for (const [name, run] of Object.entries(await benchmarks(factor))) {
    for (let i = 0; i < 20; i++) await run(i); // warm the pool and PostgreSQL's caches
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run(i);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    rows.push({ read: name, runs, "p50 ms": at(0.5), "p95 ms": at(0.95) });
  }
  console.table(rows);
  console.log(
    `Load average (1, 5, 15 min) at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(", ")} on ${availableParallelism()} cores`,
  );
} finally {
  await cluster.stop();
}
// The app's database pool (lib/db.ts) would keep the process alive.
process.exit(0);
