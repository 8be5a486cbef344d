// A read kept in this server's memory until a write to one of its tags on any server: the
// shared tag store (./shared-tags.js) hears every server's NOTIFY, as Next's own cache handlers
// do. For reads the web server makes itself, outside Next's caches: the place list it routes
// by, the pages of the open-data API. Each server keeps its own copy; nothing in it is needed
// by another server.
import { sharedTagStore } from "./shared-tags.js";

interface RememberOptions {
  /** Entries kept at most; the oldest goes first. */
  maxEntries: number;
}

export function rememberedUntilTagged<K, V>(
  tags: string[],
  read: (key: K) => Promise<V>,
  { maxEntries }: RememberOptions,
): (key: K) => Promise<V> {
  // In development Next keeps its own cache handlers, whose invalidations never reach the
  // shared tag store (next.config.js): read every time there.
  if (process.env.NODE_ENV === "development") return read;
  const entries = new Map<string, { value: V; at: number }>();
  return async (key) => {
    const store = sharedTagStore();
    await store.ready();
    const id = JSON.stringify(key) ?? "";
    const kept = entries.get(id);
    if (kept && !store.isExpired(tags, kept.at) && !store.isStale(tags, kept.at)) return kept.value;
    // Taken before the read: a write during it leaves the entry already out of date.
    const at = Date.now();
    const value = await read(key);
    entries.delete(id);
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(id, { value, at });
    return value;
  };
}
