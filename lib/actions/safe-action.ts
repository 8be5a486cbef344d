// The wrapper every staff action uses: check the session and role first, then parse the
// form with the shared Zod schema, then hand a typed input and the actor to `fn`, which
// writes in one transaction, invalidates what it changed and redirects (or returns) last.
import "server-only";
import type { z } from "zod";
import { authorize } from "../auth/guard";
import { requestInfo } from "../auth/request";
import type { SessionUser } from "../auth/session";
import type { Role } from "../generated/prisma/enums";
import { fieldErrors, formDataToObject } from "../schemas/form-data";
import { replyToForm } from "./form-reply";
import { safeValues, type FormState } from "../schemas/form-state";

export interface ActionContext {
  user: SessionUser;
  ip: string;
}

/** `page`: where the form is, and `form`: which of its forms, for answering a post made without JavaScript. */
export function staffAction<Schema extends z.ZodType, State extends FormState = FormState>(
  schema: Schema,
  role: Role,
  where: { page: string; form: string },
  fn: (input: z.output<Schema>, ctx: ActionContext) => Promise<State>,
) {
  return async (_previous: State | FormState, form: FormData): Promise<State | FormState> => {
    const auth = await authorize(role);
    const reply = (state: State | FormState) => replyToForm({ ...state, form: where.form }, auth.ok ? auth.user.id : null, where.page);
    if (!auth.ok) return reply({ message: auth.message, values: safeValues(form) });
    const parsed = schema.safeParse(formDataToObject(form));
    if (!parsed.success) return reply({ errors: fieldErrors(parsed.error.issues), values: safeValues(form) });
    const { ip } = await requestInfo();
    const result = await fn(parsed.data, { user: auth.user, ip });
    // A refused form shows what was typed again (minus passwords).
    return reply(result.ok || result.values ? result : { ...result, values: safeValues(form) });
  };
}
