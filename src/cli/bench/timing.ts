/** Median of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface TimingOptions {
  /** Runs thrown away first, so the JIT has compiled the hot paths. */
  warmup?: number;
  runs?: number;
  /** Keep running (past `runs`) until this much time was measured, for very fast work. */
  minTotalMs?: number;
  maxRuns?: number;
}

/** Median wall time of `work` in milliseconds, after warm-up. */
export function timeMedian(work: () => unknown, options: TimingOptions = {}): number {
  const { warmup = 2, runs = 5, minTotalMs = 0, maxRuns = 200 } = options;
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < runs || (total < minTotalMs && samples.length < maxRuns)) {
    const start = performance.now();
    work();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return median(samples);
}

/** Milliseconds per call of `work`, over as many calls as fill `minMs` (short texts take < 1 ms). */
export function batchMs(work: () => unknown, minMs: number): number {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    work();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}
