// The OpenAPI 3.1 description of /api/v1, generated from the Zod schemas that validate the
// requests and type the responses (zod-openapi over Zod 4's JSON Schema output).
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import {
  pageLimits,
  FiguresQuery,
  IdParam,
  MeetingsQuery,
  PlacesQuery,
  RelationshipsQuery,
  SlugParam,
  SourcesQuery,
} from "../schemas/api/queries";
import {
  Figure,
  MeetingDetail,
  Meeting,
  pageOf,
  Place,
  Problem,
  Relationship,
  Source,
} from "../schemas/api/resources";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const cacheHeaders = {
  ETag: {
    description:
      "Send it back as If-None-Match to get 304 Not Modified while the data is unchanged.",
    schema: { type: "string" as const },
  },
  "Cache-Control": { schema: { type: "string" as const } },
};

function list(
  summary: string,
  query: z.ZodType,
  item: z.ZodType,
  pageId: string,
): ZodOpenApiOperationObject {
  return {
    summary,
    requestParams: { query: query as z.ZodObject },
    responses: {
      "200": {
        description: `A page of at most \`limit\` items (at most ${pageLimits.max}). \`nextCursor\` (also a Link header with rel="next") gives the next page; null on the last.`,
        headers: { ...cacheHeaders, Link: { schema: { type: "string" as const } } },
        content: json(pageOf(item, pageId)),
      },
      "304": { description: "Not modified (If-None-Match matched the ETag)." },
      "400": problem(
        "A parameter is unknown, malformed or out of range; `invalidParams` says which.",
      ),
    },
  };
}

function record(summary: string, path: z.ZodObject, item: z.ZodType): ZodOpenApiOperationObject {
  return {
    summary,
    requestParams: { path },
    responses: {
      "200": { description: "The record.", headers: cacheHeaders, content: json(item) },
      "304": { description: "Not modified." },
      "400": problem("The identifier is malformed."),
      "404": problem("No record has that identifier."),
    },
  };
}

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Vietnam–Japan Partnership Portal open data",
      version: "1.0.0",
      // The same licence as the downloads: the compilation is CC BY 4.0; each figure stays its source's work.
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      description:
        "Read-only data of the portal: places, relationships, meetings, figures (each exactly as one source reported it, with its conflict group) and sources. " +
        "Every response may be cached (ETag, Cache-Control) and read from any site (CORS). Errors are RFC 9457 problem details.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/places": { get: list("List places", PlacesQuery, Place, "PlacePage") },
      "/api/v1/places/{slug}": { get: record("One place", SlugParam, Place) },
      "/api/v1/relationships": {
        get: list("List relationships", RelationshipsQuery, Relationship, "RelationshipPage"),
      },
      "/api/v1/relationships/{slug}": { get: record("One relationship", SlugParam, Relationship) },
      "/api/v1/meetings": {
        get: list("List meetings, newest first", MeetingsQuery, Meeting, "MeetingPage"),
      },
      "/api/v1/meetings/{slug}": {
        get: record("One meeting, with its participants", SlugParam, MeetingDetail),
      },
      "/api/v1/figures": {
        get: list("List figures (observations)", FiguresQuery, Figure, "FigurePage"),
      },
      "/api/v1/figures/{id}": { get: record("One figure", IdParam, Figure) },
      "/api/v1/sources": { get: list("List sources", SourcesQuery, Source, "SourcePage") },
      "/api/v1/sources/{id}": { get: record("One source", IdParam, Source) },
    },
  });
}
