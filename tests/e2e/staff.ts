import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/prisma-client";

/** A fresh staff account in the e2e database (npm test gives each run its own). */
export async function createEditor(role: "EDITOR" | "ADMIN" = "EDITOR") {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
  const password = "quiet harbour lanterns";
  await db.user.create({ data: { email, role, passwordHash: await hashPassword(password) } });
  await db.$disconnect();
  return { email, password };
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin$/);
}
