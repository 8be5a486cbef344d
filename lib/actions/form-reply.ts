// How a staff form's answer (a refusal, or a message) reaches the editor. A post made by the form's client script gets
// the refused state back as the action's result. A plain HTML post (no JavaScript) does not:
// Next renders an action's result only for script-driven posts. So that post's state (the
// errors, the typed input or the message) is kept in PostgreSQL for an hour and the browser is sent back
// to the form's page, which shows it again: no work is lost, whichever server answers.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { FormState } from "../schemas/form-state";

const KEEP_MS = 60 * 60_000;
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Next's client script marks its action posts with this header; a plain form post has none. */
async function postedByScript() {
  return (await headers()).has("next-action");
}

/** Returns `state` to a script-driven form; for a plain post, keeps it and redirects to `returnPath`. */
export async function replyToForm<State extends FormState>(
  state: State,
  userId: number | null,
  returnPath: string,
): Promise<State> {
  if (await postedByScript()) return state;
  if (userId === null) redirect(`/admin/sign-in?next=${encodeURIComponent(returnPath)}`);
  return keepForPage(state, userId, returnPath);
}

/**
 * Keeps `state` and sends the browser to `returnPath` with its id, however the form was posted:
 * for buttons whose action redirects (publish, delete), so that a message with details (which
 * meetings still list a person) reaches the page without being put in its address.
 */
export async function keepForPage(
  state: FormState,
  userId: number,
  returnPath: string,
): Promise<never> {
  const kept = await db.$transaction(async (tx) => {
    await tx.refusedForm.deleteMany({
      where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } },
    });
    return tx.refusedForm.create({
      data: { userId, state: state as Prisma.InputJsonValue },
      select: { id: true },
    });
  });
  redirect(`${returnPath}${returnPath.includes("?") ? "&" : "?"}form=${kept.id}`);
}

/** The answer a page was sent back with (`?form=ID`), shown only to the editor who posted it. */
export async function readFormReply<State extends FormState>(
  userId: number,
  id: unknown,
): Promise<State | undefined> {
  if (typeof id !== "string" || !uuidShape.test(id)) return undefined;
  const kept = await db.refusedForm.findFirst({
    where: { id, userId, createdAt: { gte: new Date(Date.now() - KEEP_MS) } },
    select: { state: true },
  });
  return kept ? (kept.state as State) : undefined;
}
