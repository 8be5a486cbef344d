// The web server's sender of cached pages, on a real node:http server over loopback.
import { createServer, type Server } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendCachedPageOnce } from "@/lib/server/cached-page";
import { rawGet } from "../support/raw-get";

const html = `<!DOCTYPE html><html><body>${"<p>Bắc Ninh · 北寧</p>".repeat(200)}</body></html>`;
const etag = '"page-etag"';

let server: Server;
beforeAll(async () => {
  // As Next sends a cached entry: its headers set first, then the body (HTML whole, a payload streamed).
  server = createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    sendCachedPageOnce(req, res);
    res.setHeader("ETag", etag);
    const vary = url.searchParams.get("vary");
    if (vary) res.setHeader("Vary", vary);
    if (url.pathname === "/payload") {
      res.setHeader("Content-Type", "text/x-component");
      res.write("0:{}\n");
      return void res.end();
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}) => rawGet(server, path, headers);

describe("sendCachedPageOnce", () => {
  it("adds Accept-Encoding to Vary once, after what Next named, and leaves Vary: * alone", async () => {
    expect((await get("/page")).headers.vary).toBe("Accept-Encoding");
    expect((await get("/page?vary=rsc")).headers.vary).toBe("rsc, Accept-Encoding");
    expect((await get("/page?vary=rsc,%20accept-encoding")).headers.vary).toBe(
      "rsc, accept-encoding",
    );
    expect((await get("/page?vary=*")).headers.vary).toBe("*");
  });

  it("answers 304 to the page's ETag, else compresses it in the coding the client prefers", async () => {
    expect((await get("/page", { "If-None-Match": `W/${etag}` })).status).toBe(304);
    for (const [accept, coding, decode] of [
      ["gzip", "gzip", gunzipSync],
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["identity", undefined, (bytes: Buffer) => bytes],
    ] as const) {
      const sent = await get("/page", { "Accept-Encoding": accept });
      expect(sent.headers["content-encoding"], accept).toBe(coding);
      expect(sent.headers.etag).toBe(etag);
      expect(decode(sent.bytes).toString(), accept).toBe(html);
      if (coding) expect(Number(sent.headers["content-length"]), accept).toBe(sent.bytes.length);
    }
  });

  it("sends the page's other forms (the React payload) without the HTML's ETag, whole", async () => {
    const payload = await get("/payload", { "If-None-Match": etag, "Accept-Encoding": "gzip" });
    expect(payload.status).toBe(200);
    expect(payload.headers.etag).toBeUndefined();
    expect(payload.headers["content-encoding"]).toBeUndefined();
  });
});
