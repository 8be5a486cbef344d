// Bodies the web server sends again and again, the API's answers and the cached pages, are
// gzipped once: the same ETag is the same bytes. The longest (50–70 KB of JSON or HTML) cost
// more to gzip than to serve.
import { gzipSync } from "node:zlib";

/** Below this, gzip's framing costs more than it saves. */
export const minimumGzipBytes = 1024;
/** About 10 MB at most: pages and answers gzip to 2–20 KB. */
const keptMax = 500;
const compressed = new Map<string, Buffer>();

/** The client names gzip (or `*`) without refusing it with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    return (coding === "gzip" || coding === "*") && !params.some((p) => /^q=0(\.0{0,3})?$/.test(p));
  });
}

/** The body gzipped, once per ETag while it is among the last `keptMax` kept. */
export function gzipOnce(body: string, etag: string | undefined): Buffer {
  const kept = etag && compressed.get(etag);
  if (kept) return kept;
  const bytes = gzipSync(body);
  if (etag) {
    if (compressed.size >= keptMax) compressed.delete(compressed.keys().next().value!);
    compressed.set(etag, bytes);
  }
  return bytes;
}
