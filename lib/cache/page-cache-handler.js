// @ts-check
// cacheHandler (pages and prerendered shells): Next's own file-system cache, which serves
// what the build prerendered from .next and keeps pages rendered since in memory (a bounded
// LRU, cacheMaxMemorySize; next.config.js turns off its copies on disk, so that pages made per
// choice cannot fill the disk, and servers started from one folder never write to it), with
// one change for several servers: a page is served only if none of its tags was invalidated
// after it was made, by any server (./tag-store.js), also after a restart; otherwise it is
// rendered before it is served. A public page is served without Next's client runtime (./reading-page.js).
import { createRequire } from "node:module";
import { servedToReaders } from "./reading-page.js";
import { sharedTagStore } from "./shared-tags.js";

const require = createRequire(import.meta.url);
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache.js").default} */
const FileSystemCache =
  require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

// The response header in which Next stores a page's tags (NEXT_CACHE_TAGS_HEADER).
const TAGS_HEADER = "x-next-cache-tags";

export default class PageCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx);
    this.tags = sharedTagStore();
  }

  /**
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>[0]} key
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>[1]} ctx
   */
  async get(key, ctx) {
    await this.tags.ready();
    const data = servedToReaders(key, await super.get(key, ctx));
    const value = data?.value;
    const header = value && "headers" in value ? value.headers?.[TAGS_HEADER] : undefined;
    if (!data || typeof header !== "string") return data;
    const pageTags = header.split(",");
    if (
      !this.tags.isExpired(pageTags, data.lastModified) &&
      !this.tags.isStale(pageTags, data.lastModified)
    )
      return data;
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
