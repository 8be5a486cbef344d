import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { safeReturnPath } from "@/lib/auth/return-path";
import {
  ABSOLUTE_TIMEOUT_MS,
  deleteSessionByToken,
  insertSession,
  validateSessionToken,
} from "@/lib/auth/session-store";
import { sessionCookieFor, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { changePasswordFor } from "@/lib/auth/sign-in";
import { disableUserAs } from "@/lib/auth/user-admin";
import { testDb } from "../support/db";
import { at, makeUser, minutes } from "../support/users";

describe("session tokens", () => {
  it("are 256 random bits, and only their SHA-256 is stored", async () => {
    const user = await makeUser();
    const { token, expiresAt } = await insertSession(testDb, user.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const rows = await testDb.session.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(ABSOLUTE_TIMEOUT_MS);
    expect((await validateSessionToken(testDb, token))?.email).toBe(user.email);
  });

  it("differ at every sign-in", async () => {
    const user = await makeUser();
    const tokens = new Set(
      await Promise.all([1, 2, 3].map(async () => (await insertSession(testDb, user.id)).token)),
    );
    expect(tokens.size).toBe(3);
  });

  it("refuse unknown, malformed and deleted tokens", async () => {
    const user = await makeUser();
    const { token } = await insertSession(testDb, user.id);
    expect(await validateSessionToken(testDb, undefined)).toBeNull();
    expect(await validateSessionToken(testDb, "short")).toBeNull();
    expect(await validateSessionToken(testDb, "A".repeat(43))).toBeNull();
    await deleteSessionByToken(testDb, token);
    expect(await validateSessionToken(testDb, token)).toBeNull();
  });
});

describe("session expiry", () => {
  it("ends after 30 minutes without a request, and deletes the row", async () => {
    const user = await makeUser();
    const start = new Date();
    const { token } = await insertSession(testDb, user.id, start);
    expect(await validateSessionToken(testDb, token, at(start, minutes(29)))).not.toBeNull();
    // That request moved lastSeenAt: 29 minutes later still valid, 30 minutes after it not.
    expect(await validateSessionToken(testDb, token, at(start, minutes(58)))).not.toBeNull();
    expect(await validateSessionToken(testDb, token, at(start, minutes(88)))).toBeNull();
    expect(await testDb.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const user = await makeUser();
    const start = new Date();
    const { token } = await insertSession(testDb, user.id, start);
    await validateSessionToken(testDb, token, at(start, 30_000));
    let row = await testDb.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBe(start.getTime());
    await validateSessionToken(testDb, token, at(start, 61_000));
    row = await testDb.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastSeenAt.getTime()).toBe(start.getTime() + 61_000);
  });

  it("ends after 12 hours however active the user is", async () => {
    const user = await makeUser();
    const start = new Date();
    const { token } = await insertSession(testDb, user.id, start);
    for (let t = minutes(20); t < ABSOLUTE_TIMEOUT_MS; t += minutes(20)) {
      expect(
        await validateSessionToken(testDb, token, at(start, t)),
        `at ${t / 60_000} min`,
      ).not.toBeNull();
    }
    expect(await validateSessionToken(testDb, token, at(start, ABSOLUTE_TIMEOUT_MS))).toBeNull();
  });
});

describe("ending every session", () => {
  it("happens when the password changes; the old password stops working", async () => {
    const user = await makeUser();
    const phone = await insertSession(testDb, user.id);
    const laptop = await insertSession(testDb, user.id);
    const outcome = await changePasswordFor(
      testDb,
      user,
      {
        currentPassword: user.password,
        newPassword: "a brand new long phrase",
        confirmPassword: "a brand new long phrase",
      },
      "198.51.100.1",
    );
    expect(outcome).toEqual({ ok: true });
    expect(await validateSessionToken(testDb, phone.token)).toBeNull();
    expect(await validateSessionToken(testDb, laptop.token)).toBeNull();
    const { passwordHash } = await testDb.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(passwordHash, user.password)).toBe(false);
    expect(await verifyPassword(passwordHash, "a brand new long phrase")).toBe(true);
    const audit = await testDb.auditEvent.findFirst({
      where: { action: "password-changed", actorId: user.id },
    });
    expect(audit?.detail).toEqual({ sessionsEnded: 2 });
  });

  it("does not happen when the current password is wrong", async () => {
    const user = await makeUser();
    const session = await insertSession(testDb, user.id);
    const outcome = await changePasswordFor(
      testDb,
      user,
      {
        currentPassword: "not my password",
        newPassword: "a brand new long phrase",
        confirmPassword: "a brand new long phrase",
      },
      "198.51.100.1",
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { currentPassword: "The current password is not correct" },
    });
    expect(await validateSessionToken(testDb, session.token)).not.toBeNull();
  });

  it("happens when an admin disables the account, and a disabled user is never signed in", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser();
    const session = await insertSession(testDb, editor.id);
    expect((await disableUserAs(testDb, admin, editor.id, null)).ok).toBe(true);
    expect(await testDb.session.count({ where: { userId: editor.id } })).toBe(0);
    expect(await validateSessionToken(testDb, session.token)).toBeNull();
    // Even a session row that somehow survived is refused.
    const again = await insertSession(testDb, editor.id);
    expect(await validateSessionToken(testDb, again.token)).toBeNull();
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, path /, and dropped by the browser after 30 idle minutes", () => {
    const cookie = { name: "__Host-portal_session", secure: true };
    expect(sessionCookieOptions(cookie)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: 1800,
    });
  });

  it("is decided once from the public address: __Host- and Secure over https and on this machine (issue 9, defect 9)", () => {
    const hostPrefixed = { name: "__Host-portal_session", secure: true };
    for (const url of [
      "https://portal.example.org",
      "https://localhost:3000",
      "http://localhost:3000",
      "http://127.0.0.1:3210",
      "http://[::1]:3000",
      "http://app.localhost",
    ]) {
      expect(sessionCookieFor(url), url).toEqual(hostPrefixed);
    }
    // No browser keeps a Secure cookie from plain http elsewhere, and __Host- requires Secure.
    expect(sessionCookieFor("http://portal.example.org")).toEqual({
      name: "portal_session",
      secure: false,
    });
    expect(sessionCookieFor("http://192.168.1.20:3000")).toEqual({
      name: "portal_session",
      secure: false,
    });
    expect(() => sessionCookieFor("portal.example.org")).toThrow(/PORTAL_PUBLIC_URL/);
    expect(() => sessionCookieFor("ftp://portal.example.org")).toThrow(/https:\/\/ or http:\/\//);
  });
});

describe("the return path after sign-in", () => {
  it("is a path inside /admin, never another site", () => {
    expect(safeReturnPath("/admin/users?page=2")).toBe("/admin/users?page=2");
    expect(safeReturnPath("/admin")).toBe("/admin");
    for (const bad of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example",
      "/en/places",
      "/administrator",
      "/admin/sign-in",
      "javascript:alert(1)",
      null,
      "",
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBe("/admin");
    }
  });
});
