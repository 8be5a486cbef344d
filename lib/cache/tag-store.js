// @ts-check
// When each cache tag was last invalidated, shared by every web server through PostgreSQL.
//
// Next's caches keep their entries per process (memory, and .next on disk); what must
// reach every server is the fact that a tag changed. A publish writes the tag's time to
// the `cache_tag` table and NOTIFYs the others in the same statement; each server keeps
// a copy of that small table in memory, filled at start and kept current by LISTEN, so
// checking an entry costs a Map lookup, not a query. The table outlives restarts, so a
// page built or rendered before a publish is never served as fresh after it.
//
// Plain JavaScript: Next loads cache handlers with Node's own import(), which cannot
// read TypeScript.
import pg from "pg";

const CHANNEL = "portal_cache_tags";
// Names the listening sessions in pg_stat_activity.
export const LISTENER_NAME = "portal-cache-tags";
// A NOTIFY payload must stay under 8000 bytes; a publish touches a handful of tags.
const TAGS_PER_STATEMENT = 50;
// A starting server's first requests wait for the tags until the first attempt to read
// them succeeds or fails: at once when PostgreSQL refuses the connection, after
// CONNECT_TIMEOUT_MS when it hangs. Then they carry on with what the server has
// (prerendered pages keep serving) while it keeps trying.
const CONNECT_TIMEOUT_MS = 5_000;
const RECONNECT_MS = { first: 250, max: 5_000 };

const UPSERT = `
  WITH changed AS (
    INSERT INTO cache_tag AS t (tag, stale_at, expired_at, updated_at)
    SELECT tag, stale_at, expired_at, now() FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS u(tag, stale_at, expired_at)
    ON CONFLICT (tag) DO UPDATE SET
      stale_at = COALESCE(EXCLUDED.stale_at, t.stale_at),
      expired_at = COALESCE(EXCLUDED.expired_at, t.expired_at),
      updated_at = now()
    RETURNING tag, stale_at, expired_at
  )
  SELECT pg_notify('${CHANNEL}', json_agg(json_build_array(tag, stale_at, expired_at))::text) FROM changed`;

/**
 * @typedef {{ stale?: number, expired?: number }} TagTimes  as in Next's own tags manifest (ms since the epoch)
 * @typedef {{ expire?: number }} Durations  seconds, from revalidateTag's cache profile
 * @typedef {ReturnType<typeof createTagStore>} TagStore
 */

/**
 * The time a tag change takes effect, exactly as Next's default handlers compute it:
 * without durations (updateTag) the tag expires now; with them (revalidateTag with a
 * profile) it turns stale now and expires after `expire` seconds.
 * @param {number} now
 * @param {Durations | undefined} durations
 * @returns {TagTimes}
 */
export function tagTimes(now, durations) {
  if (!durations) return { expired: now };
  return {
    stale: now,
    expired: durations.expire === undefined ? undefined : now + durations.expire * 1000,
  };
}

// Next's implicit tag of the root layout: every page and every cached read made for a
// page carries it (it is what revalidatePath("/", "layout") expires).
export const EVERY_PAGE = "_N_T_/layout";

/**
 * Writes an invalidation to cache_tag and tells every server, through any pg client or pool.
 * @param {{ query: (text: string, values: unknown[]) => Promise<unknown> }} db
 * @param {string[]} changed
 * @param {TagTimes} times
 */
export async function recordInvalidation(db, changed, times) {
  for (let i = 0; i < changed.length; i += TAGS_PER_STATEMENT) {
    const batch = changed.slice(i, i + TAGS_PER_STATEMENT);
    await db.query(UPSERT, [
      batch,
      batch.map(() => times.stale ?? null),
      batch.map(() => times.expired ?? null),
    ]);
  }
}

