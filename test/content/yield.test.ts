import { describe, expect, it } from "vitest";
import { Slicer } from "../../src/content/yield";
import type { Steps } from "../../src/page/steps";

/**
 * A clock that moves only when work is done, and a slicer on it that records how much work each
 * slice held: `slices[i]` is the number of steps run between two times the thread was given back.
 */
function fakePage(budgetMs = 8) {
  let now = 0;
  const slices: number[] = [0];
  const slicer = new Slicer(
    budgetMs,
    () => now,
    async () => {
      slices.push(0);
    },
  );
  const work = (ms: number) => {
    now += ms;
    slices[slices.length - 1] = (slices[slices.length - 1] ?? 0) + 1;
  };
  function* walk(steps: number, ms: number): Steps<number> {
    for (let i = 0; i < steps; i++) {
      work(ms);
      yield;
    }
    return steps;
  }
  return { slicer, work, walk, slices };
}

describe("Slicer", () => {
  it("runs a walk in slices of the budget's time: 3 ms steps, 3 to an 8 ms slice", async () => {
    const page = fakePage();
    expect(await page.slicer.run(page.walk(20, 3))).toBe(20);
    // The first checkpoint finds no slice begun: the thread is given back before any more work.
    expect(page.slices).toEqual([1, 3, 3, 3, 3, 3, 3, 1]);
  });

  it("measures slices in time, not in steps", async () => {
    const slow = fakePage();
    await slow.slicer.run(slow.walk(9, 5));
    expect(slow.slices.slice(1, -1)).toEqual([2, 2, 2, 2]);
    const fast = fakePage();
    await fast.slicer.run(fast.walk(40, 0.5));
    expect(fast.slices.slice(1, -1)).toEqual([16, 16]);
  });

  it("shares one budget between steps run one after another", async () => {
    const page = fakePage();
    await page.slicer.pause(true);
    await page.slicer.run(page.walk(2, 3));
    // 6 ms used: the next walk may run one step before the slice is over, not a slice of its own.
    await page.slicer.run(page.walk(2, 3));
    await page.slicer.each([1, 2, 3], () => page.work(3));
    expect(page.slices).toEqual([0, 3, 3, 1]);
  });

  it("pauses when the slice is used up, and always when asked", async () => {
    const page = fakePage();
    await page.slicer.pause(true);
    await page.slicer.pause();
    expect(page.slices).toEqual([0, 0]);
    page.work(8);
    await page.slicer.pause();
    await page.slicer.pause(true);
    expect(page.slices).toEqual([0, 1, 0, 0]);
  });
});
