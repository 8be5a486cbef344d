// npm run db:restore: a backup into an empty database. The file is read twice: once to check it
// whole (header, checksum) before anything changes, then to load it in one transaction. The
// database is first brought to the backup's migration level, so rows meet the columns they were
// written from; newer migrations run after the load and carry the data forward as they would
// have in place.
import pg from "pg";
import { applyMigrations } from "../ops/migrate";
import { readMigrationList } from "../ops/schema-engine";
import { appliedMigrations, readCatalog, tablesWithRows, type Catalog } from "./catalog";
import { BackupRefused, connectForBackup, type BackupEnd, type BackupHeader } from "./format";
import { RowLoader, planTables } from "./load";
import { readBackup } from "./read";

export interface RestoreSummary {
  counts: Record<string, number>;
  /** Migrations newer than the backup, applied after loading it. */
  laterMigrations: string[];
  draftsFailingTheirForm: number;
}

const fresh = "Restore into a new, empty database (see README, Backup and restore).";

async function assertEmpty(client: pg.Client, catalog: Catalog) {
  const filled = await tablesWithRows(client, catalog.tables);
  if (filled.length)
    throw new BackupRefused(
      `The database is not empty: ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""} hold rows. Nothing was changed. ${fresh}`,
    );
}

/** Refuses a file from a newer portal, a database past the file's level, or one holding rows; answers the code's migrations. */
async function assertRestorable(client: pg.Client, header: BackupHeader) {
  const known = (await readMigrationList()).migrationDirectories.map((migration) => migration.path);
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new BackupRefused(
      `The backup comes from a newer version of the portal: its database has migration ${unknown.join(", ")}, which this version does not have. Update the portal, then restore. Nothing was changed.`,
    );
  }
  const applied = await appliedMigrations(client);
  const ahead = applied.filter((name) => !header.migrations.includes(name));
  if (ahead.length) {
    throw new BackupRefused(
      `The database already has migration ${ahead[0]}, which the backup predates. Nothing was changed. ${fresh}`,
    );
  }
  await assertEmpty(client, await readCatalog(client));
  return { known, applied };
}

/** Sequences continue after the backup's last ids (and after the highest id loaded, whichever is more). */
async function restoreSequences(
  client: pg.Client,
  catalog: Catalog,
  sequences: BackupEnd["sequences"],
) {
  for (const saved of sequences) {
    if (
      !catalog.serials.some(
        (serial) => serial.table === saved.table && serial.column === saved.column,
      )
    ) {
      throw new BackupRefused(
        `The backup has a sequence for ${saved.table}.${saved.column}, which is not a serial column: it is damaged.`,
      );
    }
  }
  for (const serial of catalog.serials) {
    const saved =
      sequences.find((s) => s.table === serial.table && s.column === serial.column)?.lastValue ??
      null;
    const table = pg.escapeIdentifier(serial.table);
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), v) FROM (SELECT GREATEST($3::bigint, max(${pg.escapeIdentifier(serial.column)})::bigint) AS v FROM ${table}) x WHERE v IS NOT NULL`,
      [table, serial.column, saved],
    );
  }
}

/** Views computed from the tables (none yet; a search index might be one) were computed while they were empty. */
async function refreshMaterializedViews(client: pg.Client) {
  const { rows } = await client.query<{ name: string }>(
    "SELECT matviewname AS name FROM pg_matviews WHERE schemaname = current_schema()",
  );
  for (const { name } of rows)
    await client.query(`REFRESH MATERIALIZED VIEW ${pg.escapeIdentifier(name)}`);
}

/** Foreign keys are set aside while rows arrive in any order, then added back: adding them checks every row. */
async function loadInOneTransaction(client: pg.Client, file: string, header: BackupHeader) {
  await client.query("BEGIN");
  try {
    const catalog = await readCatalog(client);
    const plans = planTables(catalog, header);
    await client.query(
      `LOCK TABLE ${catalog.tables.map((t) => pg.escapeIdentifier(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`,
    );
    await assertEmpty(client, catalog);
    for (const key of catalog.foreignKeys) {
      await client.query(
        `ALTER TABLE ${pg.escapeIdentifier(key.table)} DROP CONSTRAINT ${pg.escapeIdentifier(key.name)}`,
      );
    }
    const loader = new RowLoader(client, plans);
    const { end } = await readBackup(file, (line, lineNumber) => loader.add(line, lineNumber));
    await loader.finish();
    for (const table of new Set([...Object.keys(loader.counts), ...Object.keys(end.counts)])) {
      const [counted, held] = [end.counts[table] ?? 0, loader.counts[table] ?? 0];
      if (counted !== held)
        throw new BackupRefused(
          `The backup's last line counts the rows of ${table} as ${counted}, but the file holds ${held}: it is damaged.`,
        );
    }
    for (const key of catalog.foreignKeys) {
      try {
        await client.query(
          `ALTER TABLE ${pg.escapeIdentifier(key.table)} ADD CONSTRAINT ${pg.escapeIdentifier(key.name)} ${key.definition}`,
        );
      } catch (error) {
        throw new BackupRefused(
          `The backup's rows do not hold together (${key.table}: ${(error as Error).message}).`,
        );
      }
    }
    await restoreSequences(client, catalog, end.sequences);
    await refreshMaterializedViews(client);
    await client.query("COMMIT");
    return { counts: loader.counts, draftsFailingTheirForm: loader.draftsFailingTheirForm };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

export async function restoreBackup(
  connectionString: string,
  file: string,
): Promise<RestoreSummary> {
  const { header } = await readBackup(file);
  const client = await connectForBackup(connectionString);
  try {
    const { known, applied } = await assertRestorable(client, header);
    // The schema engine takes seconds even with nothing to do: call it only when there is.
    if (header.migrations.some((name) => !applied.includes(name)))
      await applyMigrations(connectionString, header.migrations);
    const loaded = await loadInOneTransaction(client, file, header);
    const later = known.some((name) => !header.migrations.includes(name));
    return { ...loaded, laterMigrations: later ? await applyMigrations(connectionString) : [] };
  } finally {
    await client.end();
  }
}
