// Thin wrappers that connect the session store (lib/auth/session-store.ts) to the request:
// they read and write the cookie through next/headers.
import "server-only";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "../db";
import { sessionCookie, sessionCookieOptions } from "./session-cookie";
import {
  deleteAllSessions,
  deleteSessionByToken,
  insertSession,
  pruneExpiredSessions,
  validateSessionToken,
  type SessionUser,
} from "./session-store";

export type { SessionUser };

/** Starts a new session with a new token (never reuses the one the browser had). */
export async function createSession(userId: number) {
  const jar = await cookies();
  await deleteSessionByToken(db, jar.get(sessionCookie().name)?.value);
  if (Math.random() < 0.05) await pruneExpiredSessions(db);
  const { token } = await insertSession(db, userId);
  await setSessionCookie(token);
}

async function setSessionCookie(token: string) {
  (await cookies()).set(sessionCookie().name, token, sessionCookieOptions());
}

/** Renews the cookie's 30 idle minutes from a server action (pages renew it in proxy.ts). */
export async function renewSessionCookie() {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  if (token) await setSessionCookie(token);
}

/** The signed-in staff member, or null. Cached for the rest of the request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  // A session is checked against the clock on every request, never prerendered.
  await connection();
  return validateSessionToken(db, jar.get(sessionCookie().name)?.value);
});

/** Ends this browser's session. */
export async function endSession() {
  const jar = await cookies();
  const { name } = sessionCookie();
  await deleteSessionByToken(db, jar.get(name)?.value);
  // Deleting re-sends the cookie expired, with the same flags (a __Host- cookie needs Secure).
  jar.set(name, "", { ...sessionCookieOptions(), maxAge: 0 });
}

/** Ends every session of a user, on every device. */
export async function endAllSessions(userId: number) {
  return deleteAllSessions(db, userId);
}
