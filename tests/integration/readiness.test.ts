import { describe, expect, it, inject } from "vitest";
import { listMigrationNames } from "@/lib/ops/migration-names";
import { checkReadiness } from "@/lib/ops/readiness";
import { createPrismaClient } from "@/lib/prisma-client";
import { recreateDatabase } from "../support/global-setup";
import { testDb } from "../support/db";

// Generous limits where the database does answer: a cold connection on a busy machine is slow.
describe("readiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness(testDb, 15_000)).toEqual({
      ready: true,
      database: "ok",
      pendingMigrations: [],
    });
  });

  it("names every migration a database has not applied", async () => {
    const empty = createPrismaClient(
      await recreateDatabase(inject("serverUrl"), "portal_unmigrated"),
    );
    try {
      expect(await checkReadiness(empty, 15_000)).toEqual({
        ready: false,
        database: "ok",
        pendingMigrations: await listMigrationNames("prisma/migrations"),
      });
    } finally {
      await empty.$disconnect();
    }
  });

  it("is not ready, within its time limit, when the database does not answer", async () => {
    // Nothing listens on port 9 (discard): the connection is refused at once.
    const nowhere = createPrismaClient("postgresql://portal:portal@127.0.0.1:9/portal");
    try {
      expect(await checkReadiness(nowhere, 1_000)).toEqual({
        ready: false,
        database: "unreachable",
        pendingMigrations: null,
      });
    } finally {
      await nowhere.$disconnect();
    }
  });
});
