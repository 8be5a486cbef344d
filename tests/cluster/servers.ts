// Two production servers of the one build in .next, on one database (npm test's e2e
// database), started and stopped by the tests themselves.
import type { ChildProcess } from "node:child_process";
import { freePort } from "../../lib/ops/embedded-postgres";
import { spawnWebServer, stopProcess, waitForServer } from "../../lib/ops/web-server";

export const databaseUrl = process.env.DATABASE_URL ?? "";
if (!databaseUrl) throw new Error("DATABASE_URL is not set: run these tests through npm test.");

export class Server {
  private process: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.process = spawnWebServer({ port: this.port, env: { DATABASE_URL: databaseUrl, ...this.env }, stdio: process.env.SHOW_SERVER_OUTPUT ? "inherit" : "ignore" });
    await waitForServer(`${this.url}/en`, 90_000);
  }

  async stop() {
    if (this.process) await stopProcess(this.process);
    this.process = null;
  }
}

export async function twoServers(): Promise<[Server, Server]> {
  return [new Server(await freePort()), new Server(await freePort())];
}
