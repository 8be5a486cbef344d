import type { Instrumentation } from "next";

// One JSON line per server error, with its stack and the request id the web server gave the
// request (lib/server/web-server.ts), so the reference on a visitor's error page leads here.
// Only the path is logged: never headers (cookies), the query string or a body.
// Next reports a failed render once for its data and again for its HTML; the second is skipped.
const reported = new Set<string>();

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const requestId =
    typeof request.headers["x-request-id"] === "string"
      ? request.headers["x-request-id"]
      : undefined;
  const digest =
    typeof error === "object" && error !== null && "digest" in error
      ? String(error.digest)
      : undefined;
  if (requestId && digest) {
    const key = `${requestId} ${digest}`;
    if (reported.has(key)) return;
    reported.add(key);
    if (reported.size > 1_000) reported.delete(reported.values().next().value!);
  }
  const { logger } = await import("./lib/server/logger");
  logger.error({
    event: "error",
    requestId,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    renderSource: "renderSource" in context ? context.renderSource : undefined,
    digest,
    err: error,
  });
};
