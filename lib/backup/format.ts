// The portal's backup file: gzip-compressed JSON lines. The first line describes the file, one
// line per row follows (table by table, each value in PostgreSQL's own text form, so every type
// comes back exactly), and the last line holds the row counts, the sequences and a SHA-256 of
// every line before it. The embedded PostgreSQL ships no pg_dump; this is the portal's own.
import pg from "pg";
import { z } from "zod";

export const BACKUP_FORMAT = "vj-portal-backup";
/** Raise when the layout of the file changes; older versions refuse files they cannot read. */
export const FORMAT_VERSION = 1;

/**
 * Rows that are not worth bringing back, and better not: they expire within hours and would only
 * revive or block something. Sessions would sign old cookies back in on the restored site (staff
 * sign in again instead); refused forms hold typed input for an hour; sign-in failures count
 * toward a 15-minute lock (the audit log keeps the lasting record of both).
 */
export const SHORT_LIVED_TABLES = ["Session", "RefusedForm", "SignInFailure"] as const;

const MigrationName = z.string().regex(/^\d{14}_\w+$/);

export const BackupHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  /** Every migration applied to the database the backup was made from. */
  migrations: z.array(MigrationName).min(1),
  tables: z.array(
    z.strictObject({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1) }),
  ),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupRow = z.strictObject({ table: z.string(), row: z.array(z.string().nullable()) });

const Digits = z.string().regex(/^-?\d{1,19}$/);

export const BackupEnd = z.strictObject({
  end: z.literal(true),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Each serial column's sequence, so new records continue after the old ones (deleted ids included). */
  sequences: z.array(z.strictObject({ table: z.string(), column: z.string(), lastValue: Digits })),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupEnd = z.infer<typeof BackupEnd>;

/** Why a backup or restore was refused, in words for the operator; nothing was changed. */
export class BackupRefused extends Error {}

// Text in, text out: no parsing of dates or numbers on the way through, and the same text forms
// on both sides whatever the server's defaults.
const asText = (value: string) => value;
const sessionSettings =
  "SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET IntervalStyle = 'iso_8601'; SET extra_float_digits = 3; SET bytea_output = 'hex'";

export async function connectForBackup(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, types: { getTypeParser: () => asText } });
  await client.connect();
  try {
    await client.query(sessionSettings);
  } catch (error) {
    await client.end();
    throw error;
  }
  return client;
}
