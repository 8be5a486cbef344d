// Bodies the web server sends again and again, the API's answers and the cached pages, are
// compressed once: the same ETag is the same bytes. The longest (50–70 KB of JSON or HTML) cost
// more to compress than to serve.
//
// Brotli when the client takes it (every current browser does), else gzip. Quality 7 because it
// is paid once per ETag: on the Japanese explorer choice of two places (37,427 bytes of HTML),
// gzip (level 6) makes 8,008 bytes in 0.8 ms; brotli 5, 7,261 in 1.1 ms; brotli 7, 6,808 in
// 2.0 ms; brotli 9, 6,787 in 19 ms; and brotli 11, 6,274 in 73 ms, which every server would pay
// again on each entry after a publish.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Below this, the codings' framing costs more than they save. */
export const minimumCompressBytes = 1024;
/** About 10 MB at most: pages and answers compress to 2–20 KB. */
const keptMax = 500;
const compressed = new Map<string, Buffer>();

export type Coding = "br" | "gzip";
const codings: readonly Coding[] = ["br", "gzip"];

/**
 * The coding to send in, or null for the bytes as they are: the client's own preference by
 * q-value (a coding it refuses with q=0 is never chosen), brotli first among equals.
 */
export function codingFor(headers: IncomingHttpHeaders): Coding | null {
  const chosen = new Negotiator({ headers }).encoding([...codings, "identity"], {
    preferred: codings,
  });
  return codings.find((coding) => coding === chosen) ?? null;
}

/**
 * The body compressed as the client asks, made once per ETag, with Content-Encoding and
 * Content-Length set to match; null when it goes as it is (too short to gain, or the client
 * takes no coding of ours). Length in characters, never more than the UTF-8 bytes: measuring
 * those would cost a pass over every page on every request.
 */
export function compressedFor(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  etag: string | undefined,
): Buffer | null {
  const coding = body.length < minimumCompressBytes ? null : codingFor(req.headers);
  if (!coding) return null;
  const bytes = compressOnce(body, etag, coding);
  res.setHeader("Content-Encoding", coding);
  res.setHeader("Content-Length", bytes.length);
  return bytes;
}

/** The body in `coding`, made at most once per ETag while it is among the last `keptMax` kept. */
function compressOnce(body: string | Buffer, etag: string | undefined, coding: Coding) {
  const key = etag && `${coding} ${etag}`;
  const kept = key && compressed.get(key);
  if (kept) return kept;
  const bytes = compress(body, coding);
  if (key) {
    if (compressed.size >= keptMax) compressed.delete(compressed.keys().next().value!);
    compressed.set(key, bytes);
  }
  return bytes;
}

/** The body in `coding`, as the web server sends it. */
export function compress(body: string | Buffer, coding: Coding): Buffer {
  if (coding === "gzip") return gzipSync(body);
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 7,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
    },
  });
}
