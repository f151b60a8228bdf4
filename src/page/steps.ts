import { checkpointsEvery } from "../core/steps";

/**
 * A DOM walk that can pause (see src/core/steps.ts): it yields at checkpoints, every
 * NODES_PER_STEP nodes and after each native call over the whole page, and returns its result.
 */
export { runSteps, type Steps } from "../core/steps";

/** Nodes between two checkpoints: well under a millisecond of work, even on a slow machine. */
export const NODES_PER_STEP = 256;

/** One unit per node; a long text counts its length too (see textUnits). */
export const checkpoints = () => checkpointsEvery(NODES_PER_STEP);

/** Units for a text of `length` characters: one per 256, so a long text node is a node of weight. */
export const textUnits = (length: number) => 1 + (length >> 8);
