// npm run bench -- [BASE_URL]: requests per second for each public page against a running
// site (npm start), 20 concurrent connections for 5 s each, on loopback. Prints numbers;
// never a pass/fail.
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const paths = ["/en", "/en/provinces/bac-ninh", "/en/partners/kanagawa", "/en/meetings", "/en/meetings?province=nghe-an", "/en/meetings/2019-04-26-meeting-nghe-an-japan", "/en/investment", "/en/sources"];
const connections = 20;
const seconds = 5;

async function measure(path: string) {
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        const response = await fetch(base + path);
        await response.arrayBuffer();
        if (response.ok) latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { path, rps: Math.round(latencies.length / seconds), p50: latencies[Math.floor(latencies.length / 2)]?.toFixed(1) };
}

for (const path of paths) await measure(path); // warm every cache first
const rows = [];
for (const path of paths) rows.push(await measure(path));
console.table(rows);
export {};
