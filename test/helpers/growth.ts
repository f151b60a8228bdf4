/**
 * How work grows with its input, measured against itself in the same run: never a fixed number of
 * milliseconds, so a machine three times slower (or busy) gives the same answer.
 *
 * `growth()` times the work on a small text run `factor` times and on a text `factor` times as
 * long run once: the same number of characters each way, so a linear path gives a ratio near 1
 * and a quadratic one a ratio near `factor`. A tokenising pass over each text, measured right
 * beside it, takes out the cost of memory that any linear pass also pays on a longer text (when
 * the longer text's pass costs more per character, the ratio is divided by that). Each of the four figures is the best of interleaved rounds:
 * interference (another job, a busy core) only ever adds time, so rounds go on until the ratio is
 * within the limit or the rounds run out.
 */

/**
 * The growth tests allow from 1x to 16x: `npm run bench` holds the engine to 1.5 on a quiet
 * machine; with both cores busy, measurements of a linear path reach about 1.6, while the slowest
 * superlinear family ever found (exponent 1.6) gives 16^0.6 = 5.3 and a quadratic one 16.
 */
export const GROWTH_LIMIT = 2;

const TOKEN = /[\p{L}\p{N}]+/gu;
/**
 * A reference batch lasts about as long as the work it divides, between these bounds (ms): a
 * batch of a millisecond varies by a third from one round to the next (a minor GC, a compiler
 * thread's time counted to the process), which alone can double a ratio.
 */
const REFERENCE_MS = { min: 5, max: 20 };

/**
 * A linear reference: one pass over every run of letters or digits, and one over every code
 * unit, so that a text with no letters (a run of quotation marks) still costs it something.
 */
export function tokenPass(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  for (let i = 0; i < text.length; i++) n ^= text.charCodeAt(i);
  return n;
}

/**
 * The process's CPU time in ms. Time while other processes hold the cores does not count, so
 * a machine busy with other work slows a measurement far less than the wall clock shows.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(work: () => unknown): number {
  const start = cpuNow();
  work();
  return cpuNow() - start;
}

export interface Growth {
  /** Per-character time at `factor` times the input over that at 1x (1 is linear). */
  ratio: number;
  /** What was measured, for the failure message. */
  detail: string;
}

export interface GrowthOptions {
  /** How many times longer the large text is. */
  factor?: number;
  /** Stop measuring once the ratio is at most this. */
  limit?: number;
  /** At most this many rounds of the four measurements. */
  maxRounds?: number;
}

/** Per-character growth of `work` from `small` to `large` (see above). */
export function growthOf(
  work: (text: string) => unknown,
  small: string,
  large: string,
  { limit = GROWTH_LIMIT, maxRounds = 10 }: Omit<GrowthOptions, "factor"> = {},
): Growth {
  const repeats = Math.max(1, Math.round(large.length / Math.max(1, small.length)));
  const workMs = timed(() => work(large));
  work(small);
  const onePass = Math.max(
    1e-3,
    timed(() => tokenPass(large)),
  );
  const passes = Math.max(
    4,
    Math.ceil(Math.min(REFERENCE_MS.max, Math.max(REFERENCE_MS.min, workMs)) / onePass),
  );
  const reference = (text: string, times: number) =>
    timed(() => {
      for (let i = 0; i < times * passes; i++) tokenPass(text);
    }) / passes;
  const best = { small: Infinity, large: Infinity, refSmall: Infinity, refLarge: Infinity };
  // A floor of a hundredth of a millisecond keeps an empty pass from dividing by zero.
  const floor = (ms: number) => Math.max(ms, 0.01);
  // The reference takes out a cost the longer text adds, never a saving: a tokenising pass over
  // many short texts can cost twice one over the long text (seen on a text of quotation marks),
  // which would double a linear path's ratio.
  const ratio = () =>
    floor(best.large) /
    floor(best.small) /
    Math.max(1, floor(best.refLarge) / floor(best.refSmall));
  const measureSmall = () => {
    best.refSmall = Math.min(best.refSmall, reference(small, repeats));
    best.small = Math.min(
      best.small,
      timed(() => {
        for (let i = 0; i < repeats; i++) work(small);
      }),
    );
  };
  const measureLarge = () => {
    best.refLarge = Math.min(best.refLarge, reference(large, 1));
    best.large = Math.min(
      best.large,
      timed(() => work(large)),
    );
  };
  // The side measured first in a round pays for the garbage the round before left: the order
  // alternates, so each side has rounds where it does not.
  for (let r = 0; r < maxRounds && (r < 2 || ratio() > limit); r++) {
    if (r % 2 === 0) {
      measureSmall();
      measureLarge();
    } else {
      measureLarge();
      measureSmall();
    }
  }
  const f = (ms: number) => ms.toFixed(2);
  return {
    ratio: ratio(),
    detail:
      `${small.length} chars x${repeats}: ${f(best.small)} ms (reference ${f(best.refSmall)} ms); ` +
      `${large.length} chars: ${f(best.large)} ms (reference ${f(best.refLarge)} ms); ` +
      `ratio ${ratio().toFixed(2)}`,
  };
}

/** growthOf() on `make(n)` against `make(n * factor)`. */
export function growth(
  work: (text: string) => unknown,
  make: (n: number) => string,
  n: number,
  { factor = 16, ...options }: GrowthOptions = {},
): Growth {
  return growthOf(work, make(n), make(n * factor), options);
}

/**
 * Time of `work(text)` over that of a tokenising pass on the same text, each the best of several
 * batches measured in turn: a ratio, so a slower or busier machine does not change it. The
 * reference batch is made as long as the work's, so that a busy machine, which interrupts long
 * measurements more often than short ones, slows both alike.
 */
export function costOverTokenising(work: (text: string) => unknown, text: string): number {
  const batch = (run: (t: string) => unknown, times: number) =>
    timed(() => {
      for (let i = 0; i < times; i++) run(text);
    });
  for (let i = 0; i < 50; i++) work(text);
  const one = Math.max(1e-3, batch(tokenPass, 20) / 20);
  const passes = Math.max(20, Math.ceil(batch(work, 20) / one));
  let engine = Infinity;
  let reference = Infinity;
  for (let b = 0; b < 10; b++) {
    engine = Math.min(engine, batch(work, 20) / 20);
    reference = Math.min(reference, batch(tokenPass, passes) / passes);
  }
  return engine / reference;
}
