// Signing in and changing a password, against the database, without Next's request context:
// the actions in lib/actions/auth.ts add the cookie and the redirect.
import type { Database } from "../prisma-client";
import type { ChangePasswordInput, SignInInput } from "../schemas/auth";
import { recordAudit, userSubject } from "./audit";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { deleteAllSessions, type SessionUser } from "./session-store";
import {
  clearSignInFailures,
  lockoutsBegun,
  reserveSignInAttempt,
  throttledMessage,
  type Reservation,
  type SignInKey,
} from "./throttle";

export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid"; failures: number }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * After a wrong password: the attempt stays counted, and the attempt that reaches a limit
 * writes the one audit row of that lock-out. Single failures and refused attempts write none,
 * so unauthenticated requests cannot fill the audit log.
 */
async function recordLockouts(
  db: Database,
  key: SignInKey,
  reservation: Extract<Reservation, { allowed: true }>,
  actorId?: number,
) {
  for (const scope of lockoutsBegun(reservation)) {
    await recordAudit(db, {
      action: "sign-in-locked",
      actorId: scope === "account" ? actorId : undefined,
      subject: scope === "account" ? key.email : key.ip,
      ip: key.ip,
      detail: {
        scope,
        failures: scope === "account" ? reservation.accountFailures : reservation.addressFailures,
      },
    });
  }
}

export async function attemptSignIn(
  db: Database,
  input: SignInInput & { ip: string },
  now = new Date(),
): Promise<SignInOutcome> {
  const key = { email: input.email, ip: input.ip };
  const reservation = await reserveSignInAttempt(db, key, now);
  if (!reservation.allowed)
    return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordHash: true },
  });
  // The same work and the same answer whether the account is unknown, disabled or the password wrong.
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordLockouts(db, key, reservation, user?.id);
    return { ok: false, reason: "invalid", failures: reservation.accountFailures };
  }

  await clearSignInFailures(db, input.email);
  await recordAudit(db, {
    action: "sign-in",
    actorId: user.id,
    subject: userSubject(user),
    ip: input.ip,
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export type ChangePasswordOutcome =
  { ok: true } | { ok: false; errors?: Record<string, string>; message?: string };

/**
 * Checks the current password (counted like a sign-in failure, so this form cannot be used
 * to guess it), stores the new hash and ends every session of the user; the caller starts
 * a fresh one for this browser.
 */
export async function changePasswordFor(
  db: Database,
  user: SessionUser,
  input: ChangePasswordInput,
  ip: string,
  now = new Date(),
): Promise<ChangePasswordOutcome> {
  const key = { email: user.email, ip };
  const reservation = await reserveSignInAttempt(db, key, now);
  if (!reservation.allowed)
    return { ok: false, message: throttledMessage(reservation.retryAfterMs) };

  const stored = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    await recordLockouts(db, key, reservation, user.id);
    return { ok: false, errors: { currentPassword: "The current password is not correct" } };
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await deleteAllSessions(tx, user.id);
    await recordAudit(tx, {
      action: "password-changed",
      actorId: user.id,
      subject: userSubject(user),
      ip,
      detail: { sessionsEnded: ended },
    });
  });
  await clearSignInFailures(db, user.email);
  return { ok: true };
}
