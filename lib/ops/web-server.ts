// The one way the scripts start a production web server (`npm start`, `npm run
// start:cluster`, the cross-server tests), so the server's entry point is chosen here only.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { projectRoot } from "./schema-engine";
import { serverBundle } from "./server-bundle";

export interface WebServerOptions {
  port: number;
  env: Record<string, string>;
  stdio?: StdioOptions;
  dev?: boolean;
}

/**
 * Node's arguments for the web server: in production the plain JavaScript bundle that
 * `npm run build` makes of lib/server/serve.ts (./server-bundle.ts says why), in development
 * serve.ts itself under tsx.
 */
export function webServerArgs(dev = false): string[] {
  if (dev) return ["--import", "tsx", "lib/server/serve.ts", "--dev"];
  if (!existsSync(serverBundle))
    throw new Error("The build has no web server (.next/portal-server): run `npm run build`.");
  return ["--enable-source-maps", serverBundle];
}

/**
 * The portal's web server around Next (lib/server/serve.ts: request logs, outage gate, security
 * headers, readers' routes, graceful drain); in development around Next's development server,
 * with hot reload.
 */
export function spawnWebServer({
  port,
  env,
  stdio = "inherit",
  dev = false,
}: WebServerOptions): ChildProcess {
  return spawn(process.execPath, webServerArgs(dev), {
    cwd: projectRoot,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
  });
}

/** Resolves once `url` answers at all (any status below 500), or rejects after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Server at ${url} did not start within ${timeoutMs / 1000} s`);
}

/** Sends SIGTERM and waits for the process to exit (SIGKILL after `graceMs`). */
export function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
