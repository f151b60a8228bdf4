import { describe, expect, it } from "vitest";
import { inSlices, runSliced } from "../../src/content/yield";
import type { Steps } from "../../src/page/steps";

/** A clock that moves only when work is done: each step "costs" `stepMs`. */
function fakeWork(steps: number, stepMs: number) {
  let now = 0;
  let done = 0;
  function* walk(): Steps<number> {
    for (let i = 0; i < steps; i++) {
      now += stepMs;
      done++;
      yield;
    }
    return done;
  }
  return { walk, clock: () => now, done: () => done };
}

describe("runSliced", () => {
  it("works until the slice's time is used, then gives the thread back", async () => {
    const work = fakeWork(20, 3);
    const running = runSliced(work.walk(), 8, work.clock);
    // What ran before the first await is the first slice: 3 steps of 3 ms reach the 8 ms budget.
    expect(work.done()).toBe(3);
    expect(await running).toBe(20);
  });

  it("measures slices in time, not in steps", async () => {
    const slow = fakeWork(20, 5);
    const running = runSliced(slow.walk(), 8, slow.clock);
    expect(slow.done()).toBe(2);
    await running;
    const fast = fakeWork(20, 0.5);
    const quick = runSliced(fast.walk(), 8, fast.clock);
    expect(fast.done()).toBe(16);
    await quick;
  });
});

describe("inSlices", () => {
  it("steps over every item, yielding once a slice is over budget", async () => {
    let now = 0;
    const seen: number[] = [];
    const running = inSlices(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        now += 4;
        seen.push(n);
      },
      8,
      () => now,
    );
    expect(seen).toEqual([1, 2]);
    await running;
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
