/**
 * A DOM walk that can pause. It yields at checkpoints (every NODES_PER_STEP nodes, and after each
 * native call over the whole page) and returns its result. The content script runs it in time
 * slices, yielding to the page between them (src/content/yield.ts); the plain functions, the CLI
 * and the tests run it through in one go with runSteps().
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Nodes between two checkpoints: well under a millisecond of work, even on a slow machine. */
export const NODES_PER_STEP = 256;

/** Runs a walk to its end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * A counter of work: `due(units)` adds units (one per node; a long text counts its length too)
 * and says when a checkpoint is due.
 */
export function checkpoints(): (units?: number) => boolean {
  let work = 0;
  return (units = 1) => {
    work += units;
    if (work < NODES_PER_STEP) return false;
    work = 0;
    return true;
  };
}

/** Units for a text of `length` characters: one per 256, so a long text node is a node of weight. */
export const textUnits = (length: number) => 1 + (length >> 8);