/** @param {{ connectionString: string, log?: (message: string, error?: unknown) => void }} options */
export function createTagStore({ connectionString, log = defaultLog }) {
  /** @type {Map<string, TagTimes>} */
  const tags = new Map();
  // Writes use their own small pool, so a reconnecting listener never delays a publish.
  const writer = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
  });
  writer.on("error", (error) => log("cache tags: idle writer connection failed", error));
  /** @type {pg.Client | null} */
  let listener = null;
  let closed = false;
  let retryMs = RECONNECT_MS.first;
  /** @type {() => void} */
  let firstAttemptDone = () => {};
  const ready = new Promise(
    (/** @type {(value: void) => void} */ resolve) => (firstAttemptDone = resolve),
  );

  /** @param {Array<[string, string | number | null, string | number | null]>} rows  whole rows of cache_tag */
  function merge(rows) {
    for (const [tag, stale, expired] of rows) {
      tags.set(tag, {
        stale: stale == null ? undefined : Number(stale),
        expired: expired == null ? undefined : Number(expired),
      });
    }
  }

  // LISTEN before reading the table, so no change made in between is missed.
  async function connect() {
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: LISTENER_NAME,
    });
    client.on("error", (error) => log("cache tags: listener connection failed", error));
    client.on("end", () => {
      if (listener !== client) return;
      listener = null;
      if (!closed) scheduleReconnect();
    });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) merge(JSON.parse(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      const { rows } = await client.query({
        text: "SELECT tag, stale_at, expired_at FROM cache_tag",
        rowMode: "array",
      });
      if (closed) return void (await client.end());
      merge(/** @type {Array<[string, string | null, string | null]>} */ (rows));
      listener = client;
      retryMs = RECONNECT_MS.first;
    } catch (error) {
      log("cache tags: cannot read the shared tags yet, retrying", error);
      await client.end().catch(() => {});
      if (!closed) scheduleReconnect();
    } finally {
      firstAttemptDone();
    }
  }

  function scheduleReconnect() {
    setTimeout(() => closed || void connect(), retryMs).unref();
    retryMs = Math.min(retryMs * 2, RECONNECT_MS.max);
  }

  void connect();

  /**
   * @param {string[]} entryTags
   * @param {(times: TagTimes) => boolean} test
   */
  const some = (entryTags, test) =>
    entryTags.some((tag) => {
      const times = tags.get(tag);
      return times !== undefined && test(times);
    });

  return {
    /** Resolves once the shared tags are loaded, or the first attempt to load them failed. */
    ready: () => ready,

    /** Whether the listener is connected (tests and diagnostics). */
    connected: () => listener !== null,

    /**
     * A tag expired after the entry was made (and that expiry has come): the entry is gone.
     * @param {string[]} entryTags
     * @param {number} timestamp
     */
    isExpired: (entryTags, timestamp) =>
      some(
        entryTags,
        ({ expired }) => expired !== undefined && expired > timestamp && expired <= Date.now(),
      ),

    /**
     * A tag turned stale after the entry was made: serve it once more while it is replaced.
     * @param {string[]} entryTags
     * @param {number} timestamp
     */
    isStale: (entryTags, timestamp) =>
      some(entryTags, ({ stale }) => stale !== undefined && stale > timestamp),

    /**
     * The newest expiry among these tags, 0 when none was ever invalidated (cacheHandlers.getExpiration).
     * @param {string[]} entryTags
     */
    expiration: (entryTags) => Math.max(0, ...entryTags.map((tag) => tags.get(tag)?.expired ?? 0)),

    /**
     * Records an invalidation for every server, this one at once.
     * Throws if PostgreSQL did not record it: reporting success would let the other servers
     * (and this one after a restart) serve the old entries.
     * @param {string[]} changed
     * @param {Durations} [durations]
     */
    async update(changed, durations) {
      const times = tagTimes(Date.now(), durations);
      // As the UPSERT does: a time left out keeps the one recorded before.
      for (const tag of changed) tags.set(tag, { ...tags.get(tag), ...definedOnly(times) });
      await recordInvalidation(writer, changed, times);
    },

    async close() {
      closed = true;
      await Promise.all([listener?.end(), writer.end()]);
    },
  };
}

/** @param {TagTimes} times */
const definedOnly = (times) =>
  Object.fromEntries(Object.entries(times).filter(([, value]) => value !== undefined));

/**
 * @param {string} message
 * @param {unknown} [error]
 */
function defaultLog(message, error) {
  console.error(`${message}: ${error instanceof Error ? error.message : String(error ?? "")}`);
}
