import path from "node:path";
import type { Database } from "../prisma-client";
import { listMigrationNames } from "./migration-names";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable";
  /** Migrations of this build that the database has not applied; null when it did not answer. */
  pendingMigrations: string[] | null;
}

/**
 * Whether this server can serve everything: PostgreSQL answers within `timeoutMs` and has
 * applied every migration this build ships. What a load balancer asks before sending traffic.
 */
export async function checkReadiness(
  db: Database,
  timeoutMs = 2_000,
  migrationsDir = path.join(process.cwd(), "prisma/migrations"),
): Promise<Readiness> {
  const expected = await listMigrationNames(migrationsDir);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>(
    (resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)),
  );
  const rows = await Promise.race([appliedMigrations(db).catch(() => null), timeout]).finally(() =>
    clearTimeout(timer),
  );
  if (!rows) return { ready: false, database: "unreachable", pendingMigrations: null };
  const done = new Set(rows.map((row) => row.migration_name));
  const pendingMigrations = expected.filter((name) => !done.has(name));
  return { ready: pendingMigrations.length === 0, database: "ok", pendingMigrations };
}

/** Names of the migrations applied to this database; none where it has never been migrated. */
async function appliedMigrations(db: Database): Promise<{ migration_name: string }[]> {
  const [{ present }] = await db.$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!present) return [];
  return db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
}
