import { z } from "zod";

/** A query string as an object: a name given once is a string, given several times an array. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    object[name] = values.length === 1 ? values[0] : values;
  }
  return object;
}

/** Next's page `searchParams` (string | string[] | undefined) in the same shape. */
export function searchParamsObject(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | string[]] => entry[1] !== undefined,
    ),
  );
}

/** A query-string integer: digits only (no "1e3", "-1", " 5"), then bounded. */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { error: "Use a whole number (digits only)" })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `Use at least ${min}` })
        .max(max, { error: `Use at most ${max}` }),
    );

/** A slug in a query string (lower-case letters, digits, hyphens). */
export const querySlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "Use a slug: lower-case letters, digits and hyphens",
  })
  .max(80);

/** One value or several (?place=a&place=b) as an array. */
export const oneOrMany = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z
      .array(item)
      .min(1)
      .max(max, { error: `Choose at most ${max}` }),
  );

/** Zod issues as RFC 9457 "invalid parameters": which parameter, and why. */
export function invalidParams(error: z.ZodError): { name: string; reason: string }[] {
  return error.issues.map((issue) => ({
    name:
      issue.code === "unrecognized_keys"
        ? issue.keys.join(", ")
        : issue.path.join(".") || "(query)",
    reason: issue.code === "unrecognized_keys" ? "Unknown parameter" : issue.message,
  }));
}
