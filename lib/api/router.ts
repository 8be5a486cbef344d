// The open-data API, /api/v1: which address reads what, and the answer. The web server
// (lib/server/web-server.ts) serves it itself, before Next: the API renders nothing, and for a
// remembered page Next's route handler (its Web Request, Response and streams) cost more
// than the answer. Each endpoint validates its query string and address with lib/schemas.
import { z } from "zod";
import { getFigureRecord, listFiguresPage } from "../data/open-data/figures";
import { getMeetingRecord, listMeetingsPage } from "../data/open-data/meetings";
import { getPlaceRecord, listPlacesPage } from "../data/open-data/places";
import { getRelationshipRecord, listRelationshipsPage } from "../data/open-data/relationships";
import { getSourceRecord, listSourcesPage } from "../data/open-data/sources";
import type { Remembered } from "../cache/remembered";
import {
  FiguresQuery,
  IdParam,
  MeetingsQuery,
  PlacesQuery,
  RelationshipsQuery,
  SlugParam,
  SourcesQuery,
} from "../schemas/api/queries";
import { onlyCatchAllClaims } from "../routing/app-routes";
import { queryObject } from "../schemas/query-string";
import {
  type Answer,
  type Asked,
  badRequestAnswer,
  cachedAnswer,
  corsHeaders,
  InvalidParameter,
  invalidParameterAnswer,
  invalidParamsAnswer,
  jsonType,
  preflightAnswer,
  problemAnswer,
  type SerializedPage,
  type SerializedRecord,
} from "./http";

const apiPrefix = "/api/v1";

export interface ApiRequest extends Asked {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The API's addresses, and any other under /api/ that no route of Next claims: a JSON 404 rather than a page. */
export const isApiPath = (pathname: string) =>
  pathname === apiPrefix ||
  pathname.startsWith(`${apiPrefix}/`) ||
  (pathname.startsWith("/api/") && onlyCatchAllClaims(pathname));

type Input = Record<string, string | string[]>;
/** `kept` answers from this server's memory alone, or gives undefined when it must read. */
type Endpoint = ((input: Input, request: ApiRequest) => Promise<Answer>) & {
  kept: (input: Input, request: ApiRequest) => Answer | undefined;
};

/**
 * Parses `input` with `schema` (400 on any refusal), reads, and answers (404 when there is
 * nothing); `kept` gives the same answer from what `read` remembers, without reading.
 */
function endpoint<S extends z.ZodType, R>(
  schema: S,
  read: Remembered<z.output<S>, R | null>,
  answer: (result: R, request: ApiRequest) => Answer,
  what: string,
): Endpoint {
  const reply = (result: R | null, request: ApiRequest) =>
    result === null
      ? problemAnswer(404, `No ${what} has that identifier.`)
      : answer(result, request);
  const ask = async (input: Input, request: ApiRequest) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return badRequestAnswer(parsed.error);
    try {
      return reply(await read(parsed.data), request);
    } catch (error) {
      if (error instanceof InvalidParameter) return invalidParameterAnswer(error);
      throw error;
    }
  };
  return Object.assign(ask, {
    kept(input: Input, request: ApiRequest) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return badRequestAnswer(parsed.error);
      const result = read.kept(parsed.data);
      return result === undefined ? undefined : reply(result, request);
    },
  });
}

/** RFC 8288 Link to the next page: the same query with the next cursor. */
function nextLink(
  page: SerializedPage,
  { pathname, searchParams }: ApiRequest,
): Record<string, string> {
  if (!page.nextCursor) return {};
  const next = new URLSearchParams(searchParams);
  next.set("cursor", page.nextCursor);
  return { Link: `<${pathname}?${next}>; rel="next"` };
}

/** A paged list: the page's stored text, cacheable, with a Link header to the next page. */
const list = <S extends z.ZodType>(schema: S, read: Remembered<z.output<S>, SerializedPage>) =>
  endpoint(
    schema,
    read,
    (page, request) =>
      cachedAnswer(request, page.body, { ...jsonType, ...nextLink(page, request) }, page.etag),
    "list",
  );

