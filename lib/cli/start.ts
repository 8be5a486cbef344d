// npm start (and npm run dev with --dev): database, migrations, seed, build, serve.
// Uses DATABASE_URL when set, otherwise an embedded PostgreSQL whose data stays in
// .data/ between runs. Ctrl-C or SIGTERM stops the web server, then the database.
import { spawn, spawnSync } from "node:child_process";
import { seedIfEmpty } from "../../prisma/seed/seed";
import { provideDatabase } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { projectRoot } from "../ops/schema-engine";
import { createPrismaClient } from "../prisma-client";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const database = await provideDatabase();
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(code);
}

try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = createPrismaClient(database.url);
  if (await seedIfEmpty(db)) console.log("Loaded the seed data into the empty database.");
  const { printFirstAccountHint } = await import("../ops/first-account-hint");
  await printFirstAccountHint(db);
  await db.$disconnect();
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const childEnv = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
const next = (args: string[]) => ["node_modules/next/dist/bin/next", ...args];

if (!dev) {
  const build = spawnSync(process.execPath, next(["build"]), { cwd: projectRoot, stdio: "inherit", env: childEnv });
  if (build.status !== 0) await shutdown(build.status ?? 1);
}

// The portal's own server (lib/cli/serve.ts) rather than `next start`: it tells the
// application each request's real address, for sign-in throttling and the audit log.
const server = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", ...(dev ? ["--dev"] : [])], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...childEnv, PORT: port },
});
server.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill("SIGTERM");
  });
}
