// npm run bench:compare -- BEFORE.json AFTER.json: the README's tables from two runs of
// `npm run bench` (Markdown on stdout): speed per page kind against the run's own references,
// and HTML weight per page in each language. Numbers come only from the files.
import { readFileSync } from "node:fs";
import type { BenchReport, BenchRow } from "../bench/report";

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error("Usage: npm run bench:compare -- BEFORE.json AFTER.json");
const [before, after] = [beforeFile, afterFile].map((file) => JSON.parse(readFileSync(file, "utf8")) as BenchReport);

const kB = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1024).toFixed(0));
const percent = (row: BenchRow | undefined, reference: "floor" | "ceiling") => (row ? `${Math.round((100 * row.rps) / row[reference].rps)}%` : "–");
const find = (report: BenchReport, setup: string, path: string) => report.rows.find((row) => row.setup === setup && row.path === path);

console.log(`Before: ${before.date} (${before.commit}), load ${Object.values(before.load).map((l) => l.start.toFixed(1)).join("/")}. After: ${after.date} (${after.commit}), load ${Object.values(after.load).map((l) => l.start.toFixed(1)).join("/")}.\n`);

for (const setup of ["one server", "two servers"]) {
  console.log(`#### ${setup}: English pages and the API (requests/s, p99 ms, share of the ceiling)\n`);
  console.log("| page | before req/s | before p99 | before of ceiling | after req/s | after p99 | after of ceiling | after of floor |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of after.rows.filter((r) => r.setup === setup && !/^\/(vi|ja)(\/|$)/.test(r.path))) {
    const old = find(before, setup, row.path);
    console.log(`| \`${row.path}\` | ${old?.rps ?? "–"} | ${old?.p99 ?? "–"} | ${percent(old, "ceiling")} | ${row.rps} | ${row.p99} | ${percent(row, "ceiling")} | ${percent(row, "floor")} |`);
  }
  const ceiling = (report: BenchReport) => Math.round(report.rows.filter((r) => r.setup === setup).reduce((sum, r) => sum + r.ceiling.rps, 0) / report.rows.filter((r) => r.setup === setup).length);
  console.log(`\nCeiling (${after.ceilingPath}), mean of its measurements: before ${ceiling(before)}, after ${ceiling(after)} requests/s.\n`);
}

console.log("#### HTML per page (KB raw / KB brotli), before → after\n");
console.log("| page | en | vi | ja |");
console.log("|---|---|---|---|");
for (const row of after.rows.filter((r) => r.setup === "one server" && r.path.startsWith("/en"))) {
  const cells = ["en", "vi", "ja"].map((locale) => {
    const path = row.path.replace(/^\/en/, `/${locale}`);
    const [old, now] = [find(before, "one server", path), find(after, "one server", path)];
    return `${kB(old?.bytes.raw)} / ${kB(old?.bytes.brotli)} → ${kB(now?.bytes.raw)} / ${kB(now?.bytes.brotli)}`;
  });
  console.log(`| \`${row.path.replace(/^\/en/, "") || "/"}\` | ${cells.join(" | ")} |`);
}
