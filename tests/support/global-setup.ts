// Gives the integration tests a real, migrated and seeded PostgreSQL. `npm test` starts a
// throw-away cluster and passes TEST_PG_URL (a server URL); run alone (`npx vitest`),
// this starts one itself.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { seedDatabase } from "../../prisma/seed/seed";
import { startScratchPostgres } from "../../lib/ops/embedded-postgres";
import { applyMigrations } from "../../lib/ops/migrate";
import { createPrismaClient } from "../../lib/prisma-client";

export async function recreateDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let serverUrl = process.env.TEST_PG_URL;
  if (!serverUrl) {
    const cluster = await startScratchPostgres("vj-portal-vitest-");
    serverUrl = cluster.url;
    stop = cluster.stop;
  }
  const url = await recreateDatabase(serverUrl, "portal_test");
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("databaseUrl", url);
  project.provide("serverUrl", serverUrl);
  return stop;
}
