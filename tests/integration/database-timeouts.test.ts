import { afterAll, describe, expect, it, inject } from "vitest";
import { createPrismaClient, databaseTimeouts } from "@/lib/prisma-client";
import { testDb } from "../support/db";

// Short limits, so the test waits a fraction of a second instead of the real ones.
const quick = { ...databaseTimeouts, statementMs: 300, lockMs: 200 };
const quickDb = createPrismaClient(inject("databaseUrl"), quick);
afterAll(() => quickDb.$disconnect());

const setting = async (name: string) =>
  (
    await testDb.$queryRawUnsafe<{ setting: string }[]>(
      "SELECT current_setting($1) AS setting",
      name,
    )
  )[0].setting;

describe("database time-outs", () => {
  it("every pooled connection carries the server-side limits", async () => {
    expect(await setting("statement_timeout")).toBe(`${databaseTimeouts.statementMs / 1000}s`);
    expect(await setting("lock_timeout")).toBe(`${databaseTimeouts.lockMs / 1000}s`);
    expect(await setting("idle_in_transaction_session_timeout")).toBe(
      `${databaseTimeouts.idleInTransactionMs / 1000}s`,
    );
  });

  it("PostgreSQL cancels a statement that runs too long", async () => {
    const started = Date.now();
    await expect(quickDb.$queryRawUnsafe("SELECT pg_sleep(5)")).rejects.toThrow(
      /statement timeout/,
    );
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("a statement waiting for a lock held elsewhere fails instead of queueing forever", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = testDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(424242)");
      locked();
      await held;
    });
    await isLocked;
    try {
      await expect(
        quickDb.$transaction((tx) => tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(424242)")),
      ).rejects.toThrow(/lock timeout/);
    } finally {
      release();
      await holder;
    }
  });
});
