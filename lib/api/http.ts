// Responses of the read-only open-data API: JSON with an ETag (304 when the client has it),
// cacheable by browsers and proxies for a minute, readable by any site (CORS), and RFC 9457
// problem details for every refusal. Route handlers stay thin: parse, call lib/data, answer.
import { createHash } from "node:crypto";
import { z } from "zod";
import { invalidParams, queryObject } from "../schemas/query-string";
import type { Page, Problem } from "../schemas/api/resources";

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link",
  "Access-Control-Max-Age": "86400",
};

/** Published data changes only when an editor publishes: a minute fresh, then revalidated by ETag. */
export const cacheControl = "public, max-age=60, stale-while-revalidate=300";

/** A strong ETag of the exact bytes, so any change to the data changes it. */
export const etagOf = (body: string | Uint8Array) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/** If-None-Match names this ETag (or `*`); weak and strong forms compare alike for GET. */
export function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim().replace(/^W\//, "");
    return t === "*" || t === etag;
  });
}

/** A cacheable answer: 304 when the client's copy is current, else the body. */
export function cachedResponse(request: Request, body: string | Uint8Array, headers: Record<string, string>, etag = etagOf(body)): Response {
  const common = { ...corsHeaders, "Cache-Control": cacheControl, ETag: etag, ...headers };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers: common });
  return new Response(request.method === "HEAD" ? null : (body as BodyInit), { status: 200, headers: common });
}

const json = { "Content-Type": "application/json; charset=utf-8" };

export function jsonResponse(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), json);
}

/**
 * A list page as the API sends it. The lists' cached reads return this rather than the page
 * itself, so a request for a cached page sends stored text: no decoding of the page from the
 * cache, no JSON.stringify and no hashing per request, which for the longest lists (50–70 KB)
 * was most of the work.
 */
export interface SerializedPage {
  body: string;
  etag: string;
  nextCursor: string | null;
}

export function serializePage<T>(page: Page<T>): SerializedPage {
  const body = JSON.stringify(page);
  return { body, etag: etagOf(body), nextCursor: page.nextCursor };
}

const problemTitles: Record<number, string> = { 400: "Bad request", 404: "Not found", 405: "Method not allowed" };

export function problemResponse(status: number, detail: string, extra: Partial<Problem> = {}): Response {
  const problem: Problem = { type: "about:blank", title: problemTitles[status] ?? "Error", status, detail, ...extra };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { ...corsHeaders, "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const badRequest = (error: z.ZodError) =>
  problemResponse(400, "Some query parameters are not valid; see invalidParams.", { invalidParams: invalidParams(error) });

export const notFound = (what: string) => problemResponse(404, `No ${what} has that identifier.`);

/** The preflight answer for every API route. */
export const preflight = () => new Response(null, { status: 204, headers: corsHeaders });

/** A refusal the data layer raises for input the query string schema cannot see (a cursor of another list). */
export class InvalidParameter extends Error {
  constructor(
    readonly parameter: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Parses the query string (and route parameters) with `schema`, answers 400 on any refusal, else `respond` with `load`'s result (404 when null). */
function apiHandler<S extends z.ZodType, R>(schema: S, load: (input: z.output<S>) => Promise<R | null>, respond: (result: R, request: Request) => Response, what: string) {
  return async (request: Request, context?: { params?: Promise<Record<string, string>> }) => {
    const params = context?.params ? await context.params : {};
    const parsed = schema.safeParse({ ...queryObject(new URL(request.url).searchParams), ...params });
    if (!parsed.success) return badRequest(parsed.error);
    try {
      const result = await load(parsed.data);
      return result === null ? notFound(what) : respond(result, request);
    } catch (error) {
      if (error instanceof InvalidParameter) {
        return problemResponse(400, error.message, { invalidParams: [{ name: error.parameter, reason: error.message }] });
      }
      throw error;
    }
  };
}

/** The GET handler of a record: its JSON, cacheable; 404 when there is none. */
export const apiGet = <S extends z.ZodType, R>(schema: S, load: (input: z.output<S>) => Promise<R | null>, { what = "record" } = {}) =>
  apiHandler(schema, load, (result, request) => jsonResponse(request, result), what);

/** RFC 8288 Link to the next page: the same query with the next cursor. */
function nextLink(page: { nextCursor: string | null }, request: Request): Record<string, string> {
  if (!page.nextCursor) return {};
  const url = new URL(request.url);
  url.searchParams.set("cursor", page.nextCursor);
  return { Link: `<${url.pathname}${url.search}>; rel="next"` };
}

/** The GET handler of a paged list: the page's stored text, cacheable, with a Link header to the next page. */
export const apiList = <S extends z.ZodType>(schema: S, load: (input: z.output<S>) => Promise<SerializedPage>) =>
  apiHandler(schema, load, (page, request) => cachedResponse(request, page.body, { ...json, ...nextLink(page, request) }, page.etag), "list");
