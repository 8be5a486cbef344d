import { migrationsDir, noFilters, openSchemaEngine, readMigrationList } from "./schema-engine";

/**
 * Applies every migration not yet applied, exactly as `prisma migrate deploy` would; with `only`,
 * just those of them (a restore first brings the database to its backup's level).
 */
export async function applyMigrations(
  connectionString: string,
  only?: readonly string[],
): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const migrationsList = await readMigrationList();
    if (migrationsList.migrationDirectories.length === 0) {
      throw new Error(`No migrations found in ${migrationsDir}`);
    }
    if (only)
      migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter(
        (migration) => only.includes(migration.path),
      );
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
