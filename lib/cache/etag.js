// @ts-check
// Validators of what the portal serves again and again, the open-data API's answers and the
// cached pages: computed once per body (a page's when its cache entry is first served, an API
// answer's when it is first made), never per request. Plain JavaScript, as Next loads the page
// cache handler (./page-cache-handler.js) untranspiled.
import { createHash } from "node:crypto";

/**
 * A strong ETag of the exact bytes, so any change to them changes it.
 * @param {string | Uint8Array} body
 */
export const etagOf = (body) =>
  `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/**
 * If-None-Match names this ETag (or `*`); weak and strong forms compare alike for GET, so a
 * copy that a proxy weakened when it compressed it (nginx does) still matches.
 * @param {string | null | undefined} ifNoneMatch
 * @param {string} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim().replace(/^W\//, "");
    return t === "*" || t === etag;
  });
}
