import "server-only";
import { env } from "./env";
import { createPrismaClient, type Database } from "./prisma-client";

// Outside production, hot reloads re-evaluate this module; keep one client (and one pool)
// on globalThis and read it back, instead of opening a new pool each time.
const globalForDb = globalThis as unknown as { portalDb?: Database };

export const db: Database = globalForDb.portalDb ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;
