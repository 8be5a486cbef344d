// One JSON line per event on stdout (pino), for the web server and for errors inside Next.
// Log lines carry method, path, status, timing and request ids: never a query string, header,
// cookie or body, which is where passwords and tokens travel.
import pino from "pino";

export const logger = pino({
  base: { pid: process.pid },
  // Not Date.now(): errors are logged from inside a page's render, where Next reports reading
  // the clock as a prerendering mistake. A timing API it accepts gives the same instant.
  timestamp: () =>
    `,"time":"${new Date(performance.timeOrigin + performance.now()).toISOString()}"`,
  formatters: { level: (label) => ({ level: label }) },
});

export type Logger = typeof logger;
