// npm run start:cluster — the portal as several servers, on one machine, to try it:
// two servers on PORT+1 and PORT+2, one database, a balancer on PORT (default 3000):
// nginx when Debian's nginx is installed, otherwise a small balancer in Node.
// Ctrl-C stops the balancer, then the servers (each finishing what it has in flight),
// then the embedded database.
import type { ChildProcess } from "node:child_process";
import { startBalancer, type StartedBalancer } from "../cluster/balancer";
import { boot } from "../ops/boot";
import { provideDatabase } from "../ops/embedded-postgres";
import { spawnWebServer, stopProcess, waitForServer } from "../ops/web-server";

const SERVERS = 2;
const port = Number(process.env.PORT ?? 3000);
const ports = Array.from({ length: SERVERS }, (_, i) => port + 1 + i);
const upstreams = ports.map((p) => `http://127.0.0.1:${p}`);

const database = await provideDatabase();
const servers: ChildProcess[] = [];
let balancer: StartedBalancer | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await balancer?.close();
  await Promise.all(servers.map((server) => stopProcess(server)));
  await database.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

try {
  // The servers listen on loopback only and believe the balancer's X-Forwarded-For (itself on
  // loopback), so sign-in throttling counts each visitor's own address, not the balancer's.
  const env = {
    ...(await boot(database.url, { servers: SERVERS })),
    PORTAL_HOST: "127.0.0.1",
    PORTAL_TRUSTED_PROXIES: "loopback",
  };
  for (const p of ports) {
    const server = spawnWebServer({ port: p, env });
    server.on("exit", (code) => {
      if (!stopping)
        console.error(
          `The server on port ${p} stopped (${code ?? "signal"}); the balancer sends its requests to the other.`,
        );
    });
    servers.push(server);
  }
  await Promise.all(upstreams.map((url) => waitForServer(`${url}/en`, 120_000)));
  balancer = await startBalancer(port, upstreams);
  await waitForServer(`http://127.0.0.1:${port}/en`);
  console.log(
    `\nThe portal runs on http://localhost:${port}: ${balancer.kind} in front of ${upstreams.join(" and ")}. Ctrl-C stops everything.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
