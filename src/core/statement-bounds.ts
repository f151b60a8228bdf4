import { type Attribution, type Context, kindOf, trimRange } from "./attribution";
import type { Range } from "./sentences";

/**
 * The longest speaker kept (the longest in the development sets is 247 characters): a longer
 * one is a run of words the rules could not cut, and carried to every later statement it would
 * make the output grow with the square of the input.
 */
export const LONGEST_SPEAKER_CHARS = 300;

/**
 * How many earlier statements of its paragraph a statement may hold ("Kiedis said his band…",
 * reported inside a later "according to"): the development sets hold up to 3.
 */
export const MAX_NESTED_STATEMENTS = 3;

/**
 * Bounds a paragraph's statements so the output stays linear in the input. A statement may hold
 * a few earlier statements, but never reaches back over more than MAX_NESTED_STATEMENTS of them
 * ("the town fell, according to officials, " repeated: each content would otherwise run from the
 * start of the sentence); it is cut after the cue and speaker of the one before those, and
 * dropped when nothing is left. An overlong speaker is dropped. Statements without a cue (pull
 * quotes) are kept as they are.
 */
export function boundStatements(ctx: Context, found: readonly Attribution[]): Attribution[] {
  const byCue = found
    .filter((a) => a.cue !== null)
    .sort((a, b) => (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
  const bounded = new Map<Attribution, Attribution | null>();
  // reach: the furthest end of the cue or speaker of every statement but the last few.
  let reach = -1;
  byCue.forEach((a, i) => {
    const old = byCue[i - MAX_NESTED_STATEMENTS - 1];
    if (old) reach = Math.max(reach, partsEnd(old));
    bounded.set(a, bound(ctx, a, reach));
  });
  return found.flatMap((a) => {
    const b = bounded.get(a);
    return b === undefined ? [a] : b ? [b] : [];
  });
}

/** Where a statement's own cue and speaker end (a carried speaker is elsewhere). */
function partsEnd(a: Attribution): number {
  const cue = a.cue as Range;
  return Math.max(cue.end, a.speaker && !a.speaker.carried ? a.speaker.end : -1);
}

/** One statement kept from reaching back before `reach`; null when nothing is left of it. */
function bound(ctx: Context, a: Attribution, reach: number): Attribution | null {
  const speaker =
    a.speaker && a.speaker.end - a.speaker.start > LONGEST_SPEAKER_CHARS ? null : a.speaker;
  if (a.start >= reach) return speaker === a.speaker ? a : { ...a, speaker };
  const r = trimRange(ctx.text, reach, a.end, ",،:;");
  if (r.end <= r.start) return null;
  return { ...a, ...r, kind: kindOf(ctx, r.start, r.end), speaker };
}
