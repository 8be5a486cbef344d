// Gives the integration tests a real, migrated and seeded PostgreSQL. `npm test` starts a
// throw-away cluster and passes TEST_PG_URL (a server URL); run alone (`npx vitest`),
// this starts one itself.
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { seedDatabase } from "../../prisma/seed/seed";
import { startEmbeddedPostgres } from "../../lib/ops/embedded-postgres";
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
    const dataDir = await mkdtemp(path.join("/var/tmp", "vj-portal-vitest-"));
    const cluster = await startEmbeddedPostgres({ dataDir, database: "postgres", quiet: true });
    serverUrl = cluster.url;
    stop = async () => {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
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
