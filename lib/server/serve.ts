// The web server's entry point, after `npm run build`, which bundles it to plain JavaScript as
// .next/portal-server/serve.mjs (lib/ops/server-bundle.ts); with `--dev`, run under tsx around
// Next's development server, no build. Each process serves the build in this folder
// on PORT (default 3000; PORTAL_HOST picks the interface) against DATABASE_URL; start as many
// as you like on one build. `npm start` launches it
// (lib/cli/start.ts) once the database, migrations and build are ready.
import path from "node:path";
import { databasePoolSize, env, servedOverHttps } from "../env";

const dev = process.argv.includes("--dev");
// Before Next and React load: they pick their production or development code from it.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
const { startWebServer } = await import("./web-server");

await startWebServer({
  dir: path.resolve(import.meta.dirname, "../.."),
  dev,
  port: Number(process.env.PORT ?? 3000),
  hostname: process.env.PORTAL_HOST ?? "0.0.0.0",
  databaseUrl: env().DATABASE_URL,
  https: servedOverHttps(),
  graceMs: Number(process.env.PORTAL_SHUTDOWN_GRACE_MS ?? 10_000),
  databaseConcurrency: databasePoolSize(),
});
