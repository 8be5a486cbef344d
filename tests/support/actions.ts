// Calling the real 'use server' actions under Vitest. They read the session through
// lib/auth/session (cookies) and the request through next/headers; a test file stands in
// for both with
//   vi.mock("@/lib/auth/session", async () => (await import("../support/actions")).sessionModule);
//   vi.mock("next/headers", async () => (await import("../support/actions")).headersModule);
// and sets `request.actor` (who is signed in) and `request.postedByScript` (whether the post
// carries Next's action header, as the form's client script sends it, or is a plain HTML post).
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { testDb } from "./db";

export const request = {
  actor: null as SessionUser | null,
  postedByScript: true,
  /** Sessions the actions started (sign-in, password change), by user id. */
  sessionsStarted: [] as number[],
};

export function resetRequest() {
  request.actor = null;
  request.postedByScript = true;
  request.sessionsStarted.length = 0;
}

export const sessionModule = {
  getCurrentUser: async () => request.actor,
  renewSessionCookie: async () => {},
  createSession: async (userId: number) => void request.sessionsStarted.push(userId),
  endSession: async () => {},
};

export const headersModule = {
  headers: async () =>
    new Headers({
      "x-portal-client-address": "192.0.2.9",
      ...(request.postedByScript ? { "next-action": "7f00" } : {}),
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
};

/** A form post: each value one field, an array several fields of one name (a checkbox group). */
export function form(fields: Record<string, string | number | (string | number)[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, String(item));
  }
  return data;
}

/** Where an action redirected to (Next's redirect() throws an error carrying the URL). */
export async function redirectOf(action: Promise<unknown>): Promise<string> {
  const error = await action.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest).toMatch(/^NEXT_REDIRECT/);
  return error!.digest!.split(";")[2];
}

/** Whether `error` is Next's redirect (how actions end), rather than a failure. */
export const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" &&
  (error as { digest: string }).digest.startsWith("NEXT_REDIRECT");

// Bookkeeping that a refused post may write by design: a kept refusal for a plain post, counted sign-in attempts.
const bookkeeping = new Set(["_prisma_migrations", "RefusedForm", "SignInFailure"]);
let tables: string[] | undefined;

/**
 * One checksum per table of the database (its rows as text, in order): equal checksums
 * before and after a refused post mean it changed nothing. `except` leaves more tables out.
 */
export async function tableChecksums(except: string[] = []): Promise<Record<string, string>> {
  tables ??= (
    await testDb.$queryRaw<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`
  )
    .map((t) => t.name)
    .filter((name) => !bookkeeping.has(name));
  const checked = tables.filter((name) => !except.includes(name));
  const sql = checked
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await testDb.$queryRawUnsafe<{ name: string; rows: number; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows}:${r.sum}`]));
}
