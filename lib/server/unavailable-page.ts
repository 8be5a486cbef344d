// The 503 answer while the database is not answering: written by the web server itself, so
// it depends on nothing that might be down. A self-contained page (one inline style, no
// script) for browsers, JSON for the API; both name the request id a visitor can quote.
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { isLocale } from "../i18n/config";
import { getMessages } from "../i18n/messages";
import { selfContainedPagePolicy } from "../security/headers";

/** Seconds a client should wait before trying again: the database is not answering. */
export const RETRY_AFTER_SECONDS = 30;
/** The same, when this server is busy (lib/server/admission.ts): a burst passes quickly. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

const style = [
  "body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc}",
  "main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}",
  ".mark{display:inline-flex;width:2.5rem;height:2.5rem;align-items:center;justify-content:center;border-radius:.375rem;background:#0b5750;color:#fff;font-weight:700;font-size:.8rem}",
  "h1{font-size:1.75rem;line-height:1.25;margin:1.5rem 0 0}",
  "p{line-height:1.6;color:#334155}",
  "a{color:#0b5750}",
  ".ref{font-size:.8rem;color:#475569}",
].join("");
const styleHash = `sha256-${createHash("sha256").update(style).digest("base64")}`;
const policy = selfContainedPagePolicy(styleHash);

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function localeOf(pathname: string) {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : "en";
}

export function unavailablePage(pathname: string, requestId: string): string {
  const locale = localeOf(pathname);
  const { site, unavailable: m } = getMessages(locale);
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(`${m.title} · ${site.shortName}`)}</title><link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${style}</style></head>
<body><main><span class="mark" aria-hidden="true">VJ</span><p>${escapeHtml(site.name)}</p>
<h1>${escapeHtml(m.heading)}</h1><p>${escapeHtml(m.body)}</p>
<p><a href="/${locale}">${escapeHtml(m.home)}</a></p>
<p class="ref">${escapeHtml(m.reference)}: <code>${escapeHtml(requestId)}</code></p></main></body></html>`;
}

/** Answers 503 with Retry-After: JSON under /api, the page otherwise. Never cached. */
export function sendUnavailable(
  res: ServerResponse,
  pathname: string,
  requestId: string,
  headOnly: boolean,
  retryAfterSeconds = RETRY_AFTER_SECONDS,
) {
  const json = pathname.startsWith("/api/");
  const body = json
    ? JSON.stringify({ error: getMessages("en").unavailable.apiError, requestId })
    : unavailablePage(pathname, requestId);
  res.statusCode = 503;
  res.setHeader("Retry-After", String(retryAfterSeconds));
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(
    "Content-Type",
    json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
  );
  if (!json) res.setHeader("Content-Security-Policy", policy);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(headOnly ? undefined : body);
}
