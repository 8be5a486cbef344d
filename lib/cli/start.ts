// npm start (and npm run dev with --dev): database, migrations, seed, build if stale, serve.
// Uses DATABASE_URL when set, otherwise an embedded PostgreSQL whose data stays in
// .data/ between runs. Ctrl-C or SIGTERM stops the web server, then the database.
import { boot } from "../ops/boot";
import { provideDatabase } from "../ops/embedded-postgres";
import { spawnWebServer } from "../ops/web-server";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const database = await provideDatabase();
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(code);
}

let env: Record<string, string> = {};
try {
  env = await boot(database.url, { servers: 1, dev });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const server = spawnWebServer({ port, env, dev });
server.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill("SIGTERM");
  });
}
