// The database paused (SIGSTOP) and resumed under load, across both servers: pages served
// from the build, and API answers each server remembers, keep answering 200 on each, pages that need the database answer 503 quickly
// with Retry-After on each, and both recover by themselves once it answers again.
import { expect, test } from "@playwright/test";
import { pausePostgres } from "../ops/support/postgres";
import { sample, sleep, type Sample } from "../ops/support/sample";
import { twoServers, type Server } from "./servers";

const dataDir = process.env.PORTAL_TEST_PG_DATA ?? "";

// From the build: prerendered pages (a one-value filtered list included) and a static file;
// from each server's memory: an API list it read while warming up (lib/cache/remembered.ts).
const cachedPaths = [
  "/en",
  "/vi/provinces/nghe-an",
  "/ja/partners/kanagawa",
  "/en/meetings",
  "/en/meetings?province=nghe-an",
  "/icon.svg",
  "/api/v1/meetings?limit=7",
];
let counter = 0;
// Each needs PostgreSQL: an unknown profile (the slug check), a filtered list whose year the
// build did not prerender, an API record never asked before, a staff page.
const databasePaths = () => {
  counter += 1;
  return [
    `/en/provinces/missing-${counter}`,
    `/en/meetings?province=nghe-an&year=${2000 + (counter % 30)}`,
    `/api/v1/meetings/missing-${counter}`,
    "/admin/meetings",
  ];
};

interface Tagged extends Sample {
  server: string;
}

test("the database paused under load: both servers keep serving what they can, answer 503 for the rest, and recover alone", async () => {
  test.skip(
    !dataDir,
    "PORTAL_TEST_PG_DATA names the test cluster's data folder (npm test sets it)",
  );
  test.setTimeout(240_000);
  const servers = await twoServers();
  await Promise.all(servers.map((server) => server.start()));
  const samples: Tagged[] = [];
  const record = async (server: Server, path: string, cached: boolean) =>
    samples.push({ ...(await sample(server.url, path, cached)), server: server.url });
  let pausedAt = 0;
  let resumedAt = 0;
  try {
    for (const server of servers)
      for (const path of [...cachedPaths, ...databasePaths()])
        await sample(server.url, path, false); // warm up

    let running = true;
    const worker = async (server: Server, cached: boolean) => {
      while (running)
        for (const path of cached ? cachedPaths : databasePaths())
          await record(server, path, cached);
    };
    const workers = servers.flatMap((server) => [
      worker(server, true),
      worker(server, false),
      worker(server, false),
    ]);
    await sleep(2_000);
    pausedAt = performance.now();
    const resume = pausePostgres(dataDir);
    const bursts: Promise<unknown>[] = [];
    try {
      // Bursts of their own, so each server meets the outage even when a busy machine slows
      // the workers to a few requests in those seconds.
      for (let i = 0; i < 3; i++) {
        await sleep(1_500);
        for (const server of servers)
          bursts.push(Promise.all(databasePaths().map((path) => record(server, path, false))));
      }
      await Promise.all(servers.map((server) => record(server, "/api/ready", false)));
      await sleep(1_000);
    } finally {
      resumedAt = performance.now();
      resume();
    }
    await sleep(8_000);
    running = false;
    await Promise.all([...workers, ...bursts]);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }

  expect(
    samples.filter((s) => s.status === 0).map((s) => `${s.server}${s.path}`),
    "no request hangs or fails outright",
  ).toEqual([]);
  for (const server of servers) {
    const mine = samples.filter((s) => s.server === server.url);
    const during = (s: Sample) => s.start > pausedAt + 250 && s.start < resumedAt - 100;

    const cached = mine.filter((s) => s.cached);
    expect(
      cached.filter(during).length,
      `${server.url}: pages from the build were asked during the outage`,
    ).toBeGreaterThan(5);
    expect(
      cached.filter((s) => s.status !== 200).map((s) => `${s.path} ${s.status}`),
      `${server.url}: pages from the build and remembered API answers`,
    ).toEqual([]);

    const needy = mine.filter((s) => !s.cached && s.path !== "/api/ready" && during(s));
    expect(
      needy.length,
      `${server.url}: pages needing the database were asked during the outage`,
    ).toBeGreaterThan(5);
    expect(
      needy.filter((s) => s.status !== 503).map((s) => `${s.path} ${s.status}`),
      `${server.url}: 503 while the database is away`,
    ).toEqual([]);
    expect(
      needy.filter((s) => s.wait > 3_000).map((s) => `${s.path} ${Math.round(s.wait)} ms`),
      `${server.url}: the 503 comes quickly`,
    ).toEqual([]);
    for (const s of needy)
      expect(Number(s.retryAfter), `${s.path}: Retry-After`).toBeGreaterThan(0);
    const ready = mine.find((s) => s.path === "/api/ready")!;
    expect(JSON.parse(ready.body)).toMatchObject({ ready: false, database: "unreachable" });

    // Both recover by themselves: a few seconds after the thaw, nothing is refused or failing.
    const after = mine.filter((s) => !s.cached && s.start > resumedAt + 3_000);
    expect(after.length, `${server.url}: asked after the thaw`).toBeGreaterThan(0);
    expect(
      after.filter((s) => s.status >= 500).map((s) => `${s.path} ${s.status}`),
      `${server.url}: recovered`,
    ).toEqual([]);
    expect(server.events, `${server.url}: logged the outage and the recovery`).toEqual(
      expect.arrayContaining(["database.unavailable", "database.available"]),
    );
  }
});
