// Writes an API answer (lib/api/http.ts) to the wire, compressed for clients that accept it, once
// per ETag (./compress-once.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Answer } from "../api/http";
import { compressedFor } from "./compress-once";

export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  // A cacheable answer may be stored compressed or not, whatever its size.
  if (answer.headers.ETag) res.setHeader("Vary", "Accept-Encoding");
  if (answer.body === null) return res.end();
  const bytes = compressedFor(req, res, answer.body, answer.headers.ETag);
  if (bytes) return res.end(bytes);
  res.setHeader("Content-Length", Buffer.byteLength(answer.body));
  res.end(answer.body);
}
