// npm run bench [-- --quick] [--seconds 2] [--connections 20] [--rounds 1] [--port 4300]
// [--out FILE] [--identity] [--only TEXT]: requests per second, p50 and p99 of every public page (each language), the
// filtered views and the API lists, on a production build served against the seeded embedded
// PostgreSQL (or DATABASE_URL), by one server and by two behind start:cluster's balancer.
// Requests accept gzip, as every browser's do; --identity asks for the raw bytes, as runs
// before 2026-11-27 did. --rounds N measures each page N times, each just after its ceiling,
// and keeps the medians: steadier on a shared machine, N times as long. Two references are
// measured in the same run: the floor (a bare node:http server sending each page's own bytes
// from memory) and the ceiling (the portal's smallest prerendered page on the same set-up).
// autocannon on loopback shares the machine's cores with the servers. Prints a table and
// writes JSON (bench-results/latest.json); never a pass/fail. --quick: English pages only,
// a smoke run of a couple of minutes. --only TEXT measures just the pages whose address contains
// TEXT ("explorer", "/vi/"), each still beside its ceiling: for checking one change quickly.
import { spawnSync, type ChildProcess } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BarePage } from "../bench/bare-server";
import { startFloor } from "../bench/floor";
import { measureLoad, medianLoad, warmUp, type LoadResult } from "../bench/load";
import { benchPages, type BenchPage } from "../bench/pages";
import { scriptSizer } from "../bench/scripts";
import { printReport, writeReport, type BenchReport, type PageSize } from "../bench/report";
import { startBalancer } from "../cluster/balancer";
import { boot } from "../ops/boot";
import { freePort, provideDatabase } from "../ops/embedded-postgres";
import { projectRoot } from "../ops/schema-engine";
import { spawnWebServer, stopProcess, waitForServer } from "../ops/web-server";
import { readStaticRoutes } from "../routing/prerendered";
import { compress } from "../server/compress-once";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seconds: { type: "string" },
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "1" },
    port: { type: "string" },
    out: { type: "string", default: path.join(projectRoot, "bench-results/latest.json") },
    identity: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const quick = values.quick;
const acceptEncoding = values.identity ? "identity" : "gzip, deflate, br";
const headers = { "accept-encoding": acceptEncoding };
const seconds = Number(values.seconds ?? 2);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
// Balancer, two servers and the floor: consecutive ports from --port, or any free ones.
const ports = values.port
  ? [0, 1, 2, 3].map((i) => Number(values.port) + i)
  : await Promise.all([0, 1, 2, 3].map(() => freePort()));

