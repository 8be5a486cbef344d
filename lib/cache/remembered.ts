// A read kept in this server's memory until a write to one of its tags on any server: the
// shared tag store (./shared-tags.js) hears every server's NOTIFY, as Next's own cache handlers
// do. For reads the web server makes itself, outside Next's caches: the place list it routes
// by, the pages of the open-data API. Each server keeps its own copy; nothing in it is needed
// by another server.
import { sharedTagStore } from "./shared-tags.js";
import { EVERY_PAGE } from "./tag-store.js";

interface RememberOptions {
  /** Entries kept at most; the oldest goes first. */
  maxEntries: number;
}

/** A remembered read; `kept` answers from memory alone, or undefined when it would have to read. */
export type Remembered<K, V> = ((key: K) => Promise<V>) & { kept(key: K): V | undefined };

export function rememberedUntilTagged<K, V>(
  tags: string[],
  read: (key: K) => Promise<V>,
  { maxEntries }: RememberOptions,
): Remembered<K, V> {
  // In development Next keeps its own cache handlers, whose invalidations never reach the
  // shared tag store (next.config.js): read every time there.
  if (process.env.NODE_ENV === "development")
    return Object.assign((key: K) => read(key), { kept: () => undefined });
  const entries = new Map<string, { value: V; at: number }>();
  // And what a re-seed or a restore expires (lib/ops/invalidate.ts), as it does every page.
  const watched = [...tags, EVERY_PAGE];
  const current = (id: string) => {
    const kept = entries.get(id);
    const store = sharedTagStore();
    return kept && !store.isExpired(watched, kept.at) && !store.isStale(watched, kept.at)
      ? kept.value
      : undefined;
  };
  const remembered = async (key: K) => {
    await sharedTagStore().ready();
    const id = JSON.stringify(key) ?? "";
    const kept = current(id);
    if (kept !== undefined) return kept;
    // Taken before the read: a write during it leaves the entry already out of date.
    const at = Date.now();
    const value = await read(key);
    entries.delete(id);
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(id, { value, at });
    return value;
  };
  return Object.assign(remembered, { kept: (key: K) => current(JSON.stringify(key) ?? "") });
}
