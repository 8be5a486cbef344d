// @ts-check
// cacheHandler (pages and prerendered shells): Next's own file-system cache, which serves
// what the build prerendered and keeps re-rendered pages in memory and in .next, with two
// changes for several servers:
// - a page is served only if none of its tags was invalidated after it was made, by any
//   server (./tag-store.js), also after a restart; otherwise it is rendered before it is served;
// - files are written whole (to a temporary name, then renamed): servers started from the
//   same folder (`npm run start:cluster`) never read another's half-written page.
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { sharedTagStore } from "./shared-tags.js";

const require = createRequire(import.meta.url);
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache.js").default} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

// The response header in which Next stores a page's tags (NEXT_CACHE_TAGS_HEADER).
const TAGS_HEADER = "x-next-cache-tags";

/**
 * @param {string} file
 * @param {string | Uint8Array} data
 */
async function writeWhole(file, data) {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

export default class PageCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx.fs ? { ...ctx, fs: { ...ctx.fs, writeFile: writeWhole } } : ctx);
    this.tags = sharedTagStore();
  }

  /**
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>[0]} key
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>[1]} ctx
   */
  async get(key, ctx) {
    await this.tags.ready();
    const data = await super.get(key, ctx);
    const value = data?.value;
    const header = value && "headers" in value ? value.headers?.[TAGS_HEADER] : undefined;
    if (!data || typeof header !== "string") return data;
    const pageTags = header.split(",");
    if (!this.tags.isExpired(pageTags, data.lastModified) && !this.tags.isStale(pageTags, data.lastModified)) return data;
    // What Next does itself when a tag of its own process expired: keep the entry but
    // mark it (lastModified -1) for a render before it is served. Reporting a miss
    // instead would serve the route's fallback shell with the old data in the meantime.
    // Stale (revalidateTag with a profile) is treated the same: correct, at one render's cost.
    return { ...data, lastModified: -1 };
  }

  // revalidateTag (inherited) keeps Next's own in-process bookkeeping; the shared record
  // is written once per publish, by the 'use cache' handler (./use-cache-handler.js),
  // which Next calls with the same tags.
}
