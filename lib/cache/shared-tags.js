// @ts-check
// The one tag store of this process, shared by both cache handlers (one LISTEN connection
// per server). During `next build` nothing is invalidated and the database may not be the
// one the servers will use, so the build gets a store that knows no tags and connects to nothing.
import { createTagStore } from "./tag-store.js";

const key = Symbol.for("portal.sharedTagStore");

/** @typedef {Pick<import("./tag-store.js").TagStore, "ready" | "isExpired" | "isStale" | "expiration" | "update">} TagView */

/** @type {TagView} */
const buildTimeStore = {
  ready: () => Promise.resolve(),
  isExpired: () => false,
  isStale: () => false,
  expiration: () => 0,
  update: () => Promise.resolve(),
};

/** @returns {TagView} */
export function sharedTagStore() {
  if (process.env.NEXT_PHASE === "phase-production-build") return buildTimeStore;
  const global = /** @type {{ [key]?: TagView }} */ (globalThis);
  if (!global[key]) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString)
      throw new Error("DATABASE_URL is not set: the shared cache tags live in PostgreSQL.");
    global[key] = createTagStore({ connectionString });
  }
  return global[key];
}
