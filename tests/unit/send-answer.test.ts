// The web server's writer of API answers, on a real node:http server over loopback.
import fc from "fast-check";
import { createServer, type Server } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedAnswer, problemAnswer, type Answer } from "@/lib/api/http";
import { codingFor } from "@/lib/server/compress-once";
import { sendAnswer } from "@/lib/server/send-answer";
import { rawGet } from "../support/raw-get";

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

const get = (path: string, acceptEncoding?: string) =>
  rawGet(server, path, acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {});

describe("sendAnswer", () => {
  it("compresses a long body in the coding the client prefers, to the same bytes, with a matching length", async () => {
    for (const [accept, coding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip, deflate", "gzip", gunzipSync],
      ["br;q=0.5, gzip", "gzip", gunzipSync],
    ] as const) {
      const zipped = await get("/long", accept);
      expect(zipped.headers["content-encoding"], accept).toBe(coding);
      expect(Number(zipped.headers["content-length"])).toBe(zipped.bytes.length);
      expect(zipped.bytes.length).toBeLessThan(Buffer.byteLength(long) / 4);
      expect(decode(zipped.bytes).toString()).toBe(long);
      expect(zipped.headers.vary).toBe("Accept-Encoding");
      expect(zipped.headers.etag).toBe(answers["/long"].headers.ETag);
    }
  });

  it("sends the body as it is to a client that accepts no coding of ours, and a short body always", async () => {
    for (const [path, encoding] of [
      ["/long", undefined],
      ["/long", "gzip;q=0, identity"],
      ["/long", "deflate"],
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

describe("codingFor", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["br", "br"],
    ["*", "br"],
    ["gzip", "gzip"],
    ["deflate, gzip;q=0.5", "gzip"],
    ["GZIP", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, *", "gzip"],
    ["gzip;q=0", null],
    ["gzip; q=0.000", null],
    ["identity", null],
    ["deflate", null],
    ["", null],
    [undefined, null],
  ])("%s → %s", (header, expected) => {
    expect(codingFor({ "accept-encoding": header })).toBe(expected);
  });

  it("never throws on a hostile header, and picks only a coding the client named or allowed with *", () => {
    const token = fc.constantFrom("br", "gzip", "*", "identity", "deflate", "BR", "", " ", ";");
    const part = fc.tuple(token, fc.oneof(fc.constant(""), fc.string(), fc.double().map(String)));
    const header = fc.oneof(
      fc.string({ maxLength: 2_000 }),
      fc.array(part).map((parts) => parts.map(([t, q]) => `${t};q=${q}`).join(",")),
    );
    fc.assert(
      fc.property(header, (value) => {
        const coding = codingFor({ "accept-encoding": value });
        if (coding) expect(value.toLowerCase()).toMatch(new RegExp(`${coding}|\\*`));
      }),
    );
  });
});
