"use server";
// Sign-in, sign-out and password change. The work is in lib/auth/sign-in.ts; these add
// the cookie, the pause after a failure, and the redirect.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit, userSubject } from "../auth/audit";
import { safeReturnPath } from "../auth/guard";
import { requestInfo } from "../auth/request";
import { attemptSignIn, changePasswordFor } from "../auth/sign-in";
import { createSession, endSession, getCurrentUser } from "../auth/session";
import { failureDelayMs, minutesUntil, throttledMessage } from "../auth/throttle";
import { db } from "../db";
import { ChangePasswordInput, SignInInput } from "../schemas/auth";
import { fieldErrors, parseFormData } from "../schemas/form-data";
import type { FormState } from "../schemas/form-state";
import { staffAction } from "./safe-action";

const INCORRECT = "Email or password is incorrect";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A refused sign-in posted without JavaScript comes back as a redirect whose address says
 * why: Next 16 does not render an action's returned state into the HTML of a staff page
 * (they have a prerendered, if empty, shell), so a returned message would not be seen.
 */
async function refuse(next: unknown, state: FormState, reason: string): Promise<FormState> {
  if ((await headers()).has("next-action")) return state;
  const params = new URLSearchParams({ next: safeReturnPath(next), error: reason });
  redirect(`/admin/sign-in?${params}`);
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The one action anyone may call: it reads the post with the same bounded parser as the others. */
export async function signIn(_previous: unknown, form: unknown): Promise<FormState> {
  const read = parseFormData(form);
  if (!read.ok) return refuse(undefined, { message: read.message }, "missing");
  const { email, password, next } = read.data;
  const values = { email: text(email), next: text(next) };
  const parsed = SignInInput.safeParse({ email, password });
  if (!parsed.success)
    return refuse(next, { errors: fieldErrors(parsed.error.issues), values }, "missing");

  const { ip } = await requestInfo();
  const outcome = await attemptSignIn(db, { ...parsed.data, ip });
  if (!outcome.ok) {
    if (outcome.reason === "throttled") {
      return refuse(
        next,
        { message: throttledMessage(outcome.retryAfterMs), values },
        `throttled-${minutesUntil(outcome.retryAfterMs)}`,
      );
    }
    // Each further failure waits longer before the answer, slowing down guessing.
    await sleep(failureDelayMs(outcome.failures));
    return refuse(next, { message: INCORRECT, values }, "incorrect");
  }
  await createSession(outcome.user.id);
  redirect(safeReturnPath(next));
}

export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  await endSession();
  if (user) {
    const { ip } = await requestInfo();
    await recordAudit(db, { action: "sign-out", actorId: user.id, subject: userSubject(user), ip });
  }
  redirect("/admin/sign-in");
}

export const changePassword = staffAction(
  ChangePasswordInput,
  "EDITOR",
  { page: "/admin/account", form: "change-password" },
  async (input, { user, ip }): Promise<FormState> => {
    const outcome = await changePasswordFor(db, user, input, ip);
    if (!outcome.ok) return { errors: outcome.errors, message: outcome.message };
    // Every session ended with the change, this one included; start a new one here.
    await createSession(user.id);
    return { ok: true, message: "Password changed. You were signed out on every other device." };
  },
);
