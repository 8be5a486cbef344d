// Opening and altering backup files, to test how a restore treats damaged or foreign ones.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";

export async function backupLines(file: string): Promise<string[]> {
  return gunzipSync(await readFile(file))
    .toString("utf8")
    .trimEnd()
    .split("\n");
}

/**
 * Writes the lines back as a backup file; `reseal` recomputes the last line's checksum, as
 * someone altering the file on purpose would.
 */
export async function writeBackupLines(
  file: string,
  lines: string[],
  options: { reseal: boolean },
) {
  const body = lines.slice(0, -1);
  const end = JSON.parse(lines.at(-1)!);
  if (options.reseal)
    end.sha256 = createHash("sha256")
      .update(body.map((line) => `${line}\n`).join(""))
      .digest("hex");
  await writeFile(
    file,
    gzipSync([...body, JSON.stringify(end)].map((line) => `${line}\n`).join("")),
    { mode: 0o600 },
  );
}

/** Each table's rows, summed up order-independently: equal checksums, equal contents. */
export async function tableChecksums(
  url: string,
): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const sums: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${pg.escapeIdentifier(name)} t`,
      );
      sums[name] = rows[0];
    }
    return sums;
  } finally {
    await client.end();
  }
}

/** Where each serial column's sequence stands. */
export async function sequencePositions(url: string): Promise<Record<string, string | null>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ sequencename: string; last_value: string | null }>(
      "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
    );
    return Object.fromEntries(rows.map((row) => [row.sequencename, row.last_value]));
  } finally {
    await client.end();
  }
}
