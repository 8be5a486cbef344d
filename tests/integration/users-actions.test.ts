import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { insertSession } from "@/lib/auth/session-store";
import { changeRoleAs, createUserAs, disableUserAs, enableUserAs } from "@/lib/auth/user-admin";
import type { CreateUserInput } from "@/lib/schemas/auth";
import { invalidatedTags } from "../support/next-cache";
import { testDb } from "../support/db";
import { makeUser } from "../support/users";

// The 'use server' actions read the session through lib/auth/session (cookies) and the
// address through next/headers; stand in for both so the real actions can be called.
let currentActor: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => currentActor,
  renewSessionCookie: async () => {},
}));
// "next-action": posted by the form's client script (plain posts are covered in content-actions).
// The client address as the portal's server stamps it (lib/ops/client-address.ts).
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "x-portal-client-address": "192.0.2.7", "next-action": "7f00" }),
}));
const actions = await import("@/lib/actions/users");

const newUser = (): CreateUserInput => ({
  email: `new-${Math.random().toString(36).slice(2, 10)}@example.org`,
  role: "EDITOR",
  password: "a calm river at dusk",
});
const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
};
const snapshot = () =>
  Promise.all([
    testDb.user.findMany({
      select: { id: true, email: true, role: true, disabledAt: true },
      orderBy: { id: "asc" },
    }),
    testDb.session.count(),
    testDb.auditEvent.count(),
  ]);

beforeEach(() => {
  currentActor = null;
});

