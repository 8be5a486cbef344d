import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../../lib/ops/embedded-postgres";
import { projectRoot } from "../../../lib/ops/schema-engine";
import { webServerArgs } from "../../../lib/ops/web-server";

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run these tests through \`npm test\` (see tests/ops/vitest.config.ts).`,
    );
  return value;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Every JSON line the server wrote so far, parsed. */
  logs: Record<string, unknown>[];
  /** Lines that were not JSON. */
  otherLines: string[];
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** One web server (the same entry point `npm start` uses) on the existing build. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, webServerArgs(), {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      PORTAL_HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const otherLines: string[] = [];
  let buffered = "";
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      try {
        logs.push(JSON.parse(line));
      } catch {
        otherLines.push(line);
      }
    }
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${otherLines.join("\n")}`);
    if (Date.now() > deadline) throw new Error("server did not start within 90 s");
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    logs,
    otherLines,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
