import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAdmission } from "@/lib/server/admission";

describe("admission of requests that need the database", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets in as many as the pool holds, the next ones in turn, and refuses past the queue", async () => {
    const admission = createAdmission({ concurrency: 2, maxWaitMs: 1_000, maxQueue: 2 });
    const [first, second] = [await admission.enter(), await admission.enter()];
    expect(first && second).toBeTruthy();
    const third = admission.enter();
    const fourth = admission.enter();
    expect(await admission.enter(), "the queue is full").toBeNull();
    expect(admission.load()).toEqual({ active: 2, waiting: 2 });

    first!();
    first!(); // ending a turn twice frees one place only
    const thirdTurn = await third;
    expect(thirdTurn).toBeTypeOf("function");
    expect(admission.load()).toEqual({ active: 2, waiting: 1 });
    second!();
    expect(await fourth).toBeTypeOf("function");
    expect(admission.load()).toEqual({ active: 2, waiting: 0 });
  });

  it("refuses a request that waited too long, and forgets it", async () => {
    const admission = createAdmission({ concurrency: 1, maxWaitMs: 1_000, maxQueue: 10 });
    const only = await admission.enter();
    const waiting = admission.enter();
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await waiting).toBeNull();
    expect(admission.load()).toEqual({ active: 1, waiting: 0 });
    only!();
    expect(admission.load()).toEqual({ active: 0, waiting: 0 });
    expect(await admission.enter()).toBeTypeOf("function");
  });
});
