import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  hashPassword,
  isCommonPassword,
  verifyAgainstDummy,
  verifyPassword,
} from "@/lib/auth/password";
import {
  ChangePasswordInput,
  CreateUserInput,
  PasswordInput,
  SignInInput,
} from "@/lib/schemas/auth";
import { fieldErrors } from "@/lib/schemas/form-data";
import { safeValues } from "@/lib/schemas/form-state";

const messageFor = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("password hashing", () => {
  it("uses Argon2id with m=19456, t=2, p=1, visible in the PHC string, with a fresh salt each time", async () => {
    const first = await hashPassword("a calm river at dusk");
    const second = await hashPassword("a calm river at dusk");
    expect(first).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(second).not.toBe(first);
  });

  it("verifies the right password and refuses a wrong one or a broken hash", async () => {
    const stored = await hashPassword("a calm river at dusk");
    expect(await verifyPassword(stored, "a calm river at dusk")).toBe(true);
    expect(await verifyPassword(stored, "a calm river at dawn")).toBe(false);
    expect(await verifyPassword(stored, "A CALM RIVER AT DUSK")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
    expect(await verifyAgainstDummy("anything")).toBe(false);
  });
});

describe("the common-password list", () => {
  it("ships at least 1,000 entries and is compared case-insensitively", () => {
    const entries = readFileSync("lib/auth/common-passwords.txt", "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    expect(entries.length).toBeGreaterThanOrEqual(1000);
    for (const common of [
      "password",
      "Password1",
      "QWERTY123",
      "iloveyou",
      "letmein",
      "12345678",
      "p@ssw0rd",
    ]) {
      expect(isCommonPassword(common), common).toBe(true);
    }
    expect(isCommonPassword("a calm river at dusk")).toBe(false);
  });
});

describe("PasswordInput", () => {
  it("refuses common passwords with a clear message", () => {
    for (const common of ["password123", "Qwerty123", "iloveyou1", "1q2w3e4r5t"]) {
      const result = PasswordInput.safeParse(common);
      expect(result.success, common).toBe(false);
      expect(messageFor(result)).toMatch(/common passwords/);
    }
  });

  it("needs 8 to 128 characters, counted as a person counts them, with no composition rules", () => {
    expect(messageFor(PasswordInput.safeParse("short77"))).toBe("Use at least 8 characters");
    expect(PasswordInput.safeParse("tvnlkdqx").success).toBe(true); // lower-case letters only are fine
    expect(PasswordInput.safeParse("x".repeat(127) + "y").success).toBe(true);
    expect(messageFor(PasswordInput.safeParse("x".repeat(129)))).toBe("Use at most 128 characters");
    expect(PasswordInput.safeParse("桜の花が咲く春の日").success).toBe(true); // 9 characters
    expect(PasswordInput.safeParse("🌸🌸🌸🌸🌸🌸🌸🌸").success).toBe(true); // 8 characters, 16 UTF-16 units
    expect(PasswordInput.safeParse("🌸🌸🌸🌸🌸🌸🌸").success).toBe(false);
    expect(PasswordInput.safeParse("  spaces are allowed  ").success).toBe(true);
  });
});

describe("account schemas", () => {
  it("normalises the sign-in email and requires a password", () => {
    const result = SignInInput.safeParse({ email: "  Editor@Example.ORG ", password: "x" });
    expect(result.success && result.data.email).toBe("editor@example.org");
    const missing = SignInInput.safeParse({ email: "not-an-email", password: "" });
    expect(missing.success).toBe(false);
    expect(fieldErrors(missing.error!.issues)).toEqual({
      email: expect.any(String),
      password: "Enter your password",
    });
  });

  it("requires the new password twice, matching", () => {
    const result = ChangePasswordInput.safeParse({
      currentPassword: "old one here",
      newPassword: "a calm river at dusk",
      confirmPassword: "a calm river at dawn",
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!.issues)).toEqual({
      confirmPassword: "The two new passwords do not match",
    });
  });

  it("accepts EDITOR or ADMIN for a new user, with an optional name", () => {
    const ok = CreateUserInput.safeParse({
      email: "new@example.org",
      name: "",
      role: "EDITOR",
      password: "a calm river at dusk",
    });
    expect(ok.success && ok.data).toEqual({
      email: "new@example.org",
      name: undefined,
      role: "EDITOR",
      password: "a calm river at dusk",
    });
    const bad = CreateUserInput.safeParse({
      email: "new@example.org",
      role: "OWNER",
      password: "password1",
    });
    expect(Object.keys(fieldErrors(bad.error!.issues)).sort()).toEqual(["password", "role"]);
  });

  it("never echoes a password back in form values", () => {
    const form = new FormData();
    form.set("email", "a@example.org");
    form.set("password", "secret one");
    form.set("newPassword", "secret two");
    form.set("confirmPassword", "secret two");
    form.set("currentPassword", "secret three");
    expect(safeValues(form)).toEqual({ email: "a@example.org" });
  });
});