/** A record by its identifier: its stored text, cacheable. */
const record = <S extends z.ZodType>(
  schema: S,
  read: Remembered<z.output<S>, SerializedRecord | null>,
  what: string,
) =>
  endpoint(
    schema,
    read,
    (result, request) => cachedAnswer(request, result.body, jsonType, result.etag),
    what,
  );

const lists: Record<string, Endpoint> = {
  places: list(PlacesQuery, listPlacesPage),
  relationships: list(RelationshipsQuery, listRelationshipsPage),
  meetings: list(MeetingsQuery, listMeetingsPage),
  figures: list(FiguresQuery, listFiguresPage),
  sources: list(SourcesQuery, listSourcesPage),
};

/** Each record's endpoint and the name of its identifier in the address. */
const records: Record<string, [Endpoint, "slug" | "id"]> = {
  places: [record(SlugParam, getPlaceRecord, "place"), "slug"],
  relationships: [record(SlugParam, getRelationshipRecord, "relationship"), "slug"],
  meetings: [record(SlugParam, getMeetingRecord, "meeting"), "slug"],
  figures: [record(IdParam, getFigureRecord, "figure"), "id"],
  sources: [record(IdParam, getSourceRecord, "source"), "id"],
};

const allowed = corsHeaders["Access-Control-Allow-Methods"];

function decoded(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes: the identifier's schema refuses it
  }
}

/** The endpoint of an address under /api/v1 and its input besides the query string. */
function route(
  pathname: string,
): { endpoint: Endpoint; params: Record<string, string> } | undefined {
  if (!pathname.startsWith(`${apiPrefix}/`)) return undefined;
  const segments = pathname
    .slice(apiPrefix.length + 1)
    .replace(/\/$/, "")
    .split("/");
  const [collection, identifier] = segments;
  if (segments.length === 1 && Object.hasOwn(lists, collection))
    return { endpoint: lists[collection], params: {} };
  if (segments.length === 2 && identifier && Object.hasOwn(records, collection)) {
    const [endpoint, name] = records[collection];
    return { endpoint, params: { [name]: decoded(identifier) } };
  }
  return undefined;
}

/** What a request asks of which endpoint, or the answer when it needs no data (404, 405, 400). */
function ask(request: ApiRequest): Answer | { endpoint: Endpoint; input: Input } {
  if (request.method === "OPTIONS") return preflightAnswer();
  const found = route(request.pathname);
  if (!found)
    return problemAnswer(404, "No such API resource. The API is described at /api/openapi.json.");
  if (request.method !== "GET" && request.method !== "HEAD") {
    return problemAnswer(405, `Use ${allowed}: the API is read-only.`, {}, { Allow: allowed });
  }
  const query = queryObject(request.searchParams);
  // A record takes no query parameters: one named like its identifier is as unknown as any other.
  const clash = Object.keys(found.params).find((name) => Object.hasOwn(query, name));
  if (clash) return invalidParamsAnswer([{ name: clash, reason: "Unknown parameter" }]);
  return { endpoint: found.endpoint, input: { ...query, ...found.params } };
}

/**
 * The answer this server can give without the database: a list page or record it remembers,
 * or an answer that needs no data. The web server sends it before the outage gate and admission,
 * so it is served during an outage and never waits behind requests that read; undefined
 * when the request must read.
 */
export function answerApiFromMemory(request: ApiRequest): Answer | undefined {
  const asked = ask(request);
  return "endpoint" in asked ? asked.endpoint.kept(asked.input, request) : asked;
}

/** The answer to any request under /api/v1; other addresses there are a JSON 404. */
export async function answerApi(request: ApiRequest): Promise<Answer> {
  const asked = ask(request);
  return "endpoint" in asked ? asked.endpoint(asked.input, request) : asked;
}
