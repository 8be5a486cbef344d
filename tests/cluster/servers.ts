// Two production servers of the one build in .next, on one database (npm test's e2e
// database), started and stopped by the tests themselves.
import type { ChildProcess } from "node:child_process";
import { freePort } from "../../lib/ops/embedded-postgres";
import { spawnWebServer, stopProcess, waitForServer } from "../../lib/ops/web-server";

export const databaseUrl = process.env.DATABASE_URL ?? "";
if (!databaseUrl) throw new Error("DATABASE_URL is not set: run these tests through npm test.");

export class Server {
  private process: ChildProcess | null = null;
  /** The events the server logged (JSON lines other than per-request ones), oldest first. */
  readonly events: string[] = [];
  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const show = Boolean(process.env.SHOW_SERVER_OUTPUT);
    this.process = spawnWebServer({
      port: this.port,
      env: { DATABASE_URL: databaseUrl, ...this.env },
      stdio: ["ignore", "pipe", show ? "inherit" : "ignore"],
    });
    let partial = "";
    this.process.stdout!.on("data", (chunk: Buffer) => {
      if (show) process.stdout.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        const event = /^\{.*"event":"([a-z.]+)"/.exec(line)?.[1];
        if (event && event !== "request") this.events.push(event);
      }
    });
    await waitForServer(`${this.url}/en`, 90_000);
  }

  /** SIGTERM, and the server's own drain (lib/server/shutdown.ts); resolves when it has exited. */
  async stop() {
    if (this.process) await stopProcess(this.process);
    this.process = null;
  }
}

export async function twoServers(env: Record<string, string> = {}): Promise<[Server, Server]> {
  return [new Server(await freePort(), env), new Server(await freePort(), env)];
}
