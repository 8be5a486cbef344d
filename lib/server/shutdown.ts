// Graceful stop on SIGTERM (and Ctrl-C): stop accepting connections, let requests in flight
// finish (at most `graceMs`), then release what the process holds and exit. A load balancer
// or `npm start` sends SIGTERM; another server of the same build keeps answering meanwhile.
import type { Server, ServerResponse } from "node:http";
import type { Logger } from "./logger";

/** `inFlight` holds the responses not yet closed; the caller adds and removes them. */
export function drainOnSignals(
  server: Server,
  inFlight: Set<ServerResponse>,
  log: Logger,
  release: () => Promise<void>,
  graceMs = 10_000,
) {
  let draining = false;

  // Responses sent while draining say "Connection: close" and close it, instead of
  // inviting the client to send its next request to a server that is going away.
  server.on("request", (_req, res: ServerResponse) => {
    if (draining) res.shouldKeepAlive = false;
  });

  async function drain(signal: NodeJS.Signals) {
    if (draining) return;
    draining = true;
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    const started = Date.now();
    log.info(
      { event: "shutdown.start", signal },
      "stopping: no new connections, finishing requests in flight",
    );
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive connections would hold server.close() open; close them as they go idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    const deadline = new Promise<"timeout">((resolve) =>
      setTimeout(() => resolve("timeout"), graceMs).unref(),
    );
    if ((await Promise.race([closed, deadline])) === "timeout") {
      log.warn(
        { event: "shutdown.timeout", graceMs },
        "requests still running after the grace period were cut off",
      );
      server.closeAllConnections();
    }
    clearInterval(sweep);
    // Closing connections to a frozen database would wait forever: give it a few seconds.
    const released = release().catch((error: unknown) =>
      log.error({ event: "error", err: error }, "releasing resources at shutdown failed"),
    );
    await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
    log.info({ event: "shutdown.done", durationMs: Date.now() - started }, "stopped");
    process.exit(0);
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void drain(signal));
}
