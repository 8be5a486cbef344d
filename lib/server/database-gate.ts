// The outage gate: before a request that may read PostgreSQL reaches Next, make sure the
// database is answering. Next sends "200" as soon as a page's static shell is ready, long
// before a query inside it fails, so a page cannot turn itself into a 503; the gate decides
// before anything is sent.
//
// An answer to a probe (SELECT 1 on a connection of its own) vouches for the database for a
// short moment; requests arriving meanwhile wait for the probe in flight rather than start one. A probe without an answer within
// `probeTimeoutMs` marks the database down: from then on such requests get 503 at once while
// a background probe retries every `retryMs`, and the first answer reopens the gate.
// The state is this process's view of its own connection, so each server keeps its own.
import pg from "pg";
import type { Logger } from "./logger";

export interface GateOptions {
  probeTimeoutMs?: number;
  vouchMs?: number;
  retryMs?: number;
}

export function createDatabaseGate(
  connectionString: string,
  log: Logger,
  options: GateOptions = {},
) {
  const { probeTimeoutMs = 1_000, vouchMs = 100, retryMs = 1_000 } = options;
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: probeTimeoutMs,
    query_timeout: probeTimeoutMs,
    idleTimeoutMillis: 60_000,
    keepAlive: true,
  });
  pool.on("error", () => {}); // an idle probe connection dropped: the next probe reconnects

  let up = true;
  let lastAnswerAt = 0;
  let probe: Promise<boolean> | null = null;
  let retryTimer: NodeJS.Timeout | null = null;

  function setUp(next: boolean, error?: unknown) {
    if (next === up) return;
    up = next;
    if (up) log.info({ event: "database.available" }, "database answering again");
    else
      log.warn(
        { event: "database.unavailable", err: error },
        "database not answering: requests that need it get 503",
      );
  }

  function runProbe(): Promise<boolean> {
    const result = pool.query("SELECT 1").then(
      () => {
        lastAnswerAt = Date.now();
        setUp(true);
        return true;
      },
      (error: unknown) => {
        setUp(false, error);
        scheduleRetry();
        return false;
      },
    );
    probe = result;
    void result.finally(() => {
      if (probe === result) probe = null;
    });
    return result;
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (!up && !probe) void runProbe();
    }, retryMs);
    retryTimer.unref();
  }

  return {
    /** Whether a request that needs the database should go ahead. Resolves within probeTimeoutMs. */
    async admit(): Promise<boolean> {
      if (!up) return false;
      if (Date.now() - lastAnswerAt < vouchMs) return true;
      return probe ?? runProbe();
    },
    isUp: () => up,
    async close() {
      if (retryTimer) clearTimeout(retryTimer);
      await pool.end().catch(() => {});
    },
  };
}

export type DatabaseGate = ReturnType<typeof createDatabaseGate>;
