// What the database itself says about its tables, read from PostgreSQL's catalog rather than
// listed by hand: a table or column added by a later migration is backed up without anyone
// remembering to add it here.
import pg from "pg";
import { BackupRefused } from "./format";

export interface Column {
  name: string;
  /** As PostgreSQL writes it (`timestamp(3) without time zone`, `"Role"`), for casts. */
  type: string;
  /** The base type's name (`int4`, `jsonb`, `Role`), for checks. */
  typeName: string;
  notNull: boolean;
  /** An enum's values, in order; null for other types. */
  labels: string[] | null;
}

export interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export interface SerialColumn {
  table: string;
  column: string;
}

export interface Catalog {
  tables: Table[];
  foreignKeys: ForeignKey[];
  serials: SerialColumn[];
}

// Prisma's own bookkeeping travels as the header's migration list, not as rows.
const inSchema = `n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relispartition AND c.relname <> '_prisma_migrations'`;

/** Each query answers one JSON document: no type parsing needed on a text-only connection. */
async function json<T>(client: pg.Client, sql: string): Promise<T> {
  const { rows } = await client.query<{ doc: string }>(
    `SELECT coalesce(json_agg(x), '[]') AS doc FROM (${sql}) x`,
  );
  return JSON.parse(rows[0].doc) as T;
}

export async function readCatalog(client: pg.Client): Promise<Catalog> {
  const columns = await json<(Column & { table: string })[]>(
    client,
    // Generated columns are computed again on insert, so they are neither written nor read.
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            t.typname AS "typeName", a.attnotnull AS "notNull",
            (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       JOIN pg_type t ON t.oid = a.atttypid
      WHERE ${inSchema}
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await json<{ table: string; columns: string[] }[]>(
    client,
    `SELECT c.relname AS "table", json_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum)) AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
      WHERE i.indisprimary AND ${inSchema}
      GROUP BY c.relname`,
  );
  const foreignKeys = await json<ForeignKey[]>(
    client,
    `SELECT c.relname AS "table", co.conname AS name, pg_get_constraintdef(co.oid) AS definition
       FROM pg_constraint co
       JOIN pg_class c ON c.oid = co.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE co.contype = 'f' AND ${inSchema}
      ORDER BY c.relname, co.conname`,
  );
  const serials = await json<SerialColumn[]>(
    client,
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class c ON c.oid = d.refobjid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND ${inSchema}
      ORDER BY c.relname, a.attname`,
  );
  const tables = [...new Set(columns.map((column) => column.table))].map((name) => ({
    name,
    columns: columns
      .filter((column) => column.table === name)
      .map(({ table: _table, ...column }) => column),
    primaryKey: keys.find((key) => key.table === name)?.columns ?? [],
  }));
  return { tables, foreignKeys, serials };
}

/** The sequence behind a serial column, as a regclass-ready name, or null. */
export async function sequenceOf(client: pg.Client, serial: SerialColumn): Promise<string | null> {
  const { rows } = await client.query<{ name: string | null }>(
    "SELECT pg_get_serial_sequence($1, $2) AS name",
    [pg.escapeIdentifier(serial.table), serial.column],
  );
  return rows[0].name;
}

/** Migrations recorded as applied (finished, not rolled back); throws on one that failed half-way. */
export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows: exists } = await client.query<{ found: string }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found",
  );
  if (exists[0].found !== "t") return [];
  const { rows } = await client.query<{ name: string; finished: string }>(
    `SELECT migration_name AS name, (finished_at IS NOT NULL) AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const failed = rows.find((row) => row.finished !== "t");
  if (failed)
    throw new BackupRefused(
      `Migration ${failed.name} did not finish; repair the database before backing up or restoring.`,
    );
  return [...new Set(rows.map((row) => row.name))];
}

/** The tables that hold at least one row. */
export async function tablesWithRows(client: pg.Client, tables: Table[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const sql = tables
    .map(
      (table) =>
        `SELECT ${pg.escapeLiteral(table.name)} AS name WHERE EXISTS (SELECT 1 FROM ${pg.escapeIdentifier(table.name)})`,
    )
    .join(" UNION ALL ");
  const { rows } = await client.query<{ name: string }>(sql);
  return rows.map((row) => row.name);
}
