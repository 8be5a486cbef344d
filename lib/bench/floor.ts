// Starts the floor of `npm run bench` (lib/bench/bare-server.ts) in its own process, serving
// the given pages' bytes.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../ops/schema-engine";
import { stopProcess } from "../ops/web-server";
import type { BarePage } from "./bare-server";

export async function startFloor(port: number, pages: Map<string, BarePage>) {
  const dir = await mkdtemp(path.join(tmpdir(), "vj-portal-bench-"));
  const file = path.join(dir, "pages.json");
  await writeFile(
    file,
    JSON.stringify(
      Object.fromEntries(
        [...pages].map(([p, { status, contentType, body }]) => [p, { status, contentType, body }]),
      ),
    ),
  );
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "lib/bench/bare-server.ts"), file, String(port)],
    {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`The floor server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
