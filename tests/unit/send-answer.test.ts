// The web server's writer of API answers, on a real node:http server over loopback.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedAnswer, problemAnswer, type Answer } from "@/lib/api/http";
import { acceptsGzip } from "@/lib/server/gzip-once";
import { sendAnswer } from "@/lib/server/send-answer";

const long = JSON.stringify({
  data: Array.from({ length: 200 }, (_, i) => ({ slug: `place-${i}`, name: "Bắc Ninh · 北寧" })),
});
const answers: Record<string, Answer> = {
  "/long": cachedAnswer({ method: "GET", ifNoneMatch: null }, long, {
    "Content-Type": "application/json",
  }),
  "/short": cachedAnswer({ method: "GET", ifNoneMatch: null }, '{"data":[]}', {
    "Content-Type": "application/json",
  }),
  "/missing": problemAnswer(404, "No place has that identifier."),
};

let server: Server;
beforeAll(async () => {
  server = createServer((req, res) => sendAnswer(req, res, answers[req.url!]));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer: node:http's client never decompresses by itself. */
function get(
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        port,
        host: "127.0.0.1",
        path,
        headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("sendAnswer", () => {
  it("gzips a long body for a client that accepts it, to the same bytes, with a matching length", async () => {
    const zipped = await get("/long", "gzip, deflate, br");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(Buffer.byteLength(long) / 4);
    expect(gunzipSync(zipped.bytes).toString()).toBe(long);
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(zipped.headers.etag).toBe(answers["/long"].headers.ETag);
  });

  it("sends the body as it is to a client that does not accept gzip, and a short body always", async () => {
    for (const [path, encoding] of [
      ["/long", undefined],
      ["/long", "gzip;q=0, identity"],
      ["/short", "gzip"],
    ] as const) {
      const plain = await get(path, encoding);
      expect(plain.headers["content-encoding"], `${path} ${encoding}`).toBeUndefined();
      expect(plain.bytes.toString()).toBe(answers[path].body);
      expect(Number(plain.headers["content-length"])).toBe(plain.bytes.length);
    }
  });

  it("writes the status and headers of a refusal", async () => {
    const missing = await get("/missing", "gzip");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(missing.bytes.toString())).toMatchObject({ status: 404, title: "Not found" });
  });
});

describe("acceptsGzip", () => {
  it.each([
    ["gzip", true],
    ["deflate, gzip;q=0.5", true],
    ["*", true],
    ["GZIP", true],
    ["gzip;q=0", false],
    ["gzip; q=0.000", false],
    ["identity", false],
    ["br", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
