import { inject } from "vitest";
import { createPrismaClient } from "../../lib/prisma-client";

/** A client on the seeded test database, for arranging and checking data in tests. */
export const testDb = createPrismaClient(inject("databaseUrl"));
