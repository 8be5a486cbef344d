import type { Instrumentation } from "next";

// One JSON line per server error, with its stack and the request id the web server gave the
// request (lib/server/web-server.ts), so the reference on a visitor's error page leads here.
// Only the path is logged: never headers (cookies), the query string or a body.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/server/logger");
  const requestId = request.headers["x-request-id"];
  logger.error({
    event: "error",
    requestId: typeof requestId === "string" ? requestId : undefined,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    digest: typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined,
    err: error,
  });
};
