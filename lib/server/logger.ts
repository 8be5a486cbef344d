// One JSON line per event on stdout (pino), for the web server and for errors inside Next.
// Log lines carry method, path, status, timing and request ids: never a query string, header,
// cookie or body, which is where passwords and tokens travel.
import pino from "pino";

export const logger = pino({
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

export type Logger = typeof logger;
