// Next's request handler inside a small node:http server, for what `next start` cannot do:
// a request id and one JSON log line per request, security headers decided at start, the
// outage gate (503 before anything streams when PostgreSQL is not answering), the client's
// real address (lib/ops/client-address.ts), which page answers a reader's address
// (lib/routing/reader-routes.ts), the open-data API (lib/api/router.ts), which renders nothing,
// and a bounded drain on SIGTERM. Rendering and caching stay Next's.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import compression from "compression";
import next from "next";
import { answerApi, answerApiFromMemory, isApiPath } from "../api/router";
import { stampClientAddress, trustedProxies } from "../ops/client-address";
import { isNotFoundPage, readerRoute } from "../routing/reader-routes";
import { isCrossOriginWrite } from "../security/same-origin";
import {
  baseSecurityHeaders,
  createNonce,
  isStaffPath,
  publicContentSecurityPolicy,
  staffContentSecurityPolicy,
  staffOnlyHeaders,
} from "../security/headers";
import { createAdmission } from "./admission";
import { sendCachedPageOnce } from "./cached-page";
import { createDatabaseGate } from "./database-gate";
import { logger } from "./logger";
import { sendAnswer } from "./send-answer";
import { drainOnSignals } from "./shutdown";
import { loadStaticRoutes } from "./static-routes";
import { BUSY_RETRY_AFTER_SECONDS, sendUnavailable } from "./unavailable-page";

export interface WebServerOptions {
  dir: string;
  /** Next's development server (hot reload) inside the same web server. */
  dev: boolean;
  port: number;
  hostname: string;
  databaseUrl: string;
  https: boolean;
  /** How long SIGTERM waits for requests in flight. */
  graceMs: number;
  /** Requests needing the database that Next works on at once: the database pool's size. */
  databaseConcurrency: number;
}

/** Never gated: health says the process is up; ready checks the database itself and says so in JSON. */
const ungated = new Set(["/api/health", "/api/ready"]);

