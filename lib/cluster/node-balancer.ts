// The balancer `npm run start:cluster` uses when nginx is not installed: each request to the
// server with the fewest in flight (ties in turn, as nginx's `least_conn`), on httpxy (a
// maintained proxy library), retrying elsewhere what the first server surely did not
// process, as nginx's `proxy_next_upstream error` does:
// - a request whose connection was refused (the server is down or draining) goes to the
//   next server, whatever its method (nothing reached the first one);
// - a GET, HEAD or OPTIONS whose connection broke before an answer is retried too;
//   a POST is not (the first server may have saved it), it answers 502.
// A server that refused a connection is skipped for a few seconds.
import http from "node:http";
import { Readable } from "node:stream";
import { createProxyServer } from "httpxy";

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const DOWN_FOR_MS = 2_000;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface Balancer {
  close(): Promise<void>;
}

function retryable(method: string | undefined, error: NodeJS.ErrnoException): boolean {
  if (error.code === "ECONNREFUSED") return true;
  return (
    SAFE_METHODS.has(method ?? "GET") &&
    ["ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(error.code ?? "")
  );
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Every server once: those not marked down first, fewest requests in flight first, ties in
 * turn from `start`. Sending each request where fewest wait keeps one server's pause (a GC, a
 * render) from queueing its share behind it, which round robin does: measured behind nginx on
 * two servers, p99 went from 53–121 ms to 22–49 ms (bench-results/HISTORY.md, "Each request to
 * the least busy server").
 */
export function serverOrder(
  upstreams: string[],
  state: { start: number; inFlight: Map<string, number>; downUntil: Map<string, number> },
  now = Date.now(),
): string[] {
  const first = state.start % upstreams.length;
  const turn = [...upstreams.slice(first), ...upstreams.slice(0, first)];
  const down = (u: string) => ((state.downUntil.get(u) ?? 0) > now ? 1 : 0);
  // Array.prototype.sort is stable: equal servers keep their turn.
  return turn.sort(
    (a, b) => down(a) - down(b) || (state.inFlight.get(a) ?? 0) - (state.inFlight.get(b) ?? 0),
  );
}

export function startNodeBalancer(port: number, upstreams: string[]): Promise<Balancer> {
  // A fresh connection per request: a kept-alive one that the server has just closed
  // would fail a POST that never reached it, and that could not be retried.
  const proxy = createProxyServer({
    xfwd: true,
    agent: new http.Agent({ keepAlive: false }),
    proxyTimeout: 60_000,
  });
  const downUntil = new Map<string, number>();
  const inFlight = new Map<string, number>(upstreams.map((u) => [u, 0]));
  let next = 0;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readBody(req);
    if (!body)
      return void res
        .writeHead(413, { "content-type": "text/plain" })
        .end("Request body too large\n");
    let lastError: unknown;
    for (const target of serverOrder(upstreams, { start: next++, inFlight, downUntil })) {
      inFlight.set(target, inFlight.get(target)! + 1);
      try {
        await proxy.web(req, res, { target, buffer: Readable.from(body.length ? [body] : []) });
        return;
      } catch (error) {
        lastError = error;
        if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED")
          downUntil.set(target, Date.now() + DOWN_FOR_MS);
        if (res.headersSent || !retryable(req.method, error as NodeJS.ErrnoException)) break;
      } finally {
        inFlight.set(target, inFlight.get(target)! - 1);
      }
    }
    if (res.headersSent) return void res.destroy();
    console.error(`balancer: ${req.method} ${req.url} failed: ${(lastError as Error)?.message}`);
    res.writeHead(502, { "content-type": "text/plain" }).end("Bad gateway\n");
  }

  // A client that goes away mid-upload fails the body's read: drop its connection, never the
  // balancer (an unhandled rejection would end the process).
  const server = http.createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
