// The floor of `npm run bench`: a bare node:http server answering each page's own bytes from
// memory, as fast as this machine can send those bytes to the load generator, compressed (once,
// at start) as the portal compresses them for the request's Accept-Encoding. Run as its own
// process (as the portal's servers are): `node --import tsx lib/bench/bare-server.ts FILE PORT`,
// FILE holding { [path]: { status, contentType, body (base64) } }.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { codingFor, compress, minimumCompressBytes } from "../server/compress-once";

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
      const coded = { br: compress(body, "br"), gzip: compress(body, "gzip") };
      return [path, { status: page.status, headers, body, coded }];
    },
  ),
);

createServer((req, res) => {
  const page = pages.get(req.url ?? "");
  if (!page) return void res.writeHead(404).end();
  const coding = page.body.length < minimumCompressBytes ? null : codingFor(req.headers);
  if (!coding) return void res.writeHead(page.status, page.headers).end(page.body);
  res
    .writeHead(page.status, { ...page.headers, "content-encoding": coding })
    .end(page.coded[coding]);
}).listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
