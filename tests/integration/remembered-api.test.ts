// The API pages each server remembers (lib/cache/remembered.ts), as the web server asks for
// them before its outage gate (answerApiFromMemory): only what was read, and only until a
// write to one of its tags or a re-seed.
import { describe, expect, inject, it } from "vitest";
import { tags } from "@/lib/cache-tags";
import { sharedTagStore } from "@/lib/cache/shared-tags.js";
import { invalidateEveryPage } from "@/lib/ops/invalidate";
import { answerApi, answerApiFromMemory, type ApiRequest } from "@/lib/api/router";

const url = inject("databaseUrl");

function asked(address: string, method = "GET"): ApiRequest {
  const { pathname, searchParams } = new URL(address, "http://portal.test");
  return { method, pathname, searchParams, ifNoneMatch: null };
}

async function forgotten(request: ApiRequest, timeoutMs = 2_000) {
  const deadline = Date.now() + timeoutMs;
  while (answerApiFromMemory(request)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

describe("API answers from memory", () => {
  it("gives a list page only once it was read, and then the same answer", async () => {
    const request = asked("/api/v1/sources?limit=7");
    expect(answerApiFromMemory(request)).toBeUndefined();
    const read = await answerApi(request);
    expect(read.status).toBe(200);
    expect(answerApiFromMemory(request)).toEqual(read);
    expect(answerApiFromMemory(asked("/api/v1/sources?limit=8"))).toBeUndefined();
  });

  it("forgets it after a write to one of its tags", async () => {
    const request = asked("/api/v1/sources?limit=9");
    await answerApi(request);
    expect(answerApiFromMemory(request)).toBeDefined();
    await sharedTagStore().update([tags.sources]); // what a publish does, on any server
    expect(await forgotten(request)).toBe(true);
    expect((await answerApi(request)).status).toBe(200);
  });

  it("forgets it after a re-seed or a restore, as every page", async () => {
    const request = asked("/api/v1/places?limit=5");
    await answerApi(request);
    expect(answerApiFromMemory(request)).toBeDefined();
    await invalidateEveryPage(url);
    expect(await forgotten(request)).toBe(true);
  });

  it("answers what needs no data", () => {
    expect(answerApiFromMemory(asked("/api/v1/nothing"))?.status).toBe(404);
    expect(answerApiFromMemory(asked("/api/v1/places", "POST"))?.status).toBe(405);
    expect(answerApiFromMemory(asked("/api/v1/places?limit=5&unknown=1"))?.status).toBe(400);
    expect(answerApiFromMemory(asked("/api/v1/figures/not-a-number"))?.status).toBe(400);
  });

  it("keeps records as it read them, a missing one as a 404", async () => {
    for (const address of ["/api/v1/places/bac-ninh", "/api/v1/places/no-such-place"]) {
      const request = asked(address);
      const read = await answerApi(request);
      expect(answerApiFromMemory(request)).toEqual(read);
    }
    expect(answerApiFromMemory(asked("/api/v1/places/no-such-place"))?.status).toBe(404);
  });

  it("forgets a meeting when a person's name is published, as its participants name them", async () => {
    const request = asked("/api/v1/meetings/2019-04-26-meeting-nghe-an-japan");
    expect((await answerApi(request)).status).toBe(200);
    expect(answerApiFromMemory(request)).toBeDefined();
    await sharedTagStore().update([tags.people]);
    expect(await forgotten(request)).toBe(true);
  });
});
