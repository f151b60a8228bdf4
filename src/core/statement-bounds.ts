import { type Attribution, type Context, kindOf, trimRange } from "./attribution";
import type { Range } from "./sentences";

/**
 * The longest speaker kept (the longest in the development sets is 247 characters): a longer
 * one is a run of words the rules could not cut, and carried to every later statement it would
 * make the output grow with the square of the input.
 */
export const LONGEST_SPEAKER_CHARS = 300;

/**
 * How many other statements of its paragraph a statement may hold, before it and after it
 * ("Kiedis said his band…" reported inside a later "according to"; A said that B believes that
 * C…): the development sets hold up to 3 before and 2 after.
 */
export const MAX_NESTED_STATEMENTS = 3;

/**
 * Bounds a paragraph's statements so the output stays linear in the input. A statement may hold
 * a few other statements, but never more than MAX_NESTED_STATEMENTS on either side of its cue
 * ("the town fell, according to officials, " repeated: each content would otherwise run from the
 * start of the sentence; a sentence of cues, each content running to its end): it is cut after
 * the cue and speaker of the statement before those, and before the cue and speaker of the one
 * after them, and dropped when nothing is left. An overlong speaker is dropped. Statements
 * without a cue (pull quotes) are kept as they are.
 */
export function boundStatements(ctx: Context, found: readonly Attribution[]): Attribution[] {
  const byCue = found
    .filter((a) => a.cue !== null)
    .sort((a, b) => (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
  // limits[i]: where the parts of the statements from i on start, at the earliest.
  const limits = new Float64Array(byCue.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = byCue.length - 1; i >= 0; i--) {
    limits[i] = Math.min(limits[i + 1] as number, partsStart(byCue[i] as Attribution));
  }
  const bounded = new Map<Attribution, Attribution | null>();
  // reach: the furthest end of the cue or speaker of every statement but the last few.
  let reach = -1;
  byCue.forEach((a, i) => {
    const old = byCue[i - MAX_NESTED_STATEMENTS - 1];
    if (old) reach = Math.max(reach, partsEnd(old));
    const limit = limits[Math.min(byCue.length, i + MAX_NESTED_STATEMENTS + 1)] as number;
    bounded.set(a, bound(ctx, a, reach, limit));
  });
  return found.flatMap((a) => {
    const b = bounded.get(a);
    return b === undefined ? [a] : b ? [b] : [];
  });
}

/** Where a statement's own cue and speaker end, and start (a carried speaker is elsewhere). */
function partsEnd(a: Attribution): number {
  const cue = a.cue as Range;
  return Math.max(cue.end, a.speaker && !a.speaker.carried ? a.speaker.end : -1);
}

function partsStart(a: Attribution): number {
  const cue = a.cue as Range;
  return Math.min(cue.start, a.speaker && !a.speaker.carried ? a.speaker.start : cue.start);
}

/**
 * One statement kept from reaching back before `reach` and on past `limit` (a limit before its
 * content starts does not cut it); null when nothing is left of it.
 */
function bound(ctx: Context, a: Attribution, reach: number, limit: number): Attribution | null {
  const speaker =
    a.speaker && a.speaker.end - a.speaker.start > LONGEST_SPEAKER_CHARS ? null : a.speaker;
  const start = Math.max(a.start, reach);
  const end = limit > start && limit < a.end ? limit : a.end;
  if (start === a.start && end === a.end) return speaker === a.speaker ? a : { ...a, speaker };
  const r = trimRange(ctx.text, start, end, ",،:;");
  if (r.end <= r.start) return null;
  return { ...a, ...r, kind: kindOf(ctx, r.start, r.end), speaker };
}
