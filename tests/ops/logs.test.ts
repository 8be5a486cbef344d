// A server on a database that answers but has no tables yet (migrations not applied): ready
// says so, a page's failing query is logged as one JSON error line with its stack and the
// request's id, and no log line carries a query string, cookie or password. It is also
// configured with an https public address, so it sends HSTS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrationNames } from "../../lib/ops/migration-names";
import { recreateDatabase } from "../support/global-setup";
import { requireEnv, startServer, type RunningServer } from "./support/server";

const secrets = {
  query: "querysecret7f3a",
  cookie: "cookiesecret91bd",
  password: "passwordsecret4c2e",
};

describe("logs, readiness and HSTS", () => {
  let server: RunningServer;
  let failing: Response;

  beforeAll(async () => {
    const databaseUrl = await recreateDatabase(requireEnv("DATABASE_URL"), "portal_ops_unmigrated");
    server = await startServer({
      DATABASE_URL: databaseUrl,
      PORTAL_PUBLIC_URL: "https://portal.example.org",
    });
    // A per-request page (the explorer names the unknown parameter), so it surely queries the
    // database: a prerendered or cached page would be served without a query, and no error.
    failing = await fetch(`${server.url}/en/explorer?place=bac-ninh&token=${secrets.query}`, {
      headers: { cookie: `portal_session=${secrets.cookie}` },
    });
    await failing.text();
    const form = new FormData();
    form.set("email", "someone@example.org");
    form.set("password", secrets.password);
    await (
      await fetch(`${server.url}/admin/sign-in`, {
        method: "POST",
        body: form,
        headers: { cookie: `portal_session=${secrets.cookie}` },
      })
    ).text();
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the last lines arrive
  });

  afterAll(() => server?.stop());

  it("ready answers 503 and names the migrations the database lacks", async () => {
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      ready: false,
      database: "ok",
      pendingMigrations: await listMigrationNames("prisma/migrations"),
    });
  });

  it("one JSON line per request, with the id the response carried and the path without its query", () => {
    const requestId = failing.headers.get("x-request-id");
    const lines = server.logs.filter(
      (line) => line.event === "request" && line.requestId === requestId,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      method: "GET",
      path: "/en/explorer",
      status: expect.any(Number),
      durationMs: expect.any(Number),
    });
  });

  it("one JSON line per error, with its stack and the request id", () => {
    const requestId = failing.headers.get("x-request-id");
    const errors = server.logs.filter(
      (line) => line.event === "error" && line.requestId === requestId,
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ level: "error", path: "/en/explorer" });
    expect((errors[0].err as { stack: string }).stack).toMatch(/\n\s+at /);
  });

  it("never logs a query string, cookie or password", () => {
    const everything = JSON.stringify(server.logs) + server.otherLines.join("\n");
    for (const secret of Object.values(secrets)) expect(everything).not.toContain(secret);
  });

  it("sends HSTS when the public address is https", () => {
    expect(failing.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(failing.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
