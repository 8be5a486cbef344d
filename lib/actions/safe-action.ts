// The prologue every staff action shares: check the session and role first, and only then
// read the post with the one bounded parser (lib/schemas/form-data.ts). Whoever holds an
// action's id can call it with any arguments, so nothing here assumes their types: a
// refusal is a value, never an exception.
import "server-only";
import type { z } from "zod";
import { authorize } from "../auth/guard";
import { requestInfo } from "../auth/request";
import type { SessionUser } from "../auth/session";
import type { AuthResult } from "../auth/roles";
import type { Role } from "../generated/prisma/enums";
import { fieldErrors, parseFormData } from "../schemas/form-data";
import { safeValues, type FormState } from "../schemas/form-state";
import { replyToForm } from "./form-reply";

export interface ActionContext {
  user: SessionUser;
  ip: string;
}

export type StaffPost =
  | { ok: true; user: SessionUser; data: Record<string, unknown> }
  | { ok: false; refused: Extract<AuthResult, { ok: false }> }
  | { ok: false; user: SessionUser; message: string };

/** Authorizes the caller, then (only then) reads the post. `arrays`: its checkbox groups. */
export async function readStaffPost(
  role: Role,
  form: unknown,
  arrays: readonly string[] = [],
): Promise<StaffPost> {
  const auth = await authorize(role);
  if (!auth.ok) return { ok: false, refused: auth };
  const read = parseFormData(form, arrays);
  return read.ok
    ? { ok: true, user: auth.user, data: read.data }
    : { ok: false, user: auth.user, message: read.message };
}

/**
 * A staff form's action: authorize, read, check with the shared Zod schema, then `fn` writes
 * in one transaction, invalidates what it changed and returns (or redirects) last.
 * `page`: where the form is, and `form`: which of its forms, for answering a post made without JavaScript.
 */
export function staffAction<Schema extends z.ZodType, State extends FormState = FormState>(
  schema: Schema,
  role: Role,
  where: { page: string; form: string },
  fn: (input: z.output<Schema>, ctx: ActionContext) => Promise<State>,
) {
  return async (_previous: unknown, form: unknown): Promise<State | FormState> => {
    const post = await readStaffPost(role, form);
    const reply = (state: State | FormState, userId: number | null) =>
      replyToForm({ ...state, form: where.form }, userId, where.page);
    if (!post.ok)
      return "refused" in post
        ? reply({ message: post.refused.message }, null)
        : reply({ message: post.message }, post.user.id);
    // A refused form shows what was typed again (minus passwords).
    const values = safeValues(post.data);
    const parsed = schema.safeParse(post.data);
    if (!parsed.success)
      return reply({ errors: fieldErrors(parsed.error.issues), values }, post.user.id);
    const { ip } = await requestInfo();
    const result = await fn(parsed.data, { user: post.user, ip });
    return reply(result.ok || result.values ? result : { ...result, values }, post.user.id);
  };
}
