// npm run bench:server: what the portal's web server costs, on the same build, in the same run:
// the bundle production runs (.next/portal-server/serve.mjs) against the same server run from
// source under tsx (lib/ops/server-bundle.ts says why it is bundled) and, on prerendered pages,
// against `next start`. Autocannon, 20 connections, 8 s; the servers take turns so machine
// load hits all alike. Besides requests/s it prints each server's CPU time per request (Linux's
// /proc: user + system, every thread of the process), which a busy shared machine disturbs far
// less. Needs a build (`npm run build`) and DATABASE_URL. Prints numbers; never a pass/fail.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { measureLoad } from "../bench/load";
import { freePort } from "../ops/embedded-postgres";
import { projectRoot } from "../ops/schema-engine";
import { webServerArgs } from "../ops/web-server";

const servers = {
  "next start": (port: number) => [
    path.join(projectRoot, "node_modules/next/dist/bin/next"),
    "start",
    "-p",
    String(port),
  ],
  "serve.ts under tsx": () => ["--import", "tsx", "lib/server/serve.ts"],
  "serve.mjs (npm start)": () => webServerArgs(),
};
type ServerKind = keyof typeof servers;
const ours: ServerKind[] = ["serve.ts under tsx", "serve.mjs (npm start)"];

// `next start` knows nothing of the readers' routes (lib/routing/reader-routes.ts): it is
// measured only where it serves the same page.
const pages: { path: string; on: ServerKind[] }[] = [
  { path: "/en", on: ["next start", ...ours] },
  { path: "/en/provinces/bac-ninh", on: ["next start", ...ours] },
  { path: "/ja/meetings?province=nghe-an", on: ours },
  { path: "/en/search?q=kanagawa", on: ours },
  { path: "/api/v1/meetings", on: ours },
];
const rounds = 2;
const seconds = 8;

/** CPU time (ms) the process has used so far, or NaN where /proc is missing. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function start(kind: ServerKind): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, servers[kind](port), {
    cwd: projectRoot,
    stdio: "ignore",
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${url}/en`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${kind} did not start`);
}

async function measure({ url, child }: { url: string; child: ChildProcess }, page: string) {
  const cpuBefore = cpuMs(child.pid!);
  const startedAt = performance.now();
  const result = await measureLoad(url + page, { seconds });
  const requests = (result.rps * (performance.now() - startedAt)) / 1000;
  return { ...result, cpuMsPerRequest: +((cpuMs(child.pid!) - cpuBefore) / requests).toFixed(2) };
}

const running = new Map<ServerKind, Awaited<ReturnType<typeof start>>>();
try {
  for (const kind of Object.keys(servers) as ServerKind[]) running.set(kind, await start(kind));
  const rows = [];
  for (const page of pages) {
    for (const kind of page.on) await measure(running.get(kind)!, page.path); // warm up
    for (let round = 1; round <= rounds; round++) {
      for (const kind of round % 2 ? page.on : [...page.on].reverse())
        rows.push({
          page: page.path,
          server: kind,
          round,
          ...(await measure(running.get(kind)!, page.path)),
        });
    }
  }
  console.table(rows);
} finally {
  for (const server of running.values()) server.child.kill("SIGTERM");
}
