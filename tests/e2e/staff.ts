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

/** Fills the new-meeting form with the least a meeting needs (English only), ready to save. */
export async function fillNewMeeting(page: Page, slug: string, title: string) {
  await page.goto("/admin/meetings/new");
  await page.getByLabel("Web address name").fill(slug);
  await page.getByLabel("Kind").selectOption("VISIT");
  await page.locator("#field-title-en").fill(title);
  await page.locator("#field-summary-en").fill("A test visit recorded by the end-to-end suite.");
  await page.getByLabel("Date (start)").fill("2026-11-20");
  await page.getByRole("checkbox", { name: "Bac Ninh (Vietnam)" }).check();
  await page.getByRole("checkbox", { name: "Kanagawa Prefecture (Japan)" }).check();
  await page.locator("#field-participants-0-personId").selectOption({ index: 1 });
  await page.locator("#field-participants-0-side").selectOption("VIETNAM");
  await page.locator("#field-participants-1-personId").selectOption({ index: 2 });
  await page.locator("#field-participants-1-side").selectOption("JAPAN");
  await page.getByRole("group", { name: "Sources *" }).getByRole("checkbox").first().check();
}
