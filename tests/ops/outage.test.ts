// A database outage under load: PostgreSQL frozen (SIGSTOP) for a few seconds, then thawed.
// Prerendered pages, and the API list pages this server remembers, keep answering 200; pages that need the database answer 503 with the
// portal's page and Retry-After within 2 s; nothing hangs; the same server recovers alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pausePostgres } from "./support/postgres";
import { sample, sleep, type Sample } from "./support/sample";
import { requireEnv, startServer, type RunningServer } from "./support/server";

const cachedPaths = [
  "/en",
  "/en/provinces/bac-ninh",
  "/en/partners/kanagawa",
  "/en/meetings",
  "/en/sources",
  "/icon.svg",
  "/api/health",
  // Read once while warming up, then remembered (lib/cache/remembered.ts).
  "/api/v1/meetings",
  "/api/v1/places?country=JP",
];
let counter = 0;
// Each reads PostgreSQL: an unknown profile (the slug check), a filtered list, a staff page,
// an API record (records are read each time).
const databasePaths = () => {
  counter += 1;
  return [
    `/en/provinces/missing-${counter}`,
    `/en/meetings?province=nghe-an&year=${2010 + (counter % 15)}`,
    "/admin/meetings",
    `/api/v1/meetings/missing-${counter}`,
  ];
};

describe("a database outage", () => {
  const dataDir = requireEnv("PORTAL_TEST_PG_DATA");
  let server: RunningServer;
  const samples: Sample[] = [];
  let pausedAt = 0;
  let resumedAt = 0;
  let readyDuring: Sample;

  beforeAll(async () => {
    server = await startServer();
    for (const path of [...cachedPaths, ...databasePaths()]) await sample(server.url, path, false); // warm up

    let running = true;
    const worker = async (cached: boolean) => {
      while (running) {
        const paths = cached ? cachedPaths : databasePaths();
        for (const path of paths) samples.push(await sample(server.url, path, cached));
      }
    };
    const workers = [worker(true), worker(true), worker(false), worker(false), worker(false)];
    await sleep(1_500);
    pausedAt = performance.now();
    const resume = pausePostgres(dataDir);
    // Bursts of their own, so the outage is exercised even when a busy machine slows the
    // workers to a few requests in those seconds.
    const bursts: Promise<Sample[]>[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        await sleep(1_500);
        bursts.push(Promise.all(databasePaths().map((path) => sample(server.url, path, false))));
      }
      readyDuring = await sample(server.url, "/api/ready", false);
      await sleep(1_000);
    } finally {
      resumedAt = performance.now();
      resume();
    }
    await sleep(5_000);
    running = false;
    await Promise.all(workers);
    for (const burst of await Promise.all(bursts)) samples.push(...burst);
  });

  afterAll(() => server?.stop());

  it("no request hangs", () => {
    expect(samples.length).toBeGreaterThan(50);
    expect(samples.filter((s) => s.status === 0).map((s) => s.path)).toEqual([]);
  });

  it("prerendered pages and remembered API lists keep answering 200", () => {
    const cached = samples.filter((s) => s.cached);
    expect(cached.filter((s) => s.start > pausedAt && s.start < resumedAt).length).toBeGreaterThan(
      10,
    );
    expect(cached.filter((s) => s.status !== 200).map((s) => `${s.path} ${s.status}`)).toEqual([]);
  });

  it("pages that need the database answer 503 with Retry-After within 2 s", () => {
    // From just after the freeze (signals take a moment) to just before the thaw.
    const during = samples.filter(
      (s) => !s.cached && s.start > pausedAt + 250 && s.start < resumedAt - 100,
    );
    expect(during.length).toBeGreaterThan(5);
    expect(during.filter((s) => s.status !== 503).map((s) => `${s.path} ${s.status}`)).toEqual([]);
    expect(
      during.filter((s) => s.wait > 2_000).map((s) => `${s.path} ${Math.round(s.wait)} ms`),
    ).toEqual([]);
    for (const s of during) expect(Number(s.retryAfter)).toBeGreaterThan(0);

    const page = during.find((s) => !s.path.startsWith("/api/"))!;
    expect(page.body).toContain("This page is temporarily unavailable");
    expect(page.body).toContain(page.requestId);
  });

  it("readiness says the database is unreachable, in JSON, in time", () => {
    expect(readyDuring.status).toBe(503);
    expect(readyDuring.wait).toBeLessThan(4_000); // its own 2 s limit, on a busy machine
    expect(JSON.parse(readyDuring.body)).toMatchObject({ ready: false, database: "unreachable" });
  });

  it("the same server recovers by itself once the database answers", async () => {
    const after = samples.filter((s) => !s.cached && s.start > resumedAt + 3_000);
    expect(after.length).toBeGreaterThan(0);
    expect(
      after.filter((s) => s.status === 503 || s.status >= 500).map((s) => `${s.path} ${s.status}`),
    ).toEqual([]);
    expect((await sample(server.url, "/en/provinces/missing-after", false)).status).toBe(404);
    const ready = await sample(server.url, "/api/ready", false);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({
      ready: true,
      database: "ok",
      pendingMigrations: [],
    });
    expect(server.process.exitCode).toBeNull();
  });

  it("logs the outage and the recovery", () => {
    const events = server.logs.map((line) => line.event);
    expect(events).toContain("database.unavailable");
    expect(events.indexOf("database.available")).toBeGreaterThan(
      events.indexOf("database.unavailable"),
    );
  });
});
