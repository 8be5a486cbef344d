// The new-meeting form as a browser without JavaScript posts it, replayed many times from
// the test (load and restart tests), and what reached the database.
import net from "node:net";
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
  const fields = await page
    .locator("form:has(#field-title-en)")
    .evaluate((form: HTMLFormElement) => {
      const submitter = [...form.querySelectorAll("button")].find((button) =>
        button.textContent?.includes("Save draft"),
      );
      return [...new FormData(form, submitter)].map(
        ([key, value]) => [key, String(value)] as const,
      );
    });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { fields, cookie };
}

function meetingBody(form: MeetingForm, slug: string): FormData {
  const body = new FormData();
  for (const [key, value] of form.fields)
    body.append(key, key === "slug" ? slug : key === "title.en" ? `Load ${slug}` : value);
  return body;
}

/** The working copy's id in the answer to a save, if it acknowledged one. */
const acknowledgedId = (status: number, location: string | null) => {
  const id = /\/admin\/meetings\/(\d+)\?saved=1/.exec(location ?? "")?.[1];
  return status === 303 && id ? Number(id) : null;
};

/** Posts a new meeting named `slug` to `origin`; the working copy's id if the save was acknowledged. */
export async function postNewMeeting(
  origin: string,
  form: MeetingForm,
  slug: string,
): Promise<number | null> {
  const body = meetingBody(form, slug);
  try {
    const response = await fetch(`${origin}/admin/meetings/new`, {
      method: "POST",
      body,
      headers: { cookie: form.cookie, origin },
      redirect: "manual",
    });
    return acknowledgedId(response.status, response.headers.get("location"));
  } catch {
    return null; // not acknowledged: a client would try again
  }
}

/**
 * The same post, its body sent in two halves over one connection: the server has the request
 * (it reads a multipart post whole before answering) and waits for `finish()`. What came back:
 * the working copy's id if acknowledged, and the Connection header.
 */
export async function startSlowSave(origin: string, form: MeetingForm, slug: string) {
  const request = new Request(`${origin}/admin/meetings/new`, {
    method: "POST",
    body: meetingBody(form, slug),
  });
  const body = Buffer.from(await request.arrayBuffer());
  const { hostname, port } = new URL(origin);
  const socket = net.connect(Number(port), hostname);
  let answer = "";
  socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  const head = [
    `POST /admin/meetings/new HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    `Origin: ${origin}`,
    `Cookie: ${form.cookie}`,
    `Content-Type: ${request.headers.get("content-type")}`,
    `Content-Length: ${body.length}`,
  ].join("\r\n");
  const half = Math.floor(body.length / 2);
  socket.write(`${head}\r\n\r\n`);
  socket.write(body.subarray(0, half));
  return {
    finish: () => socket.write(body.subarray(half)),
    async outcome() {
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 60_000))]);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      const header = (name: string) =>
        new RegExp(`^${name}: *(.*)$`, "im").exec(answer)?.[1]?.trim() ?? null;
      return {
        id: acknowledgedId(status, header("location")),
        status,
        connection: header("connection"),
      };
    },
  };
}

/** Working copies whose slug starts with `prefix`, by slug. */
export async function savedMeetings(prefix: string): Promise<Map<string, number[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `SELECT id, data->>'slug' AS slug FROM "WorkingCopy" WHERE data->>'slug' LIKE $1`,
      [`${prefix}%`],
    );
    const saved = new Map<string, number[]>();
    for (const row of rows) saved.set(row.slug, [...(saved.get(row.slug) ?? []), row.id]);
    return saved;
  } finally {
    await client.end();
  }
}