describe("user actions refuse anyone but an admin, and change nothing", () => {
  it("without a session", async () => {
    const target = await makeUser();
    await insertSession(testDb, target.id);
    const before = await snapshot();
    const input = newUser();
    // Nothing is read from the post, not even to echo it, before the sender is authorized.
    expect(await actions.createUser({}, form({ ...input }))).toEqual({
      message: expect.stringMatching(/session has ended/),
      form: "create-user",
    });
    expect((await actions.disableUser({}, form({ userId: target.id }))).message).toMatch(
      /session has ended/,
    );
    expect((await actions.enableUser({}, form({ userId: target.id }))).message).toMatch(
      /session has ended/,
    );
    expect(
      (await actions.changeRole({}, form({ userId: target.id, role: "ADMIN" }))).message,
    ).toMatch(/session has ended/);
    expect(await snapshot()).toEqual(before);
  });

  it("for an editor", async () => {
    currentActor = await makeUser({ role: "EDITOR" });
    const target = await makeUser();
    await insertSession(testDb, target.id);
    const before = await snapshot();
    expect((await actions.createUser({}, form({ ...newUser() }))).message).toBe(
      "Your account is not allowed to do this.",
    );
    expect((await actions.disableUser({}, form({ userId: target.id }))).message).toBe(
      "Your account is not allowed to do this.",
    );
    expect(
      (await actions.changeRole({}, form({ userId: currentActor.id, role: "ADMIN" }))).message,
    ).toBe("Your account is not allowed to do this.");
    expect(await snapshot()).toEqual(before);
  });

  it("in the core functions too, whatever input they are given", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const target = await makeUser();
    const before = await snapshot();
    for (const actor of [null, editor]) {
      expect((await createUserAs(testDb, actor, newUser(), null)).ok).toBeUndefined();
      expect((await disableUserAs(testDb, actor, target.id, null)).ok).toBeUndefined();
      expect((await enableUserAs(testDb, actor, target.id, null)).ok).toBeUndefined();
      expect((await changeRoleAs(testDb, actor, editor.id, "ADMIN", null)).ok).toBeUndefined();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("user actions for an admin", () => {
  it("create a user, audited, and refuse a taken email or a weak password", async () => {
    currentActor = await makeUser({ role: "ADMIN" });
    const input = newUser();
    expect(await actions.createUser({}, form({ ...input, name: "New Editor" }))).toEqual({
      ok: true,
      message: `Account created for ${input.email}.`,
      form: "create-user",
    });
    expect(invalidatedTags).toEqual([]); // only the page is revalidated; no public data changed
    const created = await testDb.user.findUniqueOrThrow({
      where: { email: input.email },
      select: { id: true, name: true, role: true, passwordHash: true },
    });
    expect(created).toMatchObject({
      name: "New Editor",
      role: "EDITOR",
      passwordHash: expect.stringMatching(/^\$argon2id\$/),
    });
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { action: "user-created", subject: { contains: input.email } },
    });
    expect(audit).toMatchObject({
      actorId: currentActor.id,
      ip: "192.0.2.7",
      detail: { role: "EDITOR" },
    });

    const again = await actions.createUser({}, form({ ...input }));
    expect(again.errors).toEqual({ email: "An account with this email already exists" });
    expect(again.values).toEqual({ email: input.email, role: "EDITOR" });
    const weak = await actions.createUser({}, form({ ...newUser(), password: "password1" }));
    expect(Object.keys(weak.errors ?? {})).toEqual(["password"]);
    expect(JSON.stringify(weak)).not.toContain("password1");
  });

  it("disable (ending every session) and enable accounts, and change roles, each audited", async () => {
    currentActor = await makeUser({ role: "ADMIN" });
    const target = await makeUser();
    await insertSession(testDb, target.id);
    expect((await actions.disableUser({}, form({ userId: target.id }))).ok).toBe(true);
    expect(await testDb.session.count({ where: { userId: target.id } })).toBe(0);
    expect(
      (await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt,
    ).not.toBeNull();
    expect((await actions.enableUser({}, form({ userId: target.id }))).ok).toBe(true);
    expect(
      (await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt,
    ).toBeNull();
    expect((await actions.changeRole({}, form({ userId: target.id, role: "ADMIN" }))).message).toBe(
      `${target.email} is now an admin.`,
    );
    const events = await testDb.auditEvent.findMany({
      where: { subject: `user:${target.id} ${target.email}` },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual(
      ["user-disabled", "user-enabled", "role-changed"].map((action) => ({
        action,
        actorId: currentActor!.id,
      })),
    );
  });

  it("refuse to let an admin disable or demote themselves", async () => {
    currentActor = await makeUser({ role: "ADMIN" });
    const before = await snapshot();
    expect((await actions.disableUser({}, form({ userId: currentActor.id }))).message).toMatch(
      /cannot disable your own account/,
    );
    expect(
      (await actions.changeRole({}, form({ userId: currentActor.id, role: "EDITOR" }))).message,
    ).toMatch(/cannot/);
    expect(await snapshot()).toEqual(before);
  });

  it("keep at least one active admin", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const other = await makeUser({ role: "ADMIN" });
    // Leave exactly one other active admin besides `admin`: disable every admin but these two.
    await testDb.user.updateMany({
      where: { role: "ADMIN", disabledAt: null, id: { notIn: [admin.id, other.id] } },
      data: { disabledAt: new Date() },
    });
    expect((await disableUserAs(testDb, admin, other.id, null)).ok).toBe(true);
    // `other` is disabled now; it may not act, and `admin` is the last active admin.
    expect(await testDb.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    const third = await makeUser({ role: "ADMIN", disabled: true });
    await enableUserAs(testDb, admin, third.id, null);
    // With two active again, demoting one is fine; the last one cannot be demoted by the other.
    expect((await changeRoleAs(testDb, admin, third.id, "EDITOR", null)).ok).toBe(true);
    // Two admins demoting each other at once: `third` acts on its session from just before it
    // was demoted, and `admin` is by then the last active admin.
    const demoteLast = await changeRoleAs(
      testDb,
      { ...third, role: "ADMIN" },
      admin.id,
      "EDITOR",
      null,
    );
    expect(demoteLast.message).toMatch(/last active admin/);
  });

  it("report invalid input per field", async () => {
    currentActor = await makeUser({ role: "ADMIN" });
    expect((await actions.changeRole({}, form({ userId: "abc", role: "OWNER" }))).errors).toEqual({
      userId: expect.any(String),
      role: "Choose Editor or Admin",
    });
  });
});
