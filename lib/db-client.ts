import { env } from "./env";
import {
  buildTimeouts,
  createPrismaClient,
  databaseTimeouts,
  type Database,
} from "./prisma-client";

// One client (and one pool) per process. Next may evaluate this module more than once: on
// every hot reload in development, and once per bundle in production; the web server loads it
// too, outside Next, to route readers' addresses (lib/routing/reader-routes.ts). So the client
// lives on globalThis and is read back; the web server (lib/server/web-server.ts) closes it
// from there when it shuts down. Pages and actions import it through ./db, which keeps it out
// of client bundles.
const globalForDb = globalThis as unknown as { portalDb?: Database };

const timeouts =
  process.env.NEXT_PHASE === "phase-production-build" ? buildTimeouts : databaseTimeouts;

export const db: Database = (globalForDb.portalDb ??= createPrismaClient(
  env().DATABASE_URL,
  timeouts,
));
