// What `npm run bench` prints and writes: one row per page and set-up, each with the two
// references measured in the same run.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LoadResult } from "./load";
import type { PageScripts } from "./scripts";

/** Bytes as the web server sends a cached page or API answer (lib/server/compress-once.ts); runs before 2026-11-27 12:37 gave brotli at quality 11. */
export interface PageSize {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BenchRow extends LoadResult {
  setup: string;
  kind: string;
  path: string;
  bytes: PageSize;
  /** The JavaScript the page adds to Next's runtime (HTML pages; runs before this field have none). */
  script?: PageScripts;
  /** The bare node:http server sending this page's bytes (the floor for them). */
  floor: LoadResult;
  /** The smallest prerendered page on the same set-up, measured just before this page. */
  ceiling: LoadResult;
}

export interface BenchReport {
  date: string;
  commit: string;
  node: string;
  cores: number;
  /**
   * acceptEncoding: what the load generator asked for (runs before 2026-11-27: none, raw bytes);
   * rounds: how many times each page and its ceiling were measured, medians kept (before: 1).
   */
  settings: {
    seconds: number;
    connections: number;
    quick: boolean;
    acceptEncoding?: string;
    rounds?: number;
    /** Only pages whose address contains this were measured. */
    only?: string;
  };
  balancer: string;
  ceilingPath: string;
  /** Load average (1 min) when each set-up started and ended: these machines are shared. */
  load: Record<string, { start: number; end: number }>;
  skipped: string[];
  rows: BenchRow[];
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const percent = (part: number, whole: number) =>
  whole ? `${Math.round((100 * part) / whole)}%` : "–";

export function printReport(report: BenchReport) {
  console.table(
    report.rows.map((row) => ({
      setup: row.setup,
      page: row.path,
      "req/s": row.rps,
      "p50 ms": row.p50,
      "p99 ms": row.p99,
      "HTML kB": kB(row.bytes.raw),
      "br kB": kB(row.bytes.brotli),
      "our JS br kB": row.script ? kB(row.script.brotli) : "",
      "of floor": percent(row.rps, row.floor.rps),
      "of ceiling": percent(row.rps, row.ceiling.rps),
      ...(row.failures ? { failures: row.failures } : {}),
    })),
  );
  console.log(
    `Ceiling: ${report.ceilingPath} (the smallest prerendered page). Floor: each page's bytes from a bare node:http server.`,
  );
  console.log(`Accept-Encoding: ${report.settings.acceptEncoding ?? "(none)"}`);
  for (const [setup, load] of Object.entries(report.load))
    console.log(
      `Load average during "${setup}": ${load.start.toFixed(1)} → ${load.end.toFixed(1)} on ${report.cores} cores`,
    );
  if (report.skipped.length) console.log(`Not measured: ${report.skipped.join("; ")}`);
}

export async function writeReport(report: BenchReport, file: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${file}`);
}
