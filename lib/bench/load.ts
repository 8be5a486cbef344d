// One autocannon run (loopback, in this process) and the numbers the benches print.
import autocannon from "autocannon";

export interface LoadResult {
  /** Requests per second: answers counted over the run's whole duration. */
  rps: number;
  p50: number;
  p99: number;
  /** Failed connections, time-outs and answers with another status than expected. */
  failures: number;
}

export interface LoadOptions {
  seconds: number;
  connections?: number;
  /** The status a healthy answer has; any other counts as a failure. */
  status?: number;
  /** Request headers, e.g. the Accept-Encoding a browser sends. */
  headers?: Record<string, string>;
}

export async function measureLoad(
  url: string,
  { seconds, connections = 20, status = 200, headers }: LoadOptions,
): Promise<LoadResult> {
  let result = await autocannon({ url, connections, duration: seconds, timeout: 30, headers });
  // A page slower than the run's length would show nothing (answers still in flight are not
  // counted): give it four times as long to answer each connection a few times.
  if (result.requests.total < 2 * connections)
    result = await autocannon({ url, connections, duration: 4 * seconds, timeout: 30, headers });
  const expected =
    result.statusCodeStats?.[String(status) as keyof typeof result.statusCodeStats]?.count ?? 0;
  const answered = Object.values(result.statusCodeStats ?? {}).reduce(
    (sum, s) => sum + (s?.count ?? 0),
    0,
  );
  return {
    rps: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + (answered - expected),
  };
}

/** Several runs of one measurement as one: the median of each number, every failure counted. */
export function medianLoad(runs: LoadResult[]): LoadResult {
  const median = (pick: (run: LoadResult) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  return {
    rps: Math.round(median((run) => run.rps)),
    p50: median((run) => run.p50),
    p99: median((run) => run.p99),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  };
}

/** Several paths in turn for `seconds`, to warm a server (JIT, caches) before it is measured. */
export async function warmUp(
  base: string,
  paths: string[],
  seconds: number,
  headers?: Record<string, string>,
) {
  await autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    timeout: 30,
    headers,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
}
