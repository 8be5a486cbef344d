// npm run bench:server: what the portal's web server (lib/server/serve.ts) costs against
// `next start` on the same build, in the same run: prerendered pages under autocannon
// (20 connections, 8 s), the two servers taking turns so machine load hits both alike.
// Needs a build (`npm run build`) and DATABASE_URL. Prints numbers; never a pass/fail.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { measureLoad } from "../bench/load";
import { freePort } from "../ops/embedded-postgres";
import { projectRoot } from "../ops/schema-engine";

const pages = ["/en", "/en/provinces/bac-ninh"];
const rounds = 2;

async function start(
  kind: "next start" | "serve.ts",
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const args =
    kind === "next start"
      ? [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port)]
      : ["--import", "tsx", "lib/server/serve.ts"];
  const child = spawn(process.execPath, args, {
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

const measure = (url: string) => measureLoad(url, { seconds: 8 });

const servers = { "next start": await start("next start"), "serve.ts": await start("serve.ts") };
try {
  const rows = [];
  for (const page of pages) {
    for (const server of Object.values(servers)) await measure(server.url + page); // warm up
    for (let round = 1; round <= rounds; round++) {
      for (const [kind, server] of Object.entries(servers))
        rows.push({ page, server: kind, round, ...(await measure(server.url + page)) });
    }
  }
  console.table(rows);
} finally {
  for (const server of Object.values(servers)) server.child.kill("SIGTERM");
}
