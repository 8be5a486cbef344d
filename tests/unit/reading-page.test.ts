import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { etagOf } from "@/lib/cache/etag.js";
import { servedToReaders, withoutClientRuntime } from "@/lib/cache/reading-page.js";
import { locales } from "@/lib/i18n/config";

// The shape of Next 16's output for a prerendered page (trimmed from .next/server/app/en/investment.html).
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3_sgwik1yncvf.css?dpl=x" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/41o_1cb0sipne.js?dpl=x"/>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js?dpl=x" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js?dpl=x" noModule=""></script>',
  '<link rel="canonical" href="http://localhost:3000/en/investment"/>',
  "<title>Japanese investment</title></head><body><main><h1>FDI &lt;script&gt; and ODA</h1>",
  '<script type="application/ld+json">{"@type":"Dataset","name":"a \\u003c/script>"}</script>',
  "</main>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"5b:I[27201,[\\"$2\\"],\\"IconMark\\"]\\n\\u003c/p>"])</script>',
  '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script>',
  "<script>console.log('ours')</script>",
  "</body></html>",
].join("");

describe("a public page served without Next's client runtime", () => {
  const served = withoutClientRuntime(page);

  it("drops Next's script chunks, their preloads and the inlined React payload", () => {
    expect(served).not.toContain("/_next/static/chunks/41o_1cb0sipne.js");
    expect(served).not.toContain("turbopack-077hmtqrhcoji.js");
    expect(served).not.toContain("noModule");
    expect(served).not.toContain("__next_f");
    expect(served).not.toContain("TURBOPACK");
  });

  it("keeps everything else: styles, head links, content, JSON-LD and any other script", () => {
    expect(served).toBe(
      [
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/3_sgwik1yncvf.css?dpl=x" data-precedence="next"/>',
        '<link rel="canonical" href="http://localhost:3000/en/investment"/>',
        "<title>Japanese investment</title></head><body><main><h1>FDI &lt;script&gt; and ODA</h1>",
        '<script type="application/ld+json">{"@type":"Dataset","name":"a \\u003c/script>"}</script>',
        "</main>",
        "<script>console.log('ours')</script>",
        "</body></html>",
      ].join(""),
    );
  });

  it("leaves any text between the scripts as it was", () => {
    // What React writes as text: "<" and "&" escaped, so no markup can start inside it.
    const text = fc.string().map((s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;"));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const html = `<p>${before}</p><script>self.__next_f.push([1,"x"])</script><p>${after}</p>`;
        expect(withoutClientRuntime(html)).toBe(`<p>${before}</p><p>${after}</p>`);
      }),
    );
  });
});

describe("which cached pages lose the runtime", () => {
  const entry = (extra: object = {}) => ({
    lastModified: 1,
    value: {
      kind: "APP_PAGE",
      html: page,
      headers: { "x-next-cache-tags": "investment" },
      ...extra,
    },
  });
  const publicKey = "/route-cache/APP_PAGE/abc123/$/vi/investment";

  it("a complete public page, once per cached entry", () => {
    const cached = entry();
    const first = servedToReaders(publicKey, cached);
    expect(first.value.html).toBe(withoutClientRuntime(page));
    expect(first.value.kind).toBe("APP_PAGE");
    expect(servedToReaders(publicKey, cached).value).toBe(first.value);
    expect(first.value.headers).toEqual({
      "x-next-cache-tags": "investment",
      etag: etagOf(first.value.html),
    });
    expect(cached.value.html).toBe(page); // Next's own entry is not changed
    expect(cached.value.headers).toEqual({ "x-next-cache-tags": "investment" });
    // reading-page.js cannot import lib/i18n/config.ts (Next loads it untranspiled): same languages.
    for (const locale of locales) {
      expect(servedToReaders(`/${locale}`, entry()).value.html, locale).not.toContain("__next_f");
      expect(
        servedToReaders(`/route-cache/APP_PAGE/abc123/$/${locale}/sources`, entry()).value.html,
        locale,
      ).not.toContain("__next_f");
    }
  });

  it("not a staff page, a shell that Next resumes, a not-found page, or anything not a page", () => {
    expect(
      servedToReaders("/route-cache/APP_PAGE/abc123/$/admin/sign-in", entry()).value.html,
    ).toBe(page);
    expect(servedToReaders("/route-cache/APP_PAGE/abc123/$/english", entry()).value.html).toBe(
      page,
    );
    expect(servedToReaders(publicKey, entry({ postponed: "{}" })).value.html).toBe(page);
    expect(servedToReaders(publicKey, entry({ status: 404 })).value.html).toBe(page);
    expect(servedToReaders(publicKey, entry({ status: 200 })).value.html).not.toContain("__next_f");
    const route = { lastModified: 1, value: { kind: "APP_ROUTE", body: Buffer.from(page) } };
    expect(servedToReaders(publicKey, route)).toBe(route);
    expect(servedToReaders(publicKey, null)).toBeNull();
  });
});

describe("client components", () => {
  // Public pages are served without the client runtime, so an interactive component there
  // would silently do nothing. Staff forms and the error boundaries (rendered per request,
  // never cached) are the only client components.
  it("live only in staff forms and error boundaries", () => {
    const clientFiles = ["app", "components", "lib"]
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)),
      )
      .filter(
        (file) => /\.tsx?$/.test(file) && /^["']use client["']/m.test(readFileSync(file, "utf8")),
      );
    const allowed = (file: string) =>
      file.startsWith("components/admin/") ||
      /(^|\/)(global-)?error\.tsx$/.test(file) ||
      /^components\/site\/error-[a-z-]+\.tsx$/.test(file);
    expect(clientFiles.length).toBeGreaterThan(10);
    expect(clientFiles.filter((file) => !allowed(file))).toEqual([]);
  });
});
