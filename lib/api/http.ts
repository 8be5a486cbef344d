// Answers of the read-only open-data API: JSON with an ETag (304 when the client has it),
// cacheable by browsers and proxies for a minute, readable by any site (CORS), and RFC 9457
// problem details for every refusal. An Answer is plain data: the web server writes the
// /api/v1 answers itself (lib/api/router.ts, lib/server/send-answer.ts); Next's route handlers
// (downloads, feeds, the OpenAPI document) turn theirs into a Response.
import { z } from "zod";
import { etagOf, matchesEtag } from "../cache/etag.js";
import { invalidParams } from "../schemas/query-string";
import type { Page, Problem } from "../schemas/api/resources";

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** null for 204, 304 and HEAD. */
  body: string | null;
}

/** What an answer depends on in the request. */
export interface Asked {
  method: string;
  ifNoneMatch: string | null;
}

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link",
  "Access-Control-Max-Age": "86400",
};

/** Published data changes only when an editor publishes: a minute fresh, then revalidated by ETag. */
const cacheControl = "public, max-age=60, stale-while-revalidate=300";

export const jsonType = { "Content-Type": "application/json; charset=utf-8" };

/** A cacheable answer: 304 when the client's copy is current, else the body. */
export function cachedAnswer(
  asked: Asked,
  body: string,
  headers: Record<string, string>,
  etag = etagOf(body),
): Answer {
  const common = { ...corsHeaders, "Cache-Control": cacheControl, ETag: etag, ...headers };
  if (matchesEtag(asked.ifNoneMatch, etag)) return { status: 304, headers: common, body: null };
  return { status: 200, headers: common, body: asked.method === "HEAD" ? null : body };
}

/**
 * A record as the API sends it. Remembered reads return this rather than the record itself,
 * so a request for a remembered record or list page sends stored text: no JSON.stringify and
 * no hashing per request, which for the longest lists (50–70 KB) was most of the work.
 */
export interface SerializedRecord {
  body: string;
  etag: string;
}

/** A list page as the API sends it (see SerializedRecord). */
export interface SerializedPage extends SerializedRecord {
  nextCursor: string | null;
}

function serialize(value: unknown): SerializedRecord {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
}

export function serializePage<T>(page: Page<T>): SerializedPage {
  return { ...serialize(page), nextCursor: page.nextCursor };
}

/** `read`, answering its record serialized (null when there is none). */
export const serializedRecord =
  <A, R>(read: (args: A) => Promise<R | null>) =>
  async (args: A): Promise<SerializedRecord | null> => {
    const record = await read(args);
    return record === null ? null : serialize(record);
  };

const problemTitles: Record<number, string> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
};

export function problemAnswer(
  status: number,
  detail: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Answer {
  const problem: Problem = {
    type: "about:blank",
    title: problemTitles[status] ?? "Error",
    status,
    detail,
    ...extra,
  };
  return {
    status,
    headers: {
      ...corsHeaders,
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
    body: JSON.stringify(problem),
  };
}

/** A 400 naming each refused parameter and why. */
export const invalidParamsAnswer = (
  refused: Problem["invalidParams"],
  detail = "Some query parameters are not valid; see invalidParams.",
) => problemAnswer(400, detail, { invalidParams: refused });

export const badRequestAnswer = (error: z.ZodError) => invalidParamsAnswer(invalidParams(error));

/** The preflight answer for every API address. */
export const preflightAnswer = (): Answer => ({ status: 204, headers: corsHeaders, body: null });

/** A refusal the data layer raises for input the query string schema cannot see (a cursor of another list). */
export class InvalidParameter extends Error {
  constructor(
    readonly parameter: string,
    reason: string,
  ) {
    super(reason);
  }
}

export const invalidParameterAnswer = (error: InvalidParameter) =>
  invalidParamsAnswer([{ name: error.parameter, reason: error.message }], error.message);

// Next's route handlers answer with a Response.

export const toResponse = (answer: Answer) =>
  new Response(answer.body, { status: answer.status, headers: answer.headers });

const askedBy = (request: Request): Asked => ({
  method: request.method,
  ifNoneMatch: request.headers.get("if-none-match"),
});

export const cachedResponse = (request: Request, body: string, headers: Record<string, string>) =>
  toResponse(cachedAnswer(askedBy(request), body, headers));

export const jsonResponse = (request: Request, data: unknown) =>
  cachedResponse(request, JSON.stringify(data), jsonType);

export const badRequest = (error: z.ZodError) => toResponse(badRequestAnswer(error));

export const preflight = () => toResponse(preflightAnswer());
