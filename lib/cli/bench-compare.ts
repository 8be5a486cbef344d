// npm run bench:compare -- BEFORE.json AFTER.json: the README's tables from two runs of
// `npm run bench` (Markdown on stdout): speed per page kind in each language against the run's
// own references, HTML weight per page in each language, and (when the after run measured it)
// the JavaScript each page adds to Next's runtime. Numbers come only from the files.
import { readFileSync } from "node:fs";
import type { BenchReport, BenchRow } from "../bench/report";

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile)
  throw new Error("Usage: npm run bench:compare -- BEFORE.json AFTER.json");
const [before, after] = [beforeFile, afterFile].map(
  (file) => JSON.parse(readFileSync(file, "utf8")) as BenchReport,
);

const languages = ["en", "vi", "ja"];
const kB = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1024).toFixed(1));
const percent = (row: BenchRow | undefined, reference: "floor" | "ceiling") =>
  row ? `${Math.round((100 * row.rps) / row[reference].rps)}%` : "–";
const find = (report: BenchReport, setup: string, path: string) =>
  report.rows.find((row) => row.setup === setup && row.path === path);
const loads = (report: BenchReport) =>
  Object.entries(report.load)
    .map(([setup, l]) => `${setup} ${l.start.toFixed(1)}→${l.end.toFixed(1)}`)
    .join(", ");
/** One row per page kind: the English page stands for its kind, API lists have one language. */
const kinds = (setup: string) =>
  after.rows.filter((r) => r.setup === setup && !/^\/(vi|ja)(\/|$)/.test(r.path));
/** The same page in each language (just the one for the API and `/`), a cell's values joined. */
const each = (
  report: BenchReport,
  setup: string,
  path: string,
  cell: (row: BenchRow | undefined) => string | number,
) =>
  (path.startsWith("/en")
    ? languages.map((l) => find(report, setup, path.replace(/^\/en/, `/${l}`)))
    : [find(report, setup, path)]
  )
    .map(cell)
    .join(" / ");
const label = (path: string) => `\`${path.replace(/^\/en(?=\/|$)/, "/{en,vi,ja}")}\``;

console.log(
  `Before: ${before.date} (${before.commit}), load average ${loads(before)}. After: ${after.date} (${after.commit}), load average ${loads(after)}. ${after.cores} cores; ${after.settings.connections} connections, ${after.settings.seconds} s a page; balancer: ${after.balancer}.\n`,
);

for (const setup of ["one server", "two servers"]) {
  console.log(
    `#### ${setup}: requests/s, p50 and p99 (ms), share of the ceiling and of the floor (en / vi / ja)\n`,
  );
  console.log(
    "| page | before req/s | after req/s | after p50 | after p99 | after of ceiling | after of floor |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const { path } of kinds(setup)) {
    const cells = [
      each(before, setup, path, (r) => r?.rps ?? "–"),
      each(after, setup, path, (r) => r?.rps ?? "–"),
      each(after, setup, path, (r) => r?.p50 ?? "–"),
      each(after, setup, path, (r) => r?.p99 ?? "–"),
      each(after, setup, path, (r) => percent(r, "ceiling")),
      each(after, setup, path, (r) => percent(r, "floor")),
    ];
    console.log(`| ${label(path)} | ${cells.join(" | ")} |`);
  }
  const ceiling = (report: BenchReport) => {
    const rows = report.rows.filter((r) => r.setup === setup);
    return Math.round(rows.reduce((sum, r) => sum + r.ceiling.rps, 0) / rows.length);
  };
  console.log(
    `\nCeiling (${after.ceilingPath}), mean of its measurements: before ${ceiling(before)}, after ${ceiling(after)} requests/s.\n`,
  );
}

console.log("#### HTML per page (KB raw / gzip / brotli), before → after\n");
console.log("| page | en | vi | ja |");
console.log("|---|---|---|---|");
for (const { path } of kinds("one server").filter((r) => r.path.startsWith("/en"))) {
  const size = (row: BenchRow | undefined) =>
    `${kB(row?.bytes.raw)} / ${kB(row?.bytes.gzip)} / ${kB(row?.bytes.brotli)}`;
  const cells = languages.map((l) => {
    const localized = path.replace(/^\/en/, `/${l}`);
    return `${size(find(before, "one server", localized))} → ${size(find(after, "one server", localized))}`;
  });
  console.log(`| ${label(path)} | ${cells.join(" | ")} |`);
}

if (after.rows.some((r) => r.script)) {
  console.log(
    "\n#### JavaScript each page adds to Next's runtime (KB gzip / brotli; en / vi / ja)\n",
  );
  console.log("| page | gzip | brotli | chunks |");
  console.log("|---|---|---|---|");
  for (const { path } of kinds("one server").filter((r) => r.script)) {
    const chunks = find(after, "one server", path)!.script!.chunks.length;
    console.log(
      `| ${label(path)} | ${each(after, "one server", path, (r) => kB(r?.script?.gzip))} | ${each(after, "one server", path, (r) => kB(r?.script?.brotli))} | ${chunks} |`,
    );
  }
}
