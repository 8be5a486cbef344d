// Loading a backup's rows into the tables of a database at the backup's migration level: each row
// checked (lib/backup/row-checks.ts), then inserted in batches of a few hundred rows.
import pg from "pg";
import type { Catalog, Table } from "./catalog";
import { BackupRefused, BackupRow, SHORT_LIVED_TABLES, type BackupHeader } from "./format";
import { draftPassesItsForm, rowCheckFor } from "./row-checks";

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;
// PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 65_000;

interface TablePlan {
  table: Table;
  columns: string[];
  check: (row: (string | null)[]) => string | null;
  insert: string;
  /** Each column's type, to cast the text values to. */
  casts: string[];
  rowsPerBatch: number;
}

const isShortLived = (name: string) => (SHORT_LIVED_TABLES as readonly string[]).includes(name);

/** Matches the file's tables and columns to the database's, exactly; anything else is damage. */
export function planTables(catalog: Catalog, header: BackupHeader): TablePlan[] {
  const byName = new Map(catalog.tables.map((table) => [table.name, table]));
  const inFile = new Set(header.tables.map((table) => table.name));
  if (inFile.size !== header.tables.length)
    throw new BackupRefused("The backup lists a table twice.");
  const missing = catalog.tables.filter(
    (table) => !inFile.has(table.name) && !isShortLived(table.name),
  );
  if (missing.length)
    throw new BackupRefused(
      `The backup has no table ${missing[0].name}, which its migration level has: it is damaged.`,
    );
  return header.tables.map(({ name, columns }) => {
    const table = byName.get(name);
    if (!table || isShortLived(name))
      throw new BackupRefused(
        `The backup has a table ${name}, which a backup at its migration level cannot have.`,
      );
    const expected = table.columns.map((column) => column.name);
    const unexpected = columns.find((column) => !expected.includes(column));
    const absent = expected.find((column) => !columns.includes(column));
    if (unexpected || absent || new Set(columns).size !== columns.length) {
      throw new BackupRefused(
        `The backup's columns of ${name} do not match its migration level (${unexpected ? `unknown column ${unexpected}` : `no column ${absent ?? "(repeated)"}`}).`,
      );
    }
    const types = new Map(table.columns.map((column) => [column.name, column.type]));
    return {
      table,
      columns,
      check: rowCheckFor(table, columns),
      // Ids come from the file; OVERRIDING covers identity columns a later migration may add.
      insert: `INSERT INTO ${pg.escapeIdentifier(name)} (${columns.map((c) => pg.escapeIdentifier(c)).join(", ")}) OVERRIDING SYSTEM VALUE VALUES `,
      rowsPerBatch: Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / columns.length))),
      casts: columns.map((column) => types.get(column)!),
    };
  });
}

/** Receives the file's row lines in order and writes them, a batch at a time. */
export class RowLoader {
  readonly counts: Record<string, number> = {};
  draftsFailingTheirForm = 0;
  private index = -1;
  private batch: (string | null)[][] = [];
  private batchBytes = 0;
  private firstLine = 0;

  constructor(
    private readonly client: pg.Client,
    private readonly plans: TablePlan[],
  ) {}

  async add(line: Buffer, lineNumber: number) {
    const parsed = (() => {
      try {
        return BackupRow.safeParse(JSON.parse(line.toString("utf8")));
      } catch {
        return null;
      }
    })();
    if (!parsed?.success) throw new BackupRefused(`Line ${lineNumber} of the backup is not a row.`);
    const { table, row } = parsed.data;
    await this.enter(table, lineNumber);
    const plan = this.plans[this.index];
    if (row.length !== plan.columns.length)
      throw new BackupRefused(
        `Line ${lineNumber} (${table}) has ${row.length} values for ${plan.columns.length} columns.`,
      );
    const problem = plan.check(row);
    if (problem) throw new BackupRefused(`Line ${lineNumber} (${table}) is refused: ${problem}.`);
    if (table === "WorkingCopy") this.checkDraft(plan, row);
    if (this.batch.length === 0) this.firstLine = lineNumber;
    this.batch.push(row);
    this.batchBytes += line.length;
    this.counts[table] += 1;
    if (this.batch.length >= plan.rowsPerBatch || this.batchBytes >= BATCH_BYTES)
      await this.flush();
  }

  /** Rows come table by table, in the header's order; a table may not start twice. */
  private async enter(table: string, lineNumber: number) {
    if (this.plans[this.index]?.table.name === table) return;
    await this.flush();
    const next = this.plans.findIndex((plan, i) => i > this.index && plan.table.name === table);
    if (next === -1)
      throw new BackupRefused(
        `Line ${lineNumber} has a row of ${table} out of place: it is damaged.`,
      );
    for (let i = this.index + 1; i <= next; i++) this.counts[this.plans[i].table.name] = 0;
    this.index = next;
  }

  private checkDraft(plan: TablePlan, row: (string | null)[]) {
    const value = (name: string) => row[plan.columns.indexOf(name)];
    if (!draftPassesItsForm(value("entityType"), value("data"))) this.draftsFailingTheirForm += 1;
  }

  async flush() {
    if (this.batch.length === 0) return;
    const plan = this.plans[this.index];
    const width = plan.columns.length;
    const values = this.batch.map(
      (_, r) => `(${plan.casts.map((cast, c) => `$${r * width + c + 1}::${cast}`).join(", ")})`,
    );
    try {
      await this.client.query(plan.insert + values.join(", "), this.batch.flat());
    } catch (error) {
      throw new BackupRefused(
        `PostgreSQL refused a row of ${plan.table.name} (lines ${this.firstLine}–${this.firstLine + this.batch.length - 1}): ${(error as Error).message}.`,
      );
    }
    this.batch = [];
    this.batchBytes = 0;
  }

  /** Tables whose rows never appeared still count, as zero. */
  async finish() {
    await this.flush();
    for (const plan of this.plans) this.counts[plan.table.name] ??= 0;
  }
}
