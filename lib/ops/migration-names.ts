import { readdir } from "node:fs/promises";

/** The migrations in a prisma/migrations folder, in the order they apply. */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  return (await readdir(migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
