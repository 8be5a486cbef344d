import { PrismaPg } from "@prisma/adapter-pg";
import { databasePoolSize } from "./env";
import { PrismaClient } from "./generated/prisma/client";

/**
 * How long the portal waits for PostgreSQL. node-postgres waits forever by default, so a stuck
 * server (paused, partitioned, out of connections) would hang every request that reads it.
 * The server cancels its own runaway statements and lock waits; the client gives up a little
 * later in case the server cannot even answer. The web server's outage gate (lib/server)
 * answers 503 before most requests get this far; these bound the ones already in flight.
 */
export const databaseTimeouts = {
  /** Waiting for a free pooled connection or for a new one to be accepted. */
  connectMs: 5_000,
  /** Server side: a statement running longer is cancelled (SQLSTATE 57014). */
  statementMs: 5_000,
  /** Server side: a statement waiting longer for a lock fails (SQLSTATE 55P03). */
  lockMs: 2_000,
  /** Server side: a transaction left idle this long is ended, releasing its locks. */
  idleInTransactionMs: 10_000,
  /** Client side: no answer at all within this long (a frozen server) fails the query. */
  queryMs: 6_000,
};

/**
 * `next build` prerenders every page at once in parallel workers on a busy machine: batch
 * work that may wait longer than a visitor would. A frozen database still fails the build.
 */
export const buildTimeouts = {
  ...databaseTimeouts,
  connectMs: 60_000,
  queryMs: 120_000,
  statementMs: 60_000,
  lockMs: 30_000,
};

/**
 * The one way to make a Prisma client: the app (lib/db.ts), the seed and the tests share it.
 * Password hashes are omitted unless a query asks for them by name.
 */
export function createPrismaClient(connectionString: string, timeouts = databaseTimeouts) {
  const adapter = new PrismaPg({
    connectionString,
    max: databasePoolSize(),
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: 30_000,
    query_timeout: timeouts.queryMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // Notice a peer that vanished (network partition) instead of waiting on a dead socket.
    keepAlive: true,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createPrismaClient>;
