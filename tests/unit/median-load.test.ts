import { describe, expect, it } from "vitest";
import { medianLoad } from "@/lib/bench/load";

const run = (rps: number, p50: number, p99: number, failures = 0) => ({ rps, p50, p99, failures });

describe("medianLoad (npm run bench -- --rounds N)", () => {
  it("keeps each number's own median, over an odd number of runs", () => {
    expect(medianLoad([run(900, 20, 80), run(600, 30, 60), run(700, 10, 150)])).toEqual(
      run(700, 20, 80),
    );
  });

  it("takes the mean of the middle two over an even number, rounding requests/s", () => {
    expect(medianLoad([run(601, 20, 90), run(900, 25, 70)])).toEqual(run(751, 22.5, 80));
  });

  it("counts every run's failures, not their median", () => {
    expect(medianLoad([run(1, 1, 1, 2), run(1, 1, 1, 0), run(1, 1, 1, 3)]).failures).toBe(5);
  });
});
