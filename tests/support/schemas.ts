import { expect } from "vitest";
import type { z } from "zod";

/** Asserts that `schema` refuses `input` with an issue on exactly `path` (and the message, if given). */
export function expectRefused(
  schema: z.ZodType,
  input: unknown,
  path: PropertyKey[],
  message?: RegExp,
) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(issues)}`).toBeDefined();
  if (message) expect(issue!.message).toMatch(message);
}
