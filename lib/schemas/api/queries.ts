// The query strings of the open-data API (/api/v1). Each is strict: an unknown parameter is a
// 400, not silently ignored, so a misspelt filter never returns everything. The OpenAPI
// document (lib/api/openapi.ts) is generated from these same schemas.
import { z } from "zod";
import {
  Basis,
  Country,
  Measure,
  MeetingKind,
  PlaceKind,
  RelationshipKind,
  RelationshipStatus,
  SourceKind,
  Unit,
} from "../../generated/prisma/enums";
import { queryInt, querySlug } from "../query-string";

export const pageLimits = { default: 50, max: 200 } as const;
const yearBounds = [1945, 2100] as const;

const paging = {
  limit: queryInt(1, pageLimits.max)
    .default(pageLimits.default)
    .meta({ description: `Items per page, 1–${pageLimits.max} (default ${pageLimits.default}).` }),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, { error: "Malformed cursor" })
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; omit for the first page." }),
};

const year = queryInt(...yearBounds);
const id = queryInt(1, 2 ** 31 - 1);

export const PlacesQuery = z.strictObject({
  ...paging,
  country: z.enum(Country).optional(),
  kind: z.enum(PlaceKind).optional(),
});

export const RelationshipsQuery = z.strictObject({
  ...paging,
  place: querySlug
    .optional()
    .meta({ description: "Either side's place (a province, prefecture or city) by slug." }),
  kind: z.enum(RelationshipKind).optional(),
  status: z.enum(RelationshipStatus).optional(),
});

export const MeetingsQuery = z.strictObject({
  ...paging,
  place: querySlug
    .optional()
    .meta({ description: "A place the meeting concerns, or a city within it, by slug." }),
  sector: querySlug.optional(),
  kind: z.enum(MeetingKind).optional(),
  year: year.optional(),
});

export const FiguresQuery = z
  .strictObject({
    ...paging,
    place: querySlug
      .optional()
      .meta({ description: "The place the figure describes (any of its territories), by slug." }),
    counterpart: z
      .union([z.literal("all"), querySlug])
      .optional()
      .meta({ description: "`japan` for Japan's share, `all` for all countries together." }),
    measure: z.enum(Measure).optional(),
    basis: z.enum(Basis).optional(),
    unit: z.enum(Unit).optional(),
    source: id.optional().meta({ description: "The id of the source that reported the figure." }),
    from: year
      .optional()
      .meta({ description: "First year of the figure's date (as-of, or end of period)." }),
    to: year.optional().meta({ description: "Last year of the figure's date." }),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: "`from` comes after `to`",
    path: ["from"],
  });

export const SourcesQuery = z.strictObject({
  ...paging,
  kind: z.enum(SourceKind).optional(),
});

export const SlugParam = z.strictObject({ slug: querySlug });
export const IdParam = z.strictObject({ id });

export type PlacesQuery = z.output<typeof PlacesQuery>;
export type RelationshipsQuery = z.output<typeof RelationshipsQuery>;
export type MeetingsQuery = z.output<typeof MeetingsQuery>;
export type FiguresQuery = z.output<typeof FiguresQuery>;
export type SourcesQuery = z.output<typeof SourcesQuery>;
