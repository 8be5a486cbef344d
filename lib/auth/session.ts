// Thin wrappers that connect the session store (lib/auth/session-store.ts) to the request:
// they read and write the cookie through next/headers.
import "server-only";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "../db";
import { requestInfo } from "./request";
import {
  SESSION_COOKIE,
  deleteAllSessions,
  deleteSessionByToken,
  insertSession,
  pruneExpiredSessions,
  sessionCookieOptions,
  shouldUseSecureCookie,
  validateSessionToken,
  type SessionUser,
} from "./session-store";

export type { SessionUser };

/** Starts a new session with a new token (never reuses the one the browser had). */
export async function createSession(userId: number) {
  const jar = await cookies();
  await deleteSessionByToken(db, jar.get(SESSION_COOKIE)?.value);
  if (Math.random() < 0.05) await pruneExpiredSessions(db);
  const { token } = await insertSession(db, userId);
  await setSessionCookie(token);
}

async function setSessionCookie(token: string) {
  const { proto, host } = await requestInfo();
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(shouldUseSecureCookie({ proto, host })));
}

/** Renews the cookie's 30 idle minutes from a server action (pages renew it in proxy.ts). */
export async function renewSessionCookie() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await setSessionCookie(token);
}

/** The signed-in staff member, or null. Cached for the rest of the request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  // A session is checked against the clock on every request, never prerendered.
  await connection();
  return validateSessionToken(db, jar.get(SESSION_COOKIE)?.value);
});

/** Ends this browser's session. */
export async function endSession() {
  const jar = await cookies();
  await deleteSessionByToken(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete({ name: SESSION_COOKIE, path: "/" });
}

/** Ends every session of a user, on every device. */
export async function endAllSessions(userId: number) {
  return deleteAllSessions(db, userId);
}
