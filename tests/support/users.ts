import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { SessionUser } from "../../lib/auth/session-store";
import type { Role } from "../../lib/generated/prisma/enums";
import { testDb } from "./db";

/** A staff account with a unique email, for tests that share the seeded database. */
export async function makeUser(
  options: { role?: Role; password?: string; disabled?: boolean; prefix?: string } = {},
): Promise<SessionUser & { password: string }> {
  const password = options.password ?? "a calm river at dusk";
  const email = `${options.prefix ?? "staff"}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await testDb.user.create({
    data: {
      email,
      role: options.role ?? "EDITOR",
      passwordHash: await hashPassword(password),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}

export const minutes = (n: number) => n * 60_000;
export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
