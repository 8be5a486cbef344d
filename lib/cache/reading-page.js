// @ts-check
// Public pages are reading pages: server components only, links and GET forms, no client
// component of ours (tests/unit/reading-page.test.ts keeps it so). In their HTML,
// Next's client runtime (its script chunks, their preloads and the React payload inlined
// as self.__next_f.push scripts, 55–65% of a large page's bytes) does nothing a reader
// needs: it hydrates markup that never changes and turns links into client navigations.
// A cached copy is therefore served without it (./page-cache-handler.js): smaller pages,
// and no framework start-up on a phone's main thread. Everything else stays, JSON-LD included.
// It also carries its ETag, made once per entry: Next's own (next.config.js turns it off)
// hashed the whole page in JavaScript on every request, 15–20% of a large page's cost.
import { etagOf } from "./etag.js";

/**
 * A script element ends at the first "</script", as in the HTML tokenizer, and React
 * escapes "<" inside the scripts it inlines, so the match cannot end early.
 */
const script = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const preloadedScript = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

/** Script chunks served by Next, and inline scripts that feed them. */
const runtimeSource = /\bsrc="\/_next\/static\//;
const runtimeInline = /^\s*\(?\s*(?:self\.__next_f\b|globalThis\["TURBOPACK)/;

/**
 * The page's HTML without Next's client runtime.
 * @param {string} html
 */
export function withoutClientRuntime(html) {
  return html
    .replace(script, (element, attributes, body) =>
      runtimeSource.test(attributes) || (attributes.trim() === "" && runtimeInline.test(body))
        ? ""
        : element,
    )
    .replace(preloadedScript, (link) => (link.includes('href="/_next/static/') ? "" : link));
}

/** Pages under a language prefix (lib/i18n/config.ts) are the public, reading pages; staff pages keep their scripts. */
const publicPage = /^\/(?:en|vi|ja)(?:\/|$)/;

/**
 * The cached page Next hands to a reader: without the client runtime, and with its ETag among
 * the headers Next sends with it, when it is a complete public page. Two kinds stay whole,
 * since Next finishes them in the browser: a shell with dynamic holes (postponed), which
 * Next's streaming resumes, and a not-found or error page, which Next prerenders as an empty
 * shell that its runtime fills.
 * @template {{ value?: any } | null | undefined} T
 * @param {string} key
 * @param {T} data
 * @returns {T}
 */
export function servedToReaders(key, data) {
  const value = data?.value;
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return data;
  if (value.postponed != null || (value.status ?? 200) !== 200) return data;
  if (!publicPage.test(pathnameOf(key))) return data;
  let served = servedValues.get(value);
  if (served === undefined) {
    const html = withoutClientRuntime(value.html);
    served = { ...value, html, headers: { ...value.headers, etag: etagOf(html) } };
    servedValues.set(value, served);
  }
  return { ...data, value: served };
}

/**
 * The page's address in a response cache key: Next 16 namespaces it by route
 * ("/route-cache/APP_PAGE/<route hash>/$/en/investment"); earlier keys were the address itself.
 * @param {string} key
 */
function pathnameOf(key) {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

/** Made once per cached entry: Next hands back the same object until the entry is replaced. */
const servedValues = new WeakMap();
