/**
 * Work that can pause: a generator that yields at checkpoints and returns its result. A caller in
 * a browser runs it in time slices, giving the thread back between them (src/content/yield.ts);
 * Node, the tests and the plain functions run it through in one go with runSteps().
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs work to its end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * A counter of work: `due(units)` adds units and says when a checkpoint is due, once every
 * `every` units.
 */
export function checkpointsEvery(every: number): (units?: number) => boolean {
  let work = 0;
  return (units = 1) => {
    work += units;
    if (work < every) return false;
    work = 0;
    return true;
  };
}
