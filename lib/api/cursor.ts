// Opaque page cursors: the sort key of the last item of a page, as base64url JSON. A cursor
// is user input like any other: decoding checks its shape with the list's own schema.
import { z } from "zod";
import { InvalidParameter } from "./http";

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(
  cursor: string | undefined,
  schema: S,
): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidParameter(
      "cursor",
      "Malformed cursor: pass the nextCursor of a previous page unchanged",
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new InvalidParameter(
      "cursor",
      "Malformed cursor: pass the nextCursor of a previous page unchanged",
    );
  return parsed.data;
}

/** Cursors of lists ordered by slug, and by id. */
export const SlugCursor = z.strictObject({ slug: z.string().max(80) });
export const IdCursor = z.strictObject({
  id: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

/** One page from `limit + 1` rows: the extra row only says whether a next page exists. */
export function pageFrom<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (row: Row) => unknown,
) {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return {
    data: page.map(toItem),
    nextCursor: more ? encodeCursor(keyOf(page[page.length - 1])) : null,
    limit,
  };
}
