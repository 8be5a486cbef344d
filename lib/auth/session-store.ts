// Sessions kept in PostgreSQL. The browser holds a random 256-bit token; the table holds
// only its SHA-256, so a leaked database (or backup) cannot be replayed as cookies.
// Everything here takes its database and clock as arguments so it can be tested directly.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import type { Database } from "../prisma-client";

type Db = Database | Prisma.TransactionClient;

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
}

/** 32 random bytes, base64url (43 characters). */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

export async function insertSession(db: Db, userId: number, now = new Date()) {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

/**
 * The user a token belongs to, or null when the token is unknown, idle for 30 minutes,
 * past its 12 hours, or its user is disabled. Expired sessions are deleted on sight.
 */
export async function validateSessionToken(
  db: Database,
  token: string | undefined,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!token || !tokenShape.test(token)) return null;
  const tokenHash = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (now >= session.expiresAt || idle >= IDLE_TIMEOUT_MS) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (session.user.disabledAt) return null;
  if (idle >= TOUCH_INTERVAL_MS) {
    // Only the first request of the minute writes; concurrent ones compete harmlessly.
    await db.session.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function deleteSessionByToken(db: Db, token: string | undefined) {
  if (!token || !tokenShape.test(token)) return;
  await db.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}

/** Signs a user out everywhere (password change, account disabled). */
export async function deleteAllSessions(db: Db, userId: number) {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

/** Removes sessions that can no longer be used; called now and then on sign-in. */
export async function pruneExpiredSessions(db: Db, now = new Date()) {
  await db.session.deleteMany({
    where: {
      OR: [
        { expiresAt: { lte: now } },
        { lastSeenAt: { lte: new Date(now.getTime() - IDLE_TIMEOUT_MS) } },
      ],
    },
  });
}
