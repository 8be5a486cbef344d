// A read kept in this server's memory until a write to one of its tags on any server: the
// shared tag store (./shared-tags.js) hears every server's NOTIFY, as Next's own cache handlers
// do. For reads that run on every request in front of Next's cache, where going through
// 'use cache' costs more than the answer (encoding the key, decoding the stored entry): the
// place list the web server routes by, the API lists' text. Each server keeps its own copy;
// nothing in it is needed by another server.
import { sharedTagStore } from "./shared-tags.js";

export interface RememberOptions {
  /** Entries kept at most; the oldest goes first. */
  maxEntries: number;
}

export function rememberedUntilTagged<K, V>(tags: string[], read: (key: K) => Promise<V>, { maxEntries }: RememberOptions): (key: K) => Promise<V> {
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
