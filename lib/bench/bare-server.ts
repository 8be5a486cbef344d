// The floor of `npm run bench`: a bare node:http server answering each page's own bytes from
// memory, as fast as this machine can send those bytes to the load generator, gzipped (once,
// at start) when the request accepts gzip, as the portal sends them. Run as its own
// process (as the portal's servers are): `node --import tsx lib/bench/bare-server.ts FILE PORT`,
// FILE holding { [path]: { status, contentType, body (base64) } }.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { acceptsGzip, minimumGzipBytes } from "../server/gzip-once";

export interface BarePage {
  status: number;
  contentType: string;
  body: string;
}

const [file, port] = process.argv.slice(2);
const pages = new Map(
  Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, BarePage>).map(
    ([path, page]) => {
      const body = Buffer.from(page.body, "base64");
      const headers = { "content-type": page.contentType };
      return [path, { status: page.status, headers, body, gzipped: gzipSync(body) }];
    },
  ),
);

createServer((req, res) => {
  const page = pages.get(req.url ?? "");
  if (!page) return void res.writeHead(404).end();
  if (page.body.length < minimumGzipBytes || !acceptsGzip(req.headers["accept-encoding"]))
    return void res.writeHead(page.status, page.headers).end(page.body);
  res.writeHead(page.status, { ...page.headers, "content-encoding": "gzip" }).end(page.gzipped);
}).listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
