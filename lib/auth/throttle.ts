// Failed sign-ins, counted in PostgreSQL so every web server sees the same numbers.
// Five failures for one account within 15 minutes lock it for 15 minutes after the last
// one; twenty from one address do the same for the address. Refused attempts are not
// counted (the password is not even checked), so the lock ends on time.
import type { Database } from "../prisma-client";

export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
const KEEP_MS = 60 * 60_000;

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: "account" | "ip"; retryAfterMs: number };

/** When the newest `limit` failures all fall within the window, locked until the newest + LOCK_MS. */
async function lockedUntil(db: Database, where: { email: string } | { ip: string }, limit: number, now: Date): Promise<number | null> {
  const recent = await db.signInFailure.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - WINDOW_MS - LOCK_MS), lte: now } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (recent.length < limit) return null;
  const newest = recent[0].createdAt.getTime();
  const oldest = recent[limit - 1].createdAt.getTime();
  if (newest - oldest > WINDOW_MS) return null;
  const until = newest + LOCK_MS;
  return until > now.getTime() ? until : null;
}

export async function checkSignInThrottle(db: Database, key: { email: string; ip: string }, now = new Date()): Promise<ThrottleDecision> {
  const [account, address] = await Promise.all([
    lockedUntil(db, { email: key.email }, ACCOUNT_LIMIT, now),
    lockedUntil(db, { ip: key.ip }, IP_LIMIT, now),
  ]);
  if (account) return { allowed: false, scope: "account", retryAfterMs: account - now.getTime() };
  if (address) return { allowed: false, scope: "ip", retryAfterMs: address - now.getTime() };
  return { allowed: true };
}

/** Records a failure; returns how many failures this account has in the window (for the delay). */
export async function recordSignInFailure(db: Database, key: { email: string; ip: string }, now = new Date(), prune = Math.random() < 0.05) {
  await db.signInFailure.create({ data: { email: key.email, ip: key.ip, createdAt: now } });
  if (prune) await pruneSignInFailures(db, now);
  return db.signInFailure.count({ where: { email: key.email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } } });
}

/** A successful sign-in forgives that account's failures (not the address's). */
export async function clearSignInFailures(db: Database, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}

export async function pruneSignInFailures(db: Database, now = new Date()) {
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}

/** How long to wait before answering a failure: 250 ms per recent failure, at most 2 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(250 * Math.max(failures, 1), 2_000);
}

export function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

export function throttledMessage(retryAfterMs: number): string {
  const minutes = minutesUntil(retryAfterMs);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
