// Writes from another site are refused before they reach Next. Next checks a server action's
// Origin against the host itself, but answers a mismatch by throwing, which reaches the
// visitor as a 500: a request anyone can send must get a 4xx. The rule is Next's own (the
// Origin's host must be the forwarded host, or the host), applied to every write.
import type { IncomingHttpHeaders } from "node:http";

const reads = new Set(["GET", "HEAD", "OPTIONS"]);

/** True for a write (POST and the like) whose Origin names another host than the one it was sent to. */
export function isCrossOriginWrite(method: string, headers: IncomingHttpHeaders): boolean {
  if (reads.has(method)) return false;
  const origin = headers.origin;
  if (!origin) return false; // not sent by a browser's form or fetch
  const host = String(headers["x-forwarded-host"] ?? headers.host ?? "")
    .split(",")[0]
    .trim()
    .toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a privacy-redirected form) or garbage
  }
}
