// Failed sign-ins, counted in PostgreSQL so every web server sees the same numbers.
// Five failures for one account within 15 minutes lock it for 15 minutes after the last
// one; twenty from one address do the same for the address. Refused attempts are not
// counted (the password is not even checked), so the lock ends on time.
//
// The count is taken before the password is checked, and atomically: an attempt first
// takes a transaction-scoped advisory lock on its account and on its address, counts, and
// records itself as a failure, all before Argon2 runs. Simultaneous guesses, on one web
// server or several, queue on those locks, so each sees every guess made before it: a burst
// of a hundred gets exactly as far as five sent one by one. A right password then forgives
// the account's failures, its own included.
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";

export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
const KEEP_MS = 60 * 60_000;

// Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)); the second is a hash.
const ACCOUNT_LOCK = 9101;
const ADDRESS_LOCK = 9102;

type Tx = Prisma.TransactionClient;
export type SignInKey = { email: string; ip: string };

export type ThrottleDecision =
  { allowed: true } | { allowed: false; scope: "account" | "ip"; retryAfterMs: number };

/** An attempt that may go on to check the password, with the failures counted so far (this one included). */
export type Reservation =
  | { allowed: true; accountFailures: number; addressFailures: number }
  | Extract<ThrottleDecision, { allowed: false }>;

/**
 * When the newest `limit` failures all fall within the window, locked until the newest + LOCK_MS.
 * No upper bound on the time: an attempt that waited for the lock took its clock reading
 * before one recorded by the attempt ahead of it, and must still count that one.
 */
async function lockedUntil(
  db: Database | Tx,
  where: { email: string } | { ip: string },
  limit: number,
  now: Date,
): Promise<number | null> {
  const recent = await db.signInFailure.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - WINDOW_MS - LOCK_MS) } },
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

export async function checkSignInThrottle(
  db: Database | Tx,
  key: SignInKey,
  now = new Date(),
): Promise<ThrottleDecision> {
  const [account, address] = await Promise.all([
    lockedUntil(db, { email: key.email }, ACCOUNT_LIMIT, now),
    lockedUntil(db, { ip: key.ip }, IP_LIMIT, now),
  ]);
  if (account) return { allowed: false, scope: "account", retryAfterMs: account - now.getTime() };
  if (address) return { allowed: false, scope: "ip", retryAfterMs: address - now.getTime() };
  return { allowed: true };
}

const inWindow = (now: Date) => ({ gt: new Date(now.getTime() - WINDOW_MS) });

/**
 * Decides whether an attempt may check a password and, if so, records it as a failure first
 * (see the top of this file). Call before verifying; then forgive it on success.
 */
export async function reserveSignInAttempt(
  db: Database,
  key: SignInKey,
  now = new Date(),
): Promise<Reservation> {
  if (Math.random() < 0.05) await pruneSignInFailures(db, now);
  return db.$transaction(
    async (tx) => {
      // Always the account first, then the address: two attempts never wait for each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${key.email}::text))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${key.ip}::text))`;
      const decision = await checkSignInThrottle(tx, key, now);
      if (!decision.allowed) return decision;
      await tx.signInFailure.create({ data: { email: key.email, ip: key.ip, createdAt: now } });
      const [accountFailures, addressFailures] = await Promise.all([
        tx.signInFailure.count({ where: { email: key.email, createdAt: inWindow(now) } }),
        tx.signInFailure.count({ where: { ip: key.ip, createdAt: inWindow(now) } }),
      ]);
      return { allowed: true as const, accountFailures, addressFailures };
    },
    // A burst queues on the locks; each turn is a few milliseconds.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The lock-outs this failed attempt began: the attempt that reached a limit (one audit row each). */
export function lockoutsBegun(
  reservation: Extract<Reservation, { allowed: true }>,
): ("account" | "ip")[] {
  return [
    ...(reservation.accountFailures === ACCOUNT_LIMIT ? ["account" as const] : []),
    ...(reservation.addressFailures === IP_LIMIT ? ["ip" as const] : []),
  ];
}

/** Records a failure without checking (tests arrange past failures with it). */
export async function recordSignInFailure(db: Database, key: SignInKey, now = new Date()) {
  await db.signInFailure.create({ data: { email: key.email, ip: key.ip, createdAt: now } });
}

/** A successful sign-in forgives that account's failures (not the address's others). */
export async function clearSignInFailures(db: Database, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}

export async function pruneSignInFailures(db: Database, now = new Date()) {
  await db.signInFailure.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } },
  });
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
