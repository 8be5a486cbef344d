// Writes an API answer (lib/api/http.ts) to the wire, compressed for clients that accept it, once
// per ETag (./compress-once.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Answer } from "../api/http";
import { codingFor, compressOnce, minimumCompressBytes } from "./compress-once";

export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  // A cacheable answer may be stored compressed or not, whatever its size.
  if (answer.headers.ETag) res.setHeader("Vary", "Accept-Encoding");
  if (answer.body === null) return res.end();
  const length = Buffer.byteLength(answer.body);
  const coding = length < minimumCompressBytes ? null : codingFor(req.headers);
  if (!coding) {
    res.setHeader("Content-Length", length);
    return res.end(answer.body);
  }
  const bytes = compressOnce(answer.body, answer.headers.ETag, coding);
  res.setHeader("Content-Encoding", coding);
  res.setHeader("Content-Length", bytes.length);
  res.end(bytes);
}
