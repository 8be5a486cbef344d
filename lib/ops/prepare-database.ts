// Migrations and the first seed, run by exactly one server at a time: servers that start
// together queue on a PostgreSQL advisory lock (held by a session, so a server that dies
// releases it), and the ones after the first find nothing left to do.
import pg from "pg";
import { seedIfEmpty } from "../../prisma/seed/seed";
import { createPrismaClient } from "../prisma-client";
import { applyMigrations } from "./migrate";

// Any constant of our own; Prisma's schema engine locks 72707369 on its own connection
// while it migrates, so this must differ or the two would wait for each other.
const PREPARE_LOCK = 7_112_026;

/** Runs `work` while holding the portal's advisory lock on this database. */
export async function withPrepareLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
    return await work();
  } finally {
    // Ending the session releases the lock even if the unlock itself fails.
    await client.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}

export interface Prepared {
  applied: string[];
  seeded: boolean;
}

/** Applies pending migrations and seeds an empty database, once across every server. */
export function prepareDatabase(databaseUrl: string): Promise<Prepared> {
  return withPrepareLock(databaseUrl, async () => {
    const applied = await applyMigrations(databaseUrl);
    const db = createPrismaClient(databaseUrl);
    try {
      return { applied, seeded: await seedIfEmpty(db) };
    } finally {
      await db.$disconnect();
    }
  });
}
