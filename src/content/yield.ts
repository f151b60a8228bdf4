import type { Steps } from "../page/steps";

/** The longest the content script works before it gives the page's main thread back. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Gives the page's main thread back between slices of work. scheduler.yield keeps the work ahead
 * of other queued tasks where the browser has it; a MessageChannel message is the next best (timers
 * are clamped to 4 ms when nested and throttled to once a second in background tabs).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for the slices: performance.now() on the page, replaceable in tests. */
export type Clock = () => number;
const pageClock: Clock = () => performance.now();

/**
 * Runs a walk (see src/page/steps.ts) in slices of at most about `budgetMs` measured on the page's
 * clock, yielding to the page between them. The page may change between slices: the living-page
 * watcher re-reads it once it settles.
 */
export async function runSliced<T>(
  steps: Steps<T>,
  budgetMs = SLICE_MS,
  clock: Clock = pageClock,
): Promise<T> {
  let sliceStart = clock();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (clock() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = clock();
    }
  }
}

/** Runs `step` over items, yielding whenever a slice has used its time budget. */
export async function inSlices<T>(
  items: readonly T[],
  step: (item: T) => void,
  budgetMs = SLICE_MS,
  clock: Clock = pageClock,
) {
  let sliceStart = clock();
  for (const item of items) {
    step(item);
    if (clock() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = clock();
    }
  }
}
