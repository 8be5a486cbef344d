// The new-meeting form as a browser without JavaScript posts it, replayed many times from
// the test (load and restart tests), and what reached the database.
import type { Page } from "@playwright/test";
import pg from "pg";
import { fillNewMeeting } from "../e2e/staff";
import { databaseUrl } from "./servers";

export interface MeetingForm {
  fields: (readonly [string, string])[];
  cookie: string;
}

/** Fills the form on a signed-in page (JavaScript off) and reads what it would post. */
export async function newMeetingForm(page: Page, slug: string): Promise<MeetingForm> {
  await fillNewMeeting(page, slug, slug);
  const fields = await page.locator("form:has(#field-title-en)").evaluate((form: HTMLFormElement) => {
    const submitter = [...form.querySelectorAll("button")].find((button) => button.textContent?.includes("Save draft"));
    return [...new FormData(form, submitter)].map(([key, value]) => [key, String(value)] as const);
  });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { fields, cookie };
}

/** Posts a new meeting named `slug` to `origin`; the working copy's id if the save was acknowledged. */
export async function postNewMeeting(origin: string, form: MeetingForm, slug: string): Promise<number | null> {
  const body = new FormData();
  for (const [key, value] of form.fields) body.append(key, key === "slug" ? slug : key === "title.en" ? `Load ${slug}` : value);
  try {
    const response = await fetch(`${origin}/admin/meetings/new`, { method: "POST", body, headers: { cookie: form.cookie, origin }, redirect: "manual" });
    const id = /\/admin\/meetings\/(\d+)\?saved=1/.exec(response.headers.get("location") ?? "")?.[1];
    return response.status === 303 && id ? Number(id) : null;
  } catch {
    return null; // not acknowledged: a client would try again
  }
}

/** Working copies whose slug starts with `prefix`, by slug. */
export async function savedMeetings(prefix: string): Promise<Map<string, number[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; slug: string }>(`SELECT id, data->>'slug' AS slug FROM "WorkingCopy" WHERE data->>'slug' LIKE $1`, [`${prefix}%`]);
    const saved = new Map<string, number[]>();
    for (const row of rows) saved.set(row.slug, [...(saved.get(row.slug) ?? []), row.id]);
    return saved;
  } finally {
    await client.end();
  }
}
