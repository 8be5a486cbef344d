// How many connections each server's pool may open, so that N servers never exhaust
// PostgreSQL's max_connections (README "Several servers"):
//
//   per server = min(CEILING, floor((max_connections − reserved − HEADROOM) / servers) − TAG_STORE)
//
// reserved: superuser_reserved_connections + reserved_connections (PostgreSQL keeps those
// for administrators); HEADROOM: migrations, `npm run user:create`, a psql session;
// TAG_STORE: each server's cache-tag listener and writer (lib/cache/tag-store.js).
// CEILING: beyond a few connections per core, more only queue inside PostgreSQL.
import pg from "pg";

export const HEADROOM = 5;
export const TAG_STORE = 2;
export const CEILING = 10;
const FLOOR = 2;

export interface ConnectionLimits {
  maxConnections: number;
  reserved: number;
}

export function poolSizeFor(limits: ConnectionLimits, servers: number): number {
  const share =
    Math.floor((limits.maxConnections - limits.reserved - HEADROOM) / Math.max(1, servers)) -
    TAG_STORE;
  if (share < FLOOR) {
    throw new Error(
      `PostgreSQL allows ${limits.maxConnections} connections (${limits.reserved} reserved): too few for ${servers} servers. ` +
        `Raise max_connections or run fewer servers.`,
    );
  }
  return Math.min(CEILING, share);
}

export async function readConnectionLimits(databaseUrl: string): Promise<ConnectionLimits> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', 'superuser_reserved_connections', 'reserved_connections')",
    );
    const setting = (name: string) => Number(rows.find((row) => row.name === name)?.setting ?? 0);
    return {
      maxConnections: setting("max_connections"),
      reserved: setting("superuser_reserved_connections") + setting("reserved_connections"),
    };
  } finally {
    await client.end();
  }
}

/** PORTAL_DB_POOL_SIZE when the operator set it; otherwise the share of `servers` servers. */
export async function poolSizeSetting(databaseUrl: string, servers: number): Promise<string> {
  if (process.env.PORTAL_DB_POOL_SIZE) return process.env.PORTAL_DB_POOL_SIZE;
  return String(poolSizeFor(await readConnectionLimits(databaseUrl), servers));
}