export async function startWebServer(options: WebServerOptions) {
  // No hostname: Next then builds its internal URLs on "localhost", as `next start` does. With
  // another name they differ from the URL proxy.ts sees, and Next forwards every rewrite over
  // HTTP to itself as if it were another site.
  const app = next({ dev: options.dev, dir: options.dir, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // In development every page renders on demand: none is served from a build.
  const servedFromBuild = options.dev
    ? () => false
    : loadStaticRoutes(path.join(options.dir, ".next"));
  const gate = createDatabaseGate(options.databaseUrl, logger);
  const concurrency = options.databaseConcurrency;
  const admission = createAdmission({ concurrency, maxWaitMs: 2_000, maxQueue: 20 * concurrency });
  let busySince = 0;
  const logBusy = () => {
    if (Date.now() - busySince < 10_000) return; // once per burst, not once per refusal
    busySince = Date.now();
    logger.warn(
      { event: "server.busy", concurrency, ...admission.load() },
      "too many requests need the database: refusing some with 503",
    );
  };
  const securityHeaders = Object.entries(baseSecurityHeaders(options.https));
  const publicPolicy = publicContentSecurityPolicy(options.https);
  const trust = trustedProxies();
  // An Express middleware that needs no more than node:http's request and response.
  const compress = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void;

  function setContentSecurityPolicy(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (!isStaffPath(pathname)) return res.setHeader("Content-Security-Policy", publicPolicy);
    for (const [name, value] of Object.entries(staffOnlyHeaders)) res.setHeader(name, value);
    // Next reads the nonce from the request's policy and puts it on every script it writes.
    const policy = staffContentSecurityPolicy(createNonce(), options.https);
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const url = new URL(req.url ?? "/", "http://portal.invalid");
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    // None in development: Next's tools there evaluate code and open a websocket.
    if (!options.dev) setContentSecurityPolicy(req, res, url.pathname);
    const method = req.method ?? "GET";
    if (isCrossOriginWrite(method, req.headers)) {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Refused: this form was sent from another site.");
      return;
    }
    const api = isApiPath(url.pathname) && {
      method,
      pathname: url.pathname,
      searchParams: url.searchParams,
      ifNoneMatch: req.headers["if-none-match"] ?? null,
    };
    const kept = api && answerApiFromMemory(api);
    if (kept) return sendAnswer(req, res, kept);
    if (!ungated.has(url.pathname) && !servedFromBuild(method, url, req.headers)) {
      // Heard before the first await: a client that leaves while the gate asks the database
      // has closed the response already, and a turn taken after that must still end.
      const closed = new Promise<void>((resolve) => res.once("close", resolve));
      if (!(await gate.admit()))
        return sendUnavailable(res, url.pathname, requestId, method === "HEAD");
      const turn = admission.enter();
      // The turn ends when the response closes, also when the client leaves while it waits.
      void closed.then(() => turn.then((end) => end?.()));
      const end = await turn;
      if (!end) {
        logBusy();
        return sendUnavailable(
          res,
          url.pathname,
          requestId,
          method === "HEAD",
          BUSY_RETRY_AFTER_SECONDS,
        );
      }
      if (res.destroyed) return; // the client is gone
    }
    // After the gate, both may ask PostgreSQL; when it fails, the answer is 503, not 500.
    const failed = (what: string) => (error: unknown) => {
      logger.error({ event: "error", requestId, err: error }, `${what} failed`);
      return undefined;
    };
    if (api) {
      const answer = await answerApi(api).catch(failed("answering the API request"));
      return answer
        ? sendAnswer(req, res, answer)
        : sendUnavailable(res, url.pathname, requestId, method === "HEAD");
    }
    const route = await readerRoute(url.pathname, url.search).catch(failed("routing the address"));
    if (route === undefined)
      return sendUnavailable(res, url.pathname, requestId, method === "HEAD");
    // Next serves the page of this address; the reader's address stays in the browser. The
    // query string goes along, as with Next's own rewrites: its router checks `_rsc` in it.
    if (route) {
      req.url = route + url.search;
      keepReaderAddress(res, route, url.pathname);
    }
    // Next's compression is off (next.config.js): a cached page is compressed once, by the wrapper
    // that runs first; everything else, per response, by the library Next itself uses.
    compress(req, res, () => {});
    if (route && isNotFoundPage(route)) sendAsNotFound(res);
    else sendCachedPageOnce(req, res);
    await handle(req, res);
  }

  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const started = performance.now();
    inFlight.add(res);
    // Ours alone: one sent by the client is replaced, so log lines cannot be forged.
    const requestId = randomUUID();
    req.headers["x-request-id"] = requestId;
    stampClientAddress(req, trust);
    res.setHeader("X-Request-Id", requestId);
    // Readable by the page's own scripts (PerformanceNavigationTiming), so the error page can show it.
    res.setHeader("Server-Timing", `rid;desc="${requestId}"`);
    const sentStatus = recordSentStatus(res);
    const path = (req.url ?? "/").split("?")[0]; // before Next rewrites req.url
    // Next's own streaming already adds ten "close" listeners, Node's warning threshold.
    res.setMaxListeners(res.getMaxListeners() + 1);
    res.once("close", () => {
      inFlight.delete(res);
      logger.info({
        event: "request",
        requestId,
        method: req.method,
        path,
        status: sentStatus(),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    serve(req, res, requestId).catch((error: unknown) => {
      logger.error({ event: "error", requestId, err: error }, "request failed outside Next");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  logger.info(
    { event: "listening", url: `http://${options.hostname}:${options.port}` },
    "web server ready",
  );

  drainOnSignals(
    server,
    inFlight,
    logger,
    async () => {
      await app.close();
      await gate.close();
      await (globalThis as { portalDb?: { $disconnect(): Promise<void> } }).portalDb?.$disconnect();
    },
    options.graceMs,
  );
  return server;
}

/**
 * Next redirects a router request whose `_rsc` does not match its headers (a cache that
 * dropped them, say) to the address it served, with the right `_rsc`: that must be the
 * reader's address, since the page's own is not reachable from outside.
 */
function keepReaderAddress(res: ServerResponse, served: string, asked: string) {
  const setHeader = res.setHeader;
  res.setHeader = function (
    this: ServerResponse,
    name: string,
    value: number | string | readonly string[],
  ) {
    const moved =
      name.toLowerCase() === "location" &&
      typeof value === "string" &&
      (value === served || value.startsWith(`${served}?`));
    return setHeader.call(this, name, moved ? asked + value.slice(served.length) : value);
  } as ServerResponse["setHeader"];
}

/**
 * Next serves the 404 page as the page it is, with 200 and a month's s-maxage: the reader asked
 * for an address that does not exist, so the status is 404 and nothing may keep the answer
 * (the record may be published tomorrow).
 */
function sendAsNotFound(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status !== 200) return writeHead.call(this, status, ...(rest as []));
    this.setHeader("Cache-Control", "no-store");
    this.removeHeader("ETag"); // the not-found page's own, from its cache entry
    // A status message Next passed ("OK") would not fit the new status.
    return writeHead.call(
      this,
      404,
      ...((typeof rest[0] === "string" ? rest.slice(1) : rest) as []),
    );
  } as ServerResponse["writeHead"];
}

/**
 * The status that went on the wire. Next may set res.statusCode after the headers are sent
 * (a streamed page that ends in notFound()), which changes nothing for the client.
 */
function recordSentStatus(res: ServerResponse): () => number {
  let sent: number | undefined;
  const writeHead = res.writeHead;
  res.writeHead = function (
    this: ServerResponse,
    ...args: Parameters<ServerResponse["writeHead"]>
  ) {
    sent ??= args[0];
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
  return () => sent ?? res.statusCode;
}
