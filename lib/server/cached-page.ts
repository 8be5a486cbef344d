// A page from the page cache goes out as the API's answers do (./send-answer.ts): 304 when the
// reader has it already, else compressed once per ETag (./compress-once.ts). The ETag comes with the
// cache entry, made once (lib/cache/reading-page.js). Next's own ETag and compression, which
// next.config.js turns off, worked per request: a hash of the whole page in JavaScript and a gzip
// of it, which nearly doubled the CPU a 58 KB page costs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { matchesEtag } from "../cache/etag.js";
import { compressedFor } from "./compress-once";

/**
 * Takes over the end of a response that Next sends whole with an ETag, a cached page's HTML;
 * any other response ends as Next ends it. Next sets the headers, then calls `end` with the body.
 */
export function sendCachedPageOnce(req: IncomingMessage, res: ServerResponse) {
  const isHtml = () => String(res.getHeader("Content-Type")).startsWith("text/html");
  // The ETag was made from the page's HTML. Next sends the cache entry's headers with its other
  // forms too (the React payload a client navigation asks for, streamed), whose bytes differ.
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
    if (!isHtml()) this.removeHeader("ETag");
    return writeHead.apply(this, args);
  } as typeof writeHead;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const etag = res.getHeader("ETag");
    if (res.headersSent || res.statusCode !== 200 || typeof etag !== "string" || !isHtml())
      return end(...args);
    // The page goes compressed or not as the client asked: caches must know.
    const vary = String(res.getHeader("Vary") ?? "");
    if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
      res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (matchesEtag(req.headers["if-none-match"], etag)) {
      res.statusCode = 304;
      res.removeHeader("Content-Length");
      return end();
    }
    const [body, ...rest] = args;
    const bytes = typeof body === "string" && compressedFor(req, res, body, etag);
    return bytes ? end(bytes, ...rest) : end(...args);
  }) as ServerResponse["end"];
}
