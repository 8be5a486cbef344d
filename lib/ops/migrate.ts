import { migrationsDir, noFilters, openSchemaEngine, readMigrationList } from "./schema-engine";

/** Applies every migration not yet applied, exactly as `prisma migrate deploy` would. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const migrationsList = await readMigrationList();
    if (migrationsList.migrationDirectories.length === 0) {
      throw new Error(`No migrations found in ${migrationsDir}`);
    }
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
