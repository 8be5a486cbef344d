// Password hashing (Argon2id, OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane) and the
// list of common passwords that staff accounts may not use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 declares Algorithm as a `const enum`, which isolatedModules cannot inline.
const ARGON2ID = 2;

export const hashOptions = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

/** False for a wrong password and for a stored value that is not a valid hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins to an unknown email,
 * so the response time does not tell whether the account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}

let common: Set<string> | undefined;

// Read from the project folder: `next start`, the CLI and Vitest all run from it, and a
// path relative to this module would point inside the build output instead.
function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(
      process.env.PORTAL_ROOT ?? process.cwd(),
      "lib",
      "auth",
      "common-passwords.txt",
    );
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    common = new Set(
      lines
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line && !line.startsWith("#")),
    );
  }
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/** Length in characters as a person counts them (code points), not UTF-16 units. */
export const passwordLength = (password: string) => Array.from(password).length;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
