// npm run bench -- [BASE_URL]: requests per second for each public page in each language
// against a running site (npm start), 20 concurrent connections for 5 s each, on loopback.
// The languages of one page are measured one after another, so they compare under the same
// load. Prints numbers; never a pass/fail.
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const pages = ["", "/provinces/bac-ninh", "/partners/kanagawa", "/meetings", "/meetings?province=nghe-an", "/meetings/2019-04-26-meeting-nghe-an-japan", "/investment", "/sources"];
// `/` only redirects to a language (negotiated in proxy.ts): measured as the redirect itself.
const paths = ["/", ...pages.flatMap((page) => ["en", "vi", "ja"].map((locale) => `/${locale}${page}`))];
const connections = 20;
const seconds = 5;

async function measure(path: string) {
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let bytes = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const start = performance.now();
        const response = await fetch(base + path, { redirect: "manual", headers: { "accept-language": "ja,en;q=0.5" } });
        const body = await response.arrayBuffer();
        if (response.ok || response.status === 307) {
          latencies.push(performance.now() - start);
          bytes = body.byteLength;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { path, rps: Math.round(latencies.length / seconds), p50: latencies[Math.floor(latencies.length / 2)]?.toFixed(1), kB: Math.round(bytes / 1024) };
}

for (const path of paths) await measure(path); // warm every cache first
const rows = [];
for (const path of paths) rows.push(await measure(path));
console.table(rows);
export {};
