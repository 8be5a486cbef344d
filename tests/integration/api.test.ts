import SwaggerParser from "@apidevtools/swagger-parser";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { etagOf } from "@/lib/cache/etag.js";
import { answerApiFromMemory } from "@/lib/api/router";
import { pageLimits } from "@/lib/schemas/api/queries";
import { testDb } from "../support/db";
import { call, openApiDocument, responseValidator } from "../support/api";

let check: Awaited<ReturnType<typeof responseValidator>>;
beforeAll(async () => {
  check = await responseValidator();
});

const lists = [
  "/api/v1/places",
  "/api/v1/relationships",
  "/api/v1/meetings",
  "/api/v1/figures",
  "/api/v1/sources",
];

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await openApiDocument();
    expect(document).toMatchObject({ openapi: "3.1.0" });
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });
});

describe.each(lists)("GET %s", (path) => {
  it("answers a page that matches the OpenAPI document, cacheable and open to other sites", async () => {
    const { status, body, response } = await call(`${path}?limit=3`);
    expect(status).toBe(200);
    expect(check(path, "200", body)).toBeNull();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.length).toBeLessThanOrEqual(3);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    // Stored with the page's text (lib/api/http.ts serializePage): it must name these very bytes.
    expect(response.headers.get("etag")).toBe(etagOf(JSON.stringify(body)));
  });

  it("answers 304 when If-None-Match names the current ETag", async () => {
    const first = await call(path);
    const etag = first.response.headers.get("etag")!;
    const again = await call(path, { headers: { "If-None-Match": `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(again.response.headers.get("etag")).toBe(etag);
  });

  it("walks every record once, page by page, following nextCursor and the Link header", async () => {
    const seen: unknown[] = [];
    let url = `${path}?limit=7`;
    for (let pages = 0; pages < 1000; pages++) {
      const { body, response } = await call(url);
      seen.push(...body.data.map((item: { slug?: string; id?: number }) => item.slug ?? item.id));
      if (!body.nextCursor) {
        expect(response.headers.get("link")).toBeNull();
        break;
      }
      const link = response.headers.get("link")!;
      expect(link).toContain(`cursor=${body.nextCursor}`);
      url = link.slice(1, link.indexOf(">"));
    }
    const counts = {
      places: testDb.place,
      relationships: testDb.relationship,
      meetings: testDb.meeting,
      figures: testDb.observation,
      sources: testDb.source,
    };
    const model = counts[path.split("/").at(-1) as keyof typeof counts] as {
      count: () => Promise<number>;
    };
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await model.count());
  });

  it.each([
    ["limit=-1", "limit"],
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    [`limit=${pageLimits.max + 1}`, "limit"],
    ["limit=99999999999999999999", "limit"],
    ["limit=1e2", "limit"],
    ["limit=5&limit=6", "limit"],
    ["colour=red", "colour"],
    ["cursor=!!!", "cursor"],
    ["cursor=bm90IGpzb24", "cursor"],
    [`cursor=${Buffer.from(JSON.stringify({ slug: 5, id: "x" })).toString("base64url")}`, "cursor"],
    [`cursor=${"A".repeat(300)}`, "cursor"],
  ])("refuses ?%s with a 400 problem naming %s", async (query, name) => {
    const { status, body, response } = await call(`${path}?${query}`);
    expect(status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: "about:blank", title: "Bad request", status: 400 });
    expect(body.invalidParams.map((p: { name: string }) => p.name)).toContain(name);
    expect(check(path, "400", body)).toBeNull();
  });

  it("never answers 500 to any query string, from the database or from memory", async () => {
    const names = fc.constantFrom(
      "limit",
      "cursor",
      "place",
      "year",
      "from",
      "to",
      "kind",
      "measure",
      "counterpart",
      "source",
      "x",
      "__proto__",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(names, fc.string({ maxLength: 40 })), { maxLength: 4 }),
        async (pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const { status } = await call(`${path}?${query}`);
          expect([200, 400]).toContain(status);
          // What the web server sends before its outage gate: the page just read, or the same
          // refusal; a cursor is checked only when read, so its refusal may come from there.
          const searchParams = new URLSearchParams(query);
          const kept = answerApiFromMemory({
            method: "GET",
            pathname: path,
            searchParams,
            ifNoneMatch: null,
          });
          if (status === 200) expect(kept?.status).toBe(200);
          else expect([undefined, 400]).toContain(kept?.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("answers the CORS preflight", async () => {
    const { status, response } = await call(path, { method: "OPTIONS" });
    expect(status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("filters", () => {
  it("narrows places by country and kind", async () => {
    const { body } = await call("/api/v1/places?country=JP&kind=PREFECTURE");
    expect(body.data.length).toBeGreaterThan(0);
    expect(
      body.data.every(
        (p: { country: string; kind: string }) => p.country === "JP" && p.kind === "PREFECTURE",
      ),
    ).toBe(true);
  });

  it("narrows relationships by either side's place, cities included", async () => {
    const { body } = await call("/api/v1/relationships?place=nghe-an");
    expect(body.data.map((r: { japanesePlace: string }) => r.japanesePlace)).toEqual(
      expect.arrayContaining(["gifu", "kasumigaura"]),
    );
  });

  it("narrows meetings by place and year, newest first", async () => {
    const { body } = await call("/api/v1/meetings?place=bac-ninh&year=2023");
    expect(body.data.length).toBeGreaterThan(0);
    for (const m of body.data) expect(m.startsOn.startsWith("2023")).toBe(true);
    const dates = body.data.map((m: { startsOn: string }) => m.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("narrows figures by place, counterpart, measure and years; each carries value, unit, basis, as-of, source and group", async () => {
    const { body } = await call(
      "/api/v1/figures?place=bac-ninh&counterpart=japan&measure=FDI_PROJECTS&from=2020&to=2023",
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const f of body.data) {
      expect(f).toMatchObject({
        place: "bac-ninh",
        counterpart: "japan",
        measure: "FDI_PROJECTS",
        unit: "COUNT",
        source: { url: expect.any(String) },
      });
      expect(f.asOf >= "2020" && f.asOf < "2024").toBe(true);
      expect(f).toHaveProperty("conflictGroup");
      expect(f).toHaveProperty("basis");
    }
    const all = await call("/api/v1/figures?place=bac-ninh&counterpart=all&limit=200");
    expect(all.body.data.every((f: { counterpart: string | null }) => f.counterpart === null)).toBe(
      true,
    );
  });

  it("refuses an impossible period", async () => {
    const { status, body } = await call("/api/v1/figures?from=2024&to=2020");
    expect(status).toBe(400);
    expect(body.invalidParams[0].name).toBe("from");
  });
});

describe("records by identifier", () => {
  it.each([
    ["/api/v1/places/{slug}", "bac-ninh"],
    ["/api/v1/relationships/{slug}", "nghe-an-gifu"],
    ["/api/v1/meetings/{slug}", "2019-04-26-meeting-nghe-an-japan"],
  ] as const)("%s answers the record, as documented", async (path, slug) => {
    const { status, body } = await call(path.replace("{slug}", slug));
    expect(status).toBe(200);
    expect(check(path, "200", body)).toBeNull();
    expect(body.slug).toBe(slug);
  });

  it("reads figures and sources by id, as documented", async () => {
    const one = await testDb.observation.findFirstOrThrow({ select: { id: true, sourceId: true } });
    const f = await call(`/api/v1/figures/${one.id}`);
    expect(f.status).toBe(200);
    expect(check("/api/v1/figures/{id}", "200", f.body)).toBeNull();
    const s = await call(`/api/v1/sources/${one.sourceId}`);
    expect(s.body.id).toBe(one.sourceId);
    expect(check("/api/v1/sources/{id}", "200", s.body)).toBeNull();
  });

  it("answers 404 problems for unknown records and addresses, 400 for malformed ids", async () => {
    expect((await call("/api/v1/places/atlantis")).status).toBe(404);
    expect((await call("/api/v1/figures/2147483647")).status).toBe(404);
    for (const id of ["abc", "-1", "0", "99999999999", "1.5", "%E0%A4%A"])
      expect((await call(`/api/v1/figures/${id}`)).status).toBe(400);
    expect((await call("/api/v1/places/Bac%20Ninh")).status).toBe(400);
    expect((await call("/api/v1/places/bac-ninh?x=1")).status).toBe(400);
    for (const address of [
      "/api/v1/nothing",
      "/api/v1",
      "/api/v1/",
      "/api/v1/places/bac-ninh/more",
      "/api/v1/places//",
      "/api/v1/__proto__",
      "/api/v1/toString/1",
      "/api/xxxplaces",
      "/api/nothing",
    ]) {
      const missing = await call(address);
      expect(missing.status, address).toBe(404);
      expect(missing.body.title).toBe("Not found");
    }
  });
});

describe("addresses and methods", () => {
  it("is read-only: other methods get a 405 problem naming the allowed ones", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const { status, body, response } = await call("/api/v1/meetings", { method });
      expect(status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(body).toMatchObject({ title: "Method not allowed", status: 405 });
    }
  });

  it("answers HEAD with GET's headers and no body", async () => {
    const get = await call("/api/v1/places?limit=2");
    const head = await call("/api/v1/places?limit=2", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.response.headers.get("etag")).toBe(get.response.headers.get("etag"));
  });

  it("reads an address with a trailing slash or an escaped identifier as the plain one", async () => {
    expect((await call("/api/v1/places/?limit=2")).body).toEqual(
      (await call("/api/v1/places?limit=2")).body,
    );
    expect((await call("/api/v1/places/bac%2Dninh")).body.slug).toBe("bac-ninh");
  });

  it("takes the identifier from the address, never from the query string", async () => {
    const { status, body } = await call("/api/v1/places/bac-ninh?slug=gifu");
    expect(status).toBe(400);
    expect(body.invalidParams).toEqual([{ name: "slug", reason: "Unknown parameter" }]);
  });
});
