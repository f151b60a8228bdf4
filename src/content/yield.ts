import type { Steps } from "../page/steps";

/** The longest the content script works before it gives the page's main thread back. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Gives the page's main thread back. scheduler.yield keeps the work ahead of other queued tasks
 * where the browser has it; a MessageChannel message is the next best (timers are clamped to 4 ms
 * when nested and throttled to once a second in background tabs).
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

/**
 * One time budget shared by every step of the content script's work, so that steps run one after
 * another (walks, checks, ranges) never add up to a long task: each checks the same slice, which
 * starts when the thread was last given back. Work that resumes in a task of someone else's
 * making (a reply, a timer) finds the slice used up and gives the thread back first.
 */
export class Slicer {
  private sliceStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly budgetMs = SLICE_MS,
    private readonly clock: Clock = () => performance.now(),
    private readonly giveBack: () => Promise<void> = yieldToPage,
  ) {}

  /** True once the current slice has used its budget. */
  get due(): boolean {
    return this.clock() - this.sliceStart >= this.budgetMs;
  }

  /** Gives the thread back when the slice is used up (always, when `always`). */
  async pause(always = false): Promise<void> {
    if (!always && !this.due) return;
    await this.giveBack();
    this.sliceStart = this.clock();
  }

  /** Runs a walk (see src/page/steps.ts) to its end, pausing at its checkpoints when due. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (this.due) await this.pause(true);
    }
  }

  /** Runs `step` over items, pausing between them when due. */
  async each<T>(items: readonly T[], step: (item: T) => void): Promise<void> {
    for (const item of items) {
      if (this.due) await this.pause(true);
      step(item);
    }
  }
}

/** The content script's slices. */
export const slicer = new Slicer();
