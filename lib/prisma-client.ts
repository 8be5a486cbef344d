import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one way to make a Prisma client: the app (lib/db.ts), the seed and the tests share it.
 * Password hashes are omitted unless a query asks for them by name.
 */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.PORTAL_DB_POOL_SIZE ?? 10),
    // pg waits forever by default; a page should fail fast instead of hanging.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createPrismaClient>;