const load1 = () => loadavg()[0];
if (load1() > 6)
  console.warn(
    `Load average ${load1().toFixed(1)} on ${availableParallelism()} cores: other work will skew these numbers.`,
  );

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
const database = await provideDatabase();
try {
  const env = {
    ...(await boot(database.url, { servers: 2 })),
    PORTAL_HOST: "127.0.0.1",
    PORTAL_TRUSTED_PROXIES: "loopback",
  };
  const servers = ports.slice(1, 3).map((port) => `http://127.0.0.1:${port}`);
  for (const port of ports.slice(1, 3))
    children.push(spawnWebServer({ port, env, stdio: "ignore" }));
  await Promise.all(servers.map((url) => waitForServer(`${url}/en`, 120_000)));
  const balancer = await startBalancer(ports[0], servers);
  cleanups.push(() => balancer.close());
  const entry = `http://127.0.0.1:${ports[0]}`;

  const { pages, bodies, skipped } = await readPages(servers, benchPages({ quick }));
  const ceilingPath = smallestPrerendered(pages, bodies);
  const measured = values.only ? pages.filter((p) => p.path.includes(values.only!)) : pages;
  if (!measured.length) throw new Error(`No page measured has "${values.only}" in its address.`);
  const floor = await startFloor(ports[3], bodies);
  cleanups.push(floor.stop);

  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: spawnSync("git", ["describe", "--always", "--dirty"], {
      cwd: projectRoot,
      encoding: "utf8",
    }).stdout.trim(),
    node: process.version,
    cores: availableParallelism(),
    settings: { seconds, connections, quick, acceptEncoding, rounds, only: values.only },
    balancer: balancer.kind,
    ceilingPath,
    load: {},
    skipped,
    rows: [],
  };
  const floors = new Map<string, LoadResult>();
  const scriptsOf = scriptSizer(path.join(projectRoot, ".next"));
  for (const [setup, base] of [
    ["one server", servers[0]],
    ["two servers", entry],
  ] as const) {
    const start = load1();
    await warmUp(
      base,
      [...new Set([ceilingPath, ...measured.map((p) => p.path)])],
      quick ? 2 : 4,
      headers,
    );
    for (const page of measured) {
      // Just before each page: on a shared machine the ceiling itself moves within a minute.
      const ceilings: LoadResult[] = [];
      const results: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        ceilings.push(await measureLoad(base + ceilingPath, { seconds, connections, headers }));
        results.push(
          await measureLoad(base + page.path, {
            seconds,
            connections,
            status: page.status,
            headers,
          }),
        );
      }
      const [ceiling, result] = [medianLoad(ceilings), medianLoad(results)];
      if (!floors.has(page.path))
        floors.set(
          page.path,
          await measureLoad(floor.url + page.path, {
            seconds: Math.max(1, seconds / 2),
            connections,
            status: page.status,
            headers,
          }),
        );
      const body = bodies.get(page.path)!;
      const script = body.contentType.startsWith("text/html")
        ? scriptsOf(body.raw.toString("utf8"))
        : undefined;
      report.rows.push({
        setup,
        kind: page.kind,
        path: page.path,
        ...result,
        bytes: sizeOf(body.raw),
        script,
        floor: floors.get(page.path)!,
        ceiling,
      });
    }
    report.load[setup] = { start, end: load1() };
  }
  printReport(report);
  await writeReport(report, values.out);
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  await Promise.all(children.map((child) => stopProcess(child)));
  await database.stop();
}
process.exit(0);

interface Fetched extends BarePage {
  raw: Buffer;
}

/**
 * Each page twice from every server, keeping the second answer: the first may be the one render
 * of a new choice, streamed whole, while readers get the cached copy (no client runtime) after it.
 * Which pages answer as expected.
 */
async function readPages(servers: string[], candidates: BenchPage[]) {
  const pages: BenchPage[] = [];
  const bodies = new Map<string, Fetched>();
  const skipped: string[] = [];
  for (const page of candidates) {
    let fetched: Fetched | null = null;
    for (const server of [...servers, ...servers]) {
      const response = await fetch(server + page.path, { redirect: "manual" });
      const raw = Buffer.from(await response.arrayBuffer());
      fetched = {
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        body: raw.toString("base64"),
        raw,
      };
    }
    if (fetched?.status === page.status) {
      pages.push(page);
      bodies.set(page.path, fetched);
    } else {
      skipped.push(
        `${page.path} (${fetched?.status}${page.optional ? ", not in this build" : ""})`,
      );
    }
  }
  return { pages, bodies, skipped };
}

function smallestPrerendered(pages: BenchPage[], bodies: Map<string, Fetched>): string {
  const prerendered = readStaticRoutes(path.join(projectRoot, ".next"));
  const candidates = pages.filter((p) => prerendered.has(p.path) && p.status === 200);
  if (!candidates.length)
    throw new Error("No prerendered page among those measured: is .next a production build?");
  return candidates.reduce((a, b) =>
    bodies.get(a.path)!.raw.length <= bodies.get(b.path)!.raw.length ? a : b,
  ).path;
}

function sizeOf(raw: Buffer): PageSize {
  return {
    raw: raw.length,
    gzip: compress(raw, "gzip").length,
    brotli: compress(raw, "br").length,
  };
}
