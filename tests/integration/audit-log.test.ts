import { describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, AUDIT_PAGES, listAuditEvents } from "@/lib/auth/queries";
import { testDb } from "../support/db";

describe("the audit log's pages", () => {
  it("reads a page past the last as the last page, never as an empty log", async () => {
    await testDb.auditEvent.create({ data: { action: "test.audit-page", subject: "paging" } });
    const last = await listAuditEvents(testDb, AUDIT_PAGES);
    expect(last.page).toBe(last.pages);
    expect(last.events.length).toBeGreaterThan(0);
    expect(last.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);

    const first = await listAuditEvents(testDb, 1);
    expect(first.page).toBe(1);
    expect(first.events.map((e) => e.action)).toContain("test.audit-page");
  });
});
