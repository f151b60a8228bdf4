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
    // Each run records how long it took; the runs stop once they add up to 10 ms (as timed by
    // timeMedian, around each run: a little more than inside it).
    const took: number[] = [];
    timeMedian(
      () => {
        const start = performance.now();
        while (performance.now() < start + 1);
        took.push(performance.now() - start);
      },
      { warmup: 0, runs: 1, minTotalMs: 10, maxRuns: 100 },
    );
    const total = took.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(9.5);
    expect(total - (took.at(-1) ?? 0)).toBeLessThan(10);
  });
});
