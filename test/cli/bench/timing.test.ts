import { describe, expect, it } from "vitest";
import { median, timeMedian } from "../../../src/cli/bench/timing";

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe("timeMedian", () => {
  it("warms up, then runs at least `runs` times and until enough time was measured", () => {
    let calls = 0;
    timeMedian(() => calls++, { warmup: 2, runs: 3 });
    expect(calls).toBe(5);
    calls = 0;
    timeMedian(
      () => {
        calls++;
        const until = performance.now() + 1;
        while (performance.now() < until);
      },
      { warmup: 0, runs: 1, minTotalMs: 10, maxRuns: 100 },
    );
    // Each run takes at least 1 ms: several runs were needed to reach 10 ms.
    expect(calls).toBeGreaterThan(3);
    expect(calls).toBeLessThan(100);
  });
});
