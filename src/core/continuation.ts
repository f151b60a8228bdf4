import {
  type Attribution,
  type Context,
  quotationsOverlapping,
  quoteContent,
  wordCount,
} from "./attribution";
import grammar from "./lexicon/english-grammar.json";
import { isSpace } from "./normalize";
import { type Range, splitSentences } from "./sentences";

/**
 * Continuation quotes: the quoted sentences that follow “…,” X said. belong to X, in the same
 * sentence (“…,” he said, “…”), the next ones or the next paragraph, until a sentence that is not
 * such a quotation or another statement intervenes. Each is its own part of the statement: same
 * speaker, no cue, `partOf` the first part (the annotation conventions).
 */

/** The statement a continuation may join, and where its last part or attribution ends. */
export interface Chain {
  head: Attribution;
  end: number;
}

/** Fewer words than this is a scare quote or a name, not a quoted sentence. */
const MIN_CONTINUATION_WORDS = 2;
/** How long a time or place phrase between the attribution and the next part may be. */
const MAX_GAP_CHARS = 40;

function lastOf(a: Attribution): number {
  return Math.max(a.end, a.cue?.end ?? 0, a.speaker?.end ?? 0);
}

/** A speaker taken over by a later part of its statement. */
export function carried(speaker: Attribution["speaker"]): Attribution["speaker"] {
  return speaker ? { ...speaker, carried: true } : null;
}

/**
 * The chain a statement opens: a statement with a speaker, or a quotation with its cue whose
 * speaker was not found (“…,” said the 46-year-old. “…”: the parts are still one statement).
 */
export function chainOf(a: Attribution | undefined): Chain | null {
  if (!a || (!a.speaker && !(a.cue && a.kind === "direct"))) return null;
  return { head: a, end: lastOf(a) };
}

const RELATIVES = new Set(grammar.relatives);

/**
 * Whether `later` is the voice of `earlier` within one sentence: the same words, words
 * overlapping them, or a relative pronoun after them (“…,” said Mr. Ekovich, who noted that….).
 */
function sameVoice(
  text: string,
  earlier: Attribution["speaker"],
  later: Attribution["speaker"],
): boolean {
  if (!earlier || !later) return false;
  if (later.start < earlier.end && earlier.start < later.end) return true;
  return (
    later.start >= earlier.end && RELATIVES.has(text.slice(later.start, later.end).toLowerCase())
  );
}

/**
 * The chain a sentence's own statements open. “…,” she said, adding that…. “…”: the quoted
 * sentences continue the quotation, not the statement its speaker makes in a clause after it
 * (adding, referring to, when asked, a relative clause on the speaker: “…,” said X, who noted
 * that….), so the last direct statement of that speaker heads it.
 */
function sentenceChain(text: string, out: readonly Attribution[], own: number): Chain | null {
  const last = out[out.length - 1];
  const chain = chainOf(last);
  if (!chain || !last || last.kind === "direct") return chain;
  const from = out.length - own;
  for (let i = out.length - 2; i >= from; i--) {
    const a = out[i] as Attribution;
    if (a.kind !== "direct" || a.partOf !== undefined) continue;
    if (!sameVoice(text, a.speaker, last.speaker)) break;
    return { head: a, end: Math.max(chain.end, lastOf(a)) };
  }
  return chain;
}

/**
 * The chain of the last statement of the previous paragraph, when nothing but the rest of its
 * sentence lies between it and `start` (no further sentence, no paragraph in between).
 */
export function chainAcross(
  text: string,
  previous: Attribution | undefined,
  start: number,
): Chain | null {
  const chain = chainOf(previous);
  if (!chain || chain.end > start) return null;
  const gap = text.slice(chain.end, start).trim();
  // "…, ahead of the opening of his new St. Regis hotel.": an abbreviation ends no sentence.
  if (gap.includes("\n") || splitSentences(gap).length > 1) return null;
  return chain;
}

/**
 * Whether a quotation is a whole sentence: “….” or “…” then . ! ? (a quoted sub-heading such as
 * ‘Dire sights’ on its own line has no final mark and is not speech).
 */
function endsSentence(text: string, innerEnd: number, end: number, limit: number): boolean {
  // “…, ‘Sorry, I can’t do that.’”: a quotation inside may close before the final mark.
  let last = innerEnd;
  while (last > 0 && INNER_CLOSERS.includes(text[last - 1] as string)) last--;
  if (".!?…".includes(text[last - 1] ?? "")) return true;
  let i = end;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i < limit && ".!?…".includes(text[i] as string);
}

const INNER_CLOSERS = "’'\")]";

/** What may stand between the attribution and a part in its sentence: “…,” he said, “…”. */
function joinsInSentence(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (/^[\s,:;.—–-]*$/.test(gap)) return true;
  return gap.length <= MAX_GAP_CHARS && /^[\s,]*[\p{L}\p{N} ]+[,:]\s*$/u.test(gap);
}

/**
 * The continuation parts of `chain` in one sentence, appended to `out`; returns the chain still
 * open after the sentence (null when the sentence interrupts it). `own` is how many statements
 * the sentence's cues produced (the last one then heads the chain).
 */
export function continueChain(
  ctx: Context,
  sentence: Range,
  paragraphEnd: number,
  chain: Chain | null,
  out: Attribution[],
  own: number,
): Chain | null {
  let open = own > 0 ? sentenceChain(ctx.text, out, own) : chain;
  if (!open) return null;
  // A sentence inside the last part (a quotation running over several sentences) keeps it open.
  if (own === 0 && sentence.start < open.end) return open;
  let added = false;
  for (const q of quotationsOverlapping(ctx, Math.max(sentence.start, open.end), sentence.end)) {
    if (q.start < open.end || q.start < sentence.start) continue;
    const sameSentence = open.end > sentence.start;
    if (sameSentence ? !joinsInSentence(ctx.text, open.end, q.start) : q.start !== sentence.start) {
      break;
    }
    if (wordCount(ctx.text, q.innerStart, q.innerEnd) < MIN_CONTINUATION_WORDS) break;
    if (!endsSentence(ctx.text, q.innerEnd, q.end, paragraphEnd)) break;
    const head: Attribution = open.head;
    const part: Attribution = {
      ...quoteContent(ctx.text, q),
      kind: "direct",
      speaker: carried(head.speaker),
      cue: null,
      partOf: head.partOf ?? head.start,
    };
    out.push(part);
    open = { head, end: q.end };
    added = true;
  }
  return added || own > 0 ? open : null;
}
