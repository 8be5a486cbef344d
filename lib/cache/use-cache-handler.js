// @ts-check
// cacheHandlers.default ('use cache'): Next's own in-memory handler for the entries,
// checked against the tags every server shares (./tag-store.js). Next's handler knows
// only the invalidations made in this process; an entry whose tag another server (or this
// one before a restart) invalidated is reported as missing, so it is rendered anew.
import { createRequire } from "node:module";
import { sharedTagStore } from "./shared-tags.js";

/** @typedef {import("next/dist/server/lib/cache-handlers/types").CacheHandler} CacheHandler */

const require = createRequire(import.meta.url);
/** @type {{ createDefaultCacheHandler: (maxSize: number) => CacheHandler }} */
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

// Next's own default size for its in-memory 'use cache' store.
const memory = createDefaultCacheHandler(50 * 1024 * 1024);
const tags = sharedTagStore();

/** @type {CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    const entry = await memory.get(cacheKey, softTags);
    if (!entry) return undefined;
    if (tags.isExpired(entry.tags, entry.timestamp)) {
      await entry.value.cancel();
      return undefined;
    }
    return tags.isStale(entry.tags, entry.timestamp) ? { ...entry, revalidate: -1 } : entry;
  },

  set: (cacheKey, pendingEntry) => memory.set(cacheKey, pendingEntry),

  // Called once per request before its first cache read: the copy of the tags is kept
  // current by LISTEN, so this only waits for the first load after the server starts.
  refreshTags: () => tags.ready(),

  async getExpiration(softTags) {
    await tags.ready();
    return Math.max(tags.expiration(softTags), await memory.getExpiration(softTags));
  },

  // The one place a publish's tags are written to the shared store: Next passes the same
  // tags to the page cache (./page-cache-handler.js), which only reads them.
  async updateTags(changed, durations) {
    await memory.updateTags(changed, durations);
    await tags.update(changed, durations);
  },
};

export default handler;
