import { describe, expect, it, vi } from "vitest";
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
    // The stopping rule, on a clock that only the work moves: each run takes 3 ms, so 10 ms
    // need four runs, whatever the machine's speed or load.
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => now);
    try {
      let runs = 0;
      const took = timeMedian(
        () => {
          runs++;
          now += 3;
        },
        { warmup: 0, runs: 1, minTotalMs: 10, maxRuns: 100 },
      );
      expect(runs).toBe(4);
      expect(took).toBe(3);
    } finally {
      clock.mockRestore();
    }
  });
});
