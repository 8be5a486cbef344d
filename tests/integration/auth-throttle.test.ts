import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, inject } from "vitest";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { AUDIT_RETENTION_DAYS, pruneAuditLog } from "@/lib/auth/audit";
import {
  ACCOUNT_LIMIT,
  IP_LIMIT,
  LOCK_MS,
  checkSignInThrottle,
  failureDelayMs,
  pruneSignInFailures,
  recordSignInFailure,
  throttledMessage,
} from "@/lib/auth/throttle";
import { createPrismaClient } from "@/lib/prisma-client";
import { testDb } from "../support/db";
import { at, makeUser, minutes } from "../support/users";

// A second web server: its own client and connection pool on the same database.
const otherServer = createPrismaClient(inject("databaseUrl"));
afterAll(() => otherServer.$disconnect());

const newIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe("per-account throttling", () => {
  it("locks an account for 15 minutes after 5 failures, on every server", async () => {
    const user = await makeUser();
    const start = new Date();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const server = i % 2 ? otherServer : testDb;
      const outcome = await attemptSignIn(
        server,
        { email: user.email, password: "wrong guess", ip: newIp() },
        at(start, i * 1000),
      );
      expect(outcome).toMatchObject({ ok: false, reason: "invalid", failures: i + 1 });
    }
    const lastFailure = at(start, (ACCOUNT_LIMIT - 1) * 1000);

    // The right password, from a new address, on the other server: still refused.
    const refused = await attemptSignIn(
      otherServer,
      { email: user.email, password: user.password, ip: newIp() },
      at(lastFailure, minutes(1)),
    );
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterMs: minutes(14) });
    expect(throttledMessage(minutes(14))).toBe("Too many attempts. Try again in 14 minutes.");
    expect(
      await attemptSignIn(
        testDb,
        { email: user.email, password: user.password, ip: newIp() },
        at(lastFailure, LOCK_MS - 1000),
      ),
    ).toMatchObject({ reason: "throttled" });

    // Refused attempts are not counted, so the lock ends 15 minutes after the last failure.
    const afterLock = await attemptSignIn(
      testDb,
      { email: user.email, password: user.password, ip: newIp() },
      at(lastFailure, LOCK_MS + 1000),
    );
    expect(afterLock).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
  });

  it("does not lock for failures spread over more than 15 minutes", async () => {
    const user = await makeUser();
    const start = new Date(Date.now() - minutes(25));
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await recordSignInFailure(
        testDb,
        { email: user.email, ip: newIp() },
        at(start, minutes(i * 5)),
      );
    }
    expect(
      await checkSignInThrottle(
        otherServer,
        { email: user.email, ip: newIp() },
        at(start, minutes(21)),
      ),
    ).toEqual({ allowed: true });
  });

  it("counts unknown emails the same way and answers them the same way", async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(await attemptSignIn(testDb, { email, password: "guess", ip: newIp() })).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    expect(
      await attemptSignIn(otherServer, { email, password: "guess", ip: newIp() }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    // One audit row for the lock-out, none per failure or refused attempt (defect 4).
    const audit = await testDb.auditEvent.findMany({
      where: { subject: email },
      select: { action: true, detail: true, actorId: true },
    });
    expect(audit).toEqual([
      {
        action: "sign-in-locked",
        detail: { scope: "account", failures: ACCOUNT_LIMIT },
        actorId: null,
      },
    ]);
  });

  it("forgives the account's failures after a successful sign-in", async () => {
    const user = await makeUser();
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++)
      await attemptSignIn(testDb, { email: user.email, password: "wrong", ip: newIp() });
    expect(
      await attemptSignIn(otherServer, { email: user.email, password: user.password, ip: newIp() }),
    ).toMatchObject({ ok: true });
    expect(await testDb.signInFailure.count({ where: { email: user.email } })).toBe(0);
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++)
      await attemptSignIn(testDb, { email: user.email, password: "wrong", ip: newIp() });
    expect(
      await attemptSignIn(testDb, { email: user.email, password: user.password, ip: newIp() }),
    ).toMatchObject({ ok: true });
  });
});

