// One request during an outage or a burst, and what came back: status, how long the status
// line took, Retry-After, the request id and the body. A request that fails outright (no
// answer within 20 s, a refused or reset connection) is status 0.
export interface Sample {
  path: string;
  /** Whether the page is served without the database (prerendered, or a static file). */
  cached: boolean;
  start: number;
  /** Milliseconds until the status line arrived. */
  wait: number;
  status: number;
  retryAfter: string | null;
  requestId: string | null;
  body: string;
}

const sessionCookie = { cookie: "portal_session=not-a-real-session-token" };

export async function sample(base: string, path: string, cached: boolean): Promise<Sample> {
  const start = performance.now();
  try {
    const response = await fetch(base + path, {
      redirect: "manual",
      headers: sessionCookie,
      signal: AbortSignal.timeout(20_000),
    });
    const wait = performance.now() - start;
    const body = await response.text();
    return {
      path,
      cached,
      start,
      wait,
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      requestId: response.headers.get("x-request-id"),
      body,
    };
  } catch {
    return {
      path,
      cached,
      start,
      wait: performance.now() - start,
      status: 0,
      retryAfter: null,
      requestId: null,
      body: "",
    };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
