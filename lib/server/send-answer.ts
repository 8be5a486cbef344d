// Writes an API answer (lib/api/http.ts) to the wire, gzipped for clients that accept it, as
// Next compresses its own responses. A body with an ETag is compressed once: the same ETag
// is the same bytes, and the longest lists (50–70 KB of JSON) are read again and again.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { Answer } from "../api/http";

/** Below this, gzip's framing costs more than it saves. */
const minimumBytes = 1024;
const keptMax = 200;
const compressed = new Map<string, Buffer>();

/** The client names gzip (or `*`) without refusing it with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    return (coding === "gzip" || coding === "*") && !params.some((p) => /^q=0(\.0{0,3})?$/.test(p));
  });
}

function gzipOnce(body: string, etag: string | undefined): Buffer {
  const kept = etag && compressed.get(etag);
  if (kept) return kept;
  const bytes = gzipSync(body);
  if (etag) {
    if (compressed.size >= keptMax) compressed.delete(compressed.keys().next().value!);
    compressed.set(etag, bytes);
  }
  return bytes;
}

export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  // A cacheable answer may be stored gzipped or not, whatever its size.
  if (answer.headers.ETag) res.setHeader("Vary", "Accept-Encoding");
  if (answer.body === null) return res.end();
  const length = Buffer.byteLength(answer.body);
  if (length < minimumBytes || !acceptsGzip(req.headers["accept-encoding"])) {
    res.setHeader("Content-Length", length);
    return res.end(answer.body);
  }
  const bytes = gzipOnce(answer.body, answer.headers.ETag);
  res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", bytes.length);
  res.end(bytes);
}
