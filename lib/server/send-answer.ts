// Writes an API answer (lib/api/http.ts) to the wire, gzipped for clients that accept it, once
// per ETag (./gzip-once.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Answer } from "../api/http";
import { acceptsGzip, gzipOnce, minimumGzipBytes } from "./gzip-once";

export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  // A cacheable answer may be stored gzipped or not, whatever its size.
  if (answer.headers.ETag) res.setHeader("Vary", "Accept-Encoding");
  if (answer.body === null) return res.end();
  const length = Buffer.byteLength(answer.body);
  if (length < minimumGzipBytes || !acceptsGzip(req.headers["accept-encoding"])) {
    res.setHeader("Content-Length", length);
    return res.end(answer.body);
  }
  const bytes = gzipOnce(answer.body, answer.headers.ETag);
  res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", bytes.length);
  res.end(bytes);
}