describe("simultaneous guesses (issue 9, defect 4)", () => {
  const guesses = async (
    n: number,
    attempt: (i: number) => Parameters<typeof attemptSignIn>[1],
  ) => {
    const outcomes = await Promise.all(
      Array.from({ length: n }, (_, i) => attemptSignIn(i % 2 ? otherServer : testDb, attempt(i))),
    );
    return outcomes.map((o) => (o.ok ? "signed in" : o.reason));
  };

  it("lets exactly five of twenty simultaneous guesses at one account check a password, on two servers", async () => {
    const user = await makeUser();
    const outcomes = await guesses(20, (i) => ({
      email: user.email,
      password: `guess ${i}`,
      ip: newIp(),
    }));
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(ACCOUNT_LIMIT);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(20 - ACCOUNT_LIMIT);
    expect(await testDb.signInFailure.count({ where: { email: user.email } })).toBe(ACCOUNT_LIMIT);
    expect(
      await testDb.auditEvent.count({ where: { action: "sign-in-locked", subject: user.email } }),
    ).toBe(1);
    // Locked now, even for the right password.
    expect(
      await attemptSignIn(testDb, { email: user.email, password: user.password, ip: newIp() }),
    ).toMatchObject({ reason: "throttled" });
  });

  it("lets exactly twenty of thirty simultaneous guesses from one address through, whatever the accounts", async () => {
    const ip = newIp();
    const outcomes = await guesses(30, (i) => ({
      email: `burst-${i}-${randomUUID().slice(0, 6)}@example.org`,
      password: "guess",
      ip,
    }));
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(IP_LIMIT);
    expect(
      await testDb.auditEvent.findMany({
        where: { subject: ip },
        select: { action: true, detail: true },
      }),
    ).toEqual([{ action: "sign-in-locked", detail: { scope: "ip", failures: IP_LIMIT } }]);
  });
});

describe("per-address throttling", () => {
  it("refuses an address after 20 failures, whatever the account", async () => {
    const ip = newIp();
    const now = new Date();
    for (let i = 0; i < IP_LIMIT; i++) {
      await recordSignInFailure(
        i % 2 ? otherServer : testDb,
        { email: `spray-${i}-${randomUUID().slice(0, 6)}@example.org`, ip },
        at(now, -i * 1000),
      );
    }
    const user = await makeUser();
    expect(
      await attemptSignIn(otherServer, { email: user.email, password: user.password, ip }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkSignInThrottle(testDb, { email: user.email, ip }, now)).toMatchObject({
      allowed: false,
      scope: "ip",
    });
    // Another address signs in to the same account normally.
    expect(
      await attemptSignIn(testDb, { email: user.email, password: user.password, ip: newIp() }),
    ).toMatchObject({ ok: true });
  });

  it("allows 19", async () => {
    const ip = newIp();
    for (let i = 0; i < IP_LIMIT - 1; i++)
      await recordSignInFailure(
        testDb,
        { email: `few-${i}-${randomUUID().slice(0, 6)}@example.org`, ip },
        new Date(),
      );
    expect(await checkSignInThrottle(otherServer, { email: "someone@example.org", ip })).toEqual({
      allowed: true,
    });
  });
});

describe("delays and housekeeping", () => {
  it("waits 250 ms per recent failure before answering, at most 2 s", () => {
    expect([1, 2, 4, 8, 9, 50].map(failureDelayMs)).toEqual([250, 500, 1000, 2000, 2000, 2000]);
  });

  it("keeps audit events for the retention period, deleting older ones in bounded batches", async () => {
    const old = new Date(Date.now() - (AUDIT_RETENTION_DAYS + 1) * 24 * 60 * 60_000);
    const kept = new Date(Date.now() - (AUDIT_RETENTION_DAYS - 1) * 24 * 60 * 60_000);
    const subject = `retention-${randomUUID().slice(0, 8)}`;
    await testDb.auditEvent.createMany({
      data: [
        ...Array.from({ length: 600 }, () => ({ action: "sign-in", subject, createdAt: old })),
        { action: "sign-in", subject, createdAt: kept },
      ],
    });
    expect(await pruneAuditLog(otherServer)).toBe(500);
    expect(await pruneAuditLog(testDb)).toBe(100);
    expect(
      await testDb.auditEvent.findMany({ where: { subject }, select: { createdAt: true } }),
    ).toEqual([{ createdAt: kept }]);
  });

  it("prunes failures older than an hour", async () => {
    const email = `old-${randomUUID().slice(0, 8)}@example.org`;
    await recordSignInFailure(testDb, { email, ip: newIp() }, new Date(Date.now() - minutes(90)));
    await recordSignInFailure(testDb, { email, ip: newIp() }, new Date());
    await pruneSignInFailures(otherServer);
    expect(await testDb.signInFailure.count({ where: { email } })).toBe(1);
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    const user = await makeUser();
    const time = async (email: string) => {
      const started = performance.now();
      await attemptSignIn(testDb, { email, password: "wrong", ip: newIp() });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`ghost-${randomUUID().slice(0, 8)}@example.org`));
    }
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });
});
