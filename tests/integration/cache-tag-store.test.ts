// The shared cache tags (lib/cache/tag-store.js) between two "servers": two stores, each
// with its own connections, on one PostgreSQL.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { EVERY_PAGE, LISTENER_NAME, createTagStore, tagTimes } from "@/lib/cache/tag-store.js";
import { invalidateEveryPage } from "@/lib/ops/invalidate";
import { poolSizeFor } from "@/lib/ops/pool-size";
import { withPrepareLock } from "@/lib/ops/prepare-database";

const url = inject("databaseUrl");
const quiet = () => {};
const stores: ReturnType<typeof createTagStore>[] = [];
function server() {
  const store = createTagStore({ connectionString: url, log: quiet });
  stores.push(store);
  return store;
}
afterAll(() => Promise.all(stores.map((store) => store.close())));

const newTag = () => `test:${randomUUID()}`;

async function eventually(check: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

describe("shared cache tags", () => {
  it("an invalidation on one server reaches the other within a second", async () => {
    const [a, b] = [server(), server()];
    await Promise.all([a.ready(), b.ready()]);
    const tag = newTag();
    const madeBefore = Date.now() - 1;
    expect(b.isExpired([tag], madeBefore)).toBe(false);

    await a.update([tag]);
    expect(a.isExpired([tag], madeBefore)).toBe(true);
    expect(await eventually(() => b.isExpired([tag], madeBefore), 1_000)).toBe(true);
    expect(b.expiration([tag, newTag()])).toBeGreaterThan(madeBefore);
    // An entry made after the invalidation is fresh.
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(b.isExpired([tag], Date.now())).toBe(false);
  });

  it("a server started later (or restarted) loads earlier invalidations", async () => {
    const tag = newTag();
    const madeBefore = Date.now() - 1;
    await server().update([tag]);
    const late = server();
    await late.ready();
    expect(late.isExpired([tag], madeBefore)).toBe(true);
    expect(late.isExpired([newTag()], madeBefore)).toBe(false);
  });

  it("catches up after its listening connection is cut", async () => {
    const [a, b] = [server(), server()];
    await Promise.all([a.ready(), b.ready()]);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [LISTENER_NAME],
      );
    } finally {
      await admin.end();
    }
    expect(await eventually(() => !b.connected(), 2_000)).toBe(true);
    const tag = newTag();
    const madeBefore = Date.now() - 1;
    await a.update([tag]);
    expect(await eventually(() => b.isExpired([tag], madeBefore), 5_000)).toBe(true);
  });

  it("revalidateTag with a profile makes a tag stale now and expired later, as Next's own manifest does", async () => {
    const [a, b] = [server(), server()];
    await Promise.all([a.ready(), b.ready()]);
    const tag = newTag();
    const madeBefore = Date.now() - 1;
    await a.update([tag], { expire: 3600 });
    expect(await eventually(() => b.isStale([tag], madeBefore), 1_000)).toBe(true);
    expect(b.isExpired([tag], madeBefore)).toBe(false);
    expect(tagTimes(1_000, { expire: 60 })).toEqual({ stale: 1_000, expired: 61_000 });
    expect(tagTimes(1_000, undefined)).toEqual({ expired: 1_000 });
  });

  it("does not wait for a database that refuses connections: it serves what it has", async () => {
    const unreachable = createTagStore({
      connectionString: "postgresql://portal:portal@127.0.0.1:9/portal",
      log: quiet,
    });
    stores.push(unreachable);
    const started = Date.now();
    await unreachable.ready();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(unreachable.connected()).toBe(false);
    await expect(unreachable.update([newTag()])).rejects.toThrow();
  });
});

describe("changes made outside the publishing actions", () => {
  it("a re-seed invalidates every page on every server", async () => {
    const store = server();
    await store.ready();
    const madeBefore = Date.now() - 1;
    await invalidateEveryPage(url);
    expect(await eventually(() => store.isExpired([EVERY_PAGE], madeBefore), 1_000)).toBe(true);
  });
});

describe("migrations and seeding under the advisory lock", () => {
  it("servers starting together take turns", async () => {
    let inside = 0;
    let most = 0;
    const work = () =>
      withPrepareLock(url, async () => {
        most = Math.max(most, ++inside);
        await new Promise((resolve) => setTimeout(resolve, 200));
        inside--;
      });
    await Promise.all([work(), work(), work()]);
    expect(most).toBe(1);
  });
});

describe("pool size per server", () => {
  it("shares max_connections between the servers, keeping headroom and the tag store's connections", () => {
    const limits = { maxConnections: 100, reserved: 3 };
    expect(poolSizeFor(limits, 1)).toBe(10);
    expect(poolSizeFor({ maxConnections: 20, reserved: 3 }, 2)).toBe(4);
    expect(poolSizeFor({ maxConnections: 30, reserved: 3 }, 3)).toBe(5);
    expect(() => poolSizeFor({ maxConnections: 10, reserved: 3 }, 4)).toThrow(/too few/);
  });
});
