// npm run db:backup: every table's rows, read in one consistent snapshot through a cursor (a few
// hundred rows in memory at a time), written to a gzip file only its owner can read.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { appliedMigrations, readCatalog, sequenceOf, type Catalog } from "./catalog";
import {
  BACKUP_FORMAT,
  BackupRefused,
  FORMAT_VERSION,
  SHORT_LIVED_TABLES,
  connectForBackup,
  type BackupEnd,
  type BackupHeader,
} from "./format";

const FETCH_ROWS = 250;

export interface BackupSummary {
  counts: Record<string, number>;
  bytes: number;
  migration: string;
}

/** Lines into the gzip stream, hashed as written, waiting whenever the disk falls behind. */
function lineWriter(gzip: ReturnType<typeof createGzip>) {
  const hash = createHash("sha256");
  return {
    async write(value: unknown, hashed = true) {
      const line = Buffer.from(`${JSON.stringify(value)}\n`);
      if (hashed) hash.update(line);
      if (!gzip.write(line)) await once(gzip, "drain");
    },
    digest: () => hash.digest("hex"),
  };
}

async function sequenceValues(
  client: pg.Client,
  catalog: Catalog,
  tables: Set<string>,
): Promise<BackupEnd["sequences"]> {
  const values: BackupEnd["sequences"] = [];
  for (const serial of catalog.serials.filter((s) => tables.has(s.table))) {
    const sequence = await sequenceOf(client, serial);
    if (!sequence) continue;
    // Sequences stand outside transactions: this may be ahead of the snapshot, never behind it.
    const { rows } = await client.query<{ last: string | null }>(
      `SELECT CASE WHEN is_called THEN last_value END AS last FROM ${sequence}`,
    );
    if (rows[0].last !== null) values.push({ ...serial, lastValue: rows[0].last });
  }
  return values;
}

export async function writeBackup(connectionString: string, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const client = await connectForBackup(connectionString);
  let written: Promise<void> | undefined;
  const gzip = createGzip();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0)
      throw new BackupRefused(
        "The database has no migrations applied: there is nothing of the portal's to back up.",
      );
    const catalog = await readCatalog(client);
    const tables = catalog.tables.filter(
      (table) => !(SHORT_LIVED_TABLES as readonly string[]).includes(table.name),
    );

    // `wx` with mode 0600: the file is private from its first byte, and never an existing file or link.
    await rm(partial, { force: true });
    const out = createWriteStream(partial, { flags: "wx", mode: 0o600, flush: true });
    written = pipeline(gzip, out);
    const lines = lineWriter(gzip);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables: tables.map((table) => ({
        name: table.name,
        columns: table.columns.map((column) => column.name),
      })),
    };
    await lines.write(header);

    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table.name] = 0;
      const columns = table.columns.map((column) => pg.escapeIdentifier(column.name)).join(", ");
      const order = table.primaryKey.length
        ? ` ORDER BY ${table.primaryKey.map((name) => pg.escapeIdentifier(name)).join(", ")}`
        : "";
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${pg.escapeIdentifier(table.name)}${order}`,
      );
      for (;;) {
        const { rows } = await client.query<(string | null)[]>({
          text: `FETCH ${FETCH_ROWS} FROM backup_rows`,
          rowMode: "array",
        });
        for (const row of rows) await lines.write({ table: table.name, row });
        counts[table.name] += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query("CLOSE backup_rows");
    }
    const sequences = await sequenceValues(
      client,
      catalog,
      new Set(tables.map((table) => table.name)),
    );
    await lines.write(
      { end: true, counts, sequences, sha256: lines.digest() } satisfies BackupEnd,
      false,
    );
    gzip.end();
    await written;
    await client.query("COMMIT");
    await rename(partial, file);
    return { counts, bytes: out.bytesWritten, migration: migrations.at(-1)! };
  } catch (error) {
    gzip.destroy();
    await written?.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
