// A burst far larger than the connection pools, sent to two servers: each request waits its
// turn briefly or is refused at once with 503 and Retry-After (never a 500, never a hang), the
// servers' connections stay within their pools, so PostgreSQL's limit is never reached, and
// both answer normally as soon as the burst is over.
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { TAG_STORE } from "../../lib/ops/pool-size";
import { sample, type Sample } from "../ops/support/sample";
import { databaseUrl, twoServers } from "./servers";

const POOL = 3;
const PER_SERVER = 60;
// The web server's outage gate probes on a connection of its own (lib/server/database-gate.ts).
const GATE_PROBE = 1;

let counter = 0;
/** A request that reads PostgreSQL, different each time so that no cache answers it. */
function databasePath(): string {
  counter += 1;
  const paths = [
    `/api/v1/figures?limit=${1 + (counter % 200)}`,
    `/api/v1/meetings?limit=${1 + (counter % 200)}`,
    `/en/provinces/missing-${counter}`,
    `/en/meetings?province=nghe-an&year=${1950 + (counter % 60)}`,
  ];
  return paths[counter % paths.length];
}

/** A client that sends a request and hangs up after `ms`, answered or not. */
function giveUp(url: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => response.resume());
    request.on("error", () => {});
    request.on("close", () => resolve());
    setTimeout(() => request.destroy(), ms);
  });
}

/**
 * The database's sessions other than the monitor's own, every 50 ms until stopped: the peak,
 * less those open when it started (other clients of the database, before the servers start).
 */
async function watchConnections() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async () =>
    Number(
      (
        await client.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
      ).rows[0].n,
    );
  const { rows } = await client.query<{ name: string; setting: string }>(
    "SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', 'superuser_reserved_connections', 'reserved_connections')",
  );
  const setting = (name: string) => Number(rows.find((row) => row.name === name)?.setting ?? 0);
  const limit =
    setting("max_connections") -
    setting("superuser_reserved_connections") -
    setting("reserved_connections");
  const before = await count();
  let peak = before;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await count());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    limit,
    async stop() {
      running = false;
      await loop;
      await client.end();
      return peak - before;
    },
  };
}

test("a burst larger than the pools queues briefly or gets 503 at once, within the servers' connections", async () => {
  test.setTimeout(300_000);
  const servers = await twoServers({ PORTAL_DB_POOL_SIZE: String(POOL) });
  const monitor = await watchConnections();
  let samples: Sample[] = [];
  let peak: number | null = null;
  const limit = monitor.limit;
  try {
    await Promise.all(servers.map((server) => server.start()));
    for (const server of servers)
      for (let i = 0; i < 4; i++) await sample(server.url, databasePath(), false); // warm up
    samples = await Promise.all(
      servers.flatMap((server) =>
        Array.from({ length: PER_SERVER }, () => sample(server.url, databasePath(), false)),
      ),
    );
    // Clients that give up while their request waits its turn must not keep the turn.
    await Promise.all(
      servers.flatMap((server) =>
        Array.from({ length: PER_SERVER }, () => giveUp(server.url + databasePath(), 300)),
      ),
    );
    // Nor those that give up while the outage gate asks the database (a probe each time its
    // last answer is 100 ms old): the response is closed before any turn is taken.
    for (let round = 0; round < 20; round++) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      await Promise.all(
        servers.flatMap((server) =>
          Array.from({ length: 8 }, () => giveUp(server.url + databasePath(), 1)),
        ),
      );
    }
    peak = await monitor.stop();

    // Over at once: the same kinds of request answer normally again on both, none refused as busy.
    for (const server of servers) {
      for (let i = 0; i < 4; i++) {
        const after = await sample(server.url, databasePath(), false);
        expect([200, 404], `${after.path} after the burst`).toContain(after.status);
      }
    }
  } finally {
    if (peak === null) await monitor.stop();
    await Promise.all(servers.map((server) => server.stop()));
  }

  const statuses = new Map<number, number>();
  for (const s of samples) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  console.log(
    `burst of ${samples.length}: ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(", ")}; the servers' peak ${peak} connections (limit ${limit})`,
  );
  expect(
    samples.filter((s) => ![200, 404, 503].includes(s.status)).map((s) => `${s.path} ${s.status}`),
    "only answers, refusals or 503",
  ).toEqual([]);
  const refused = samples.filter((s) => s.status === 503);
  for (const s of refused)
    expect(Number(s.retryAfter), `${s.path}: Retry-After`).toBeGreaterThan(0);
  if (refused.length)
    expect(
      servers.flatMap((server) => server.events),
      "a busy server says so in its log",
    ).toContain("server.busy");
  expect(
    refused.filter((s) => s.wait > 5_000).map((s) => `${s.path} ${Math.round(s.wait)} ms`),
    "a refusal comes quickly",
  ).toEqual([]);
  expect(
    samples.filter((s) => s.status !== 503).length,
    "part of the burst was served",
  ).toBeGreaterThanOrEqual(servers.length * POOL);
  expect(
    peak,
    "connections: each server's pool, its tag store and its gate probe",
  ).toBeLessThanOrEqual(servers.length * (POOL + TAG_STORE + GATE_PROBE));
  expect(peak).toBeLessThan(limit);
});
