// What `npm start` and `npm run start:cluster` do before any web server starts: the
// database migrated and seeded (once, under a lock), the build current, each server's
// pool sized. When PostgreSQL cannot be reached but the build is current, the servers
// start anyway: prerendered pages need no database, and the rest recovers when it returns.
import { buildIfStale } from "./build";
import { sourceHash, whyBuild } from "./build-stamp";
import { poolSizeSetting } from "./pool-size";
import { prepareDatabase } from "./prepare-database";

export interface BootOptions {
  servers: number;
  dev?: boolean;
}

/** Returns the environment every web server gets; throws when they cannot start. */
export async function boot(
  databaseUrl: string,
  { servers, dev = false }: BootOptions,
): Promise<Record<string, string>> {
  let reachable = true;
  try {
    const { applied, seeded } = await prepareDatabase(databaseUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    if (seeded) console.log("Loaded the seed data into the empty database.");
    const { printFirstAccountHint } = await import("./first-account-hint");
    const { createPrismaClient } = await import("../prisma-client");
    const db = createPrismaClient(databaseUrl);
    await printFirstAccountHint(db).finally(() => db.$disconnect());
  } catch (error) {
    if (dev || !isUnreachable(error)) throw error;
    reachable = false;
  }

  if (!dev) {
    if (reachable) {
      if (!(await buildIfStale(databaseUrl))) throw new Error("The build failed.");
    } else {
      const reason = await whyBuild(await sourceHash(), null);
      if (reason)
        throw new Error(`PostgreSQL cannot be reached, and building (${reason}) needs it.`);
      console.warn(
        "PostgreSQL cannot be reached: serving the current build; pages that need the database recover when it returns.",
      );
    }
  }

  const env: Record<string, string> = { DATABASE_URL: databaseUrl };
  if (reachable) env.PORTAL_DB_POOL_SIZE = await poolSizeSetting(databaseUrl, servers);
  return env;
}

// Connection refused, timed out or reset, host unknown: PostgreSQL is not there (a wrong
// password or a failing migration is not this, and stops the start).
function isUnreachable(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ""} ${error instanceof Error ? error.message : ""}`;
  return /ECONNREFUSED|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENOTFOUND|timeout|Connection terminated/i.test(
    text,
  );
}
