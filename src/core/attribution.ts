import grammar from "./lexicon/english-grammar.json";
import { isSpace, type Normalized } from "./normalize";
import type { Quotation } from "./quote-marks";
import type { Range } from "./sentences";

/** An attribution found by the rules, before texts and sources are filled in. */
export interface Attribution extends Range {
  kind: "direct" | "indirect" | "mixed";
  /** `carried`: the previous statement's speaker; `dropped`: the cue word, no subject written. */
  speaker: (Range & { carried?: boolean; dropped?: boolean }) | null;
  cue: Range | null;
  /** On a later part of a statement: the start of its first part. */
  partOf?: number;
}

/** What the language rules get: the whole text, its folded form and its quotation marks. */
export interface Context {
  text: string;
  normalized: Normalized;
  /** Outermost quotations (they never overlap), sorted by start. */
  outer: readonly Quotation[];
  byStart: ReadonlyMap<number, Quotation>;
  byEnd: ReadonlyMap<number, Quotation>;
  /** nextQuoted[i]: index of the first outer quotation at or after i long enough to quote speech. */
  nextQuoted: Int32Array;
  /** Words inside each outer quotation, counted once: a quotation over many paragraphs is seen by each. */
  innerWords: ReadonlyMap<Quotation, number>;
}

/** Words that introduce a name or a title (english-grammar.json). */
export const NAMING: ReadonlySet<string> = new Set(grammar.naming);

/** A quotation right after a naming word (a report titled "…") is a name, not speech. */
function isNamed(text: string, q: Quotation): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start).toLowerCase();
  const word = /([a-z-]+)[\s,:]*$/.exec(before)?.[1];
  return word !== undefined && NAMING.has(word);
}

/** A quotation of fewer words inside reported speech is a name or a scare quote. */
const MIXED_MIN_WORDS = 3;

export function makeContext(
  text: string,
  normalized: Normalized,
  quotations: readonly Quotation[],
): Context {
  const outer = quotations.filter((q) => q.depth === 0);
  const nextQuoted = new Int32Array(outer.length + 1).fill(outer.length);
  const innerWords = new Map<Quotation, number>();
  for (let i = outer.length - 1; i >= 0; i--) {
    const q = outer[i] as Quotation;
    const words = wordCount(text, q.innerStart, q.innerEnd);
    innerWords.set(q, words);
    const long = words >= MIXED_MIN_WORDS && !isNamed(text, q);
    nextQuoted[i] = long ? i : (nextQuoted[i + 1] as number);
  }
  return {
    text,
    normalized,
    outer,
    byStart: new Map(outer.map((q) => [q.start, q])),
    byEnd: new Map(outer.map((q) => [q.end, q])),
    nextQuoted,
    innerWords,
  };
}

/** Index of the first outer quotation starting at or after `pos` (binary search). */
export function firstStartingAt(ctx: Context, pos: number): number {
  let lo = 0;
  let hi = ctx.outer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.outer[mid] as Quotation).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Outermost quotations overlapping [start, end). */
export function quotationsOverlapping(ctx: Context, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  // Outer quotations do not overlap each other: only the one before `start` can reach into it.
  for (let i = Math.max(0, firstStartingAt(ctx, start) - 1); i < ctx.outer.length; i++) {
    const q = ctx.outer[i] as Quotation;
    if (q.start >= end) break;
    if (q.end > start) out.push(q);
  }
  return out;
}

/** Outermost quotations lying inside [start, end). */
export function quotationsWithin(ctx: Context, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  for (let i = firstStartingAt(ctx, start); i < ctx.outer.length; i++) {
    const q = ctx.outer[i] as Quotation;
    if (q.start >= end) break;
    if (q.end <= end) out.push(q);
  }
  return out;
}

const strippable = (text: string, i: number, strip: string) =>
  isSpace(text.charCodeAt(i)) || strip.includes(text[i] as string);

/** Shrinks [start, end) past whitespace and any of `strip` on both sides. */
export function trimRange(text: string, start: number, end: number, strip = ""): Range {
  let a = start;
  let b = end;
  while (a < b && strippable(text, a, strip)) a++;
  while (b > a && strippable(text, b - 1, strip)) b--;
  return { start: a, end: b };
}

/**
 * Per strip set, where trimming from the sentence's start and from its end stops, for the
 * sentence last asked about (the rules take sentences one at a time).
 */
let edgesSentence: Range | null = null;
let edgesText = "";
let edgesByStrip = new Map<string, Range>();

function edgesOf(text: string, sentence: Range, strip: string): Range {
  if (edgesSentence !== sentence || edgesText !== text) {
    edgesSentence = sentence;
    edgesText = text;
    edgesByStrip = new Map();
  }
  const byStrip = edgesByStrip;
  let edges = byStrip.get(strip);
  if (!edges) {
    edges = trimRange(text, sentence.start, sentence.end, strip);
    byStrip.set(strip, edges);
  }
  return edges;
}

/**
 * trimRange() of [start, end) inside `sentence`, where the trim from the sentence's own start or
 * end is done once per sentence: every cue of a sentence trims to its end, and a sentence ending
 * in thousands of commas would otherwise cost each cue a scan of them all.
 */
export function trimInSentence(
  text: string,
  sentence: Range,
  start: number,
  end: number,
  strip = "",
): Range {
  if (start !== sentence.start && end !== sentence.end) return trimRange(text, start, end, strip);
  const edges = edgesOf(text, sentence, strip);
  let a = start;
  if (start === sentence.start) a = Math.min(edges.start, end);
  else while (a < end && strippable(text, a, strip)) a++;
  let b = end;
  if (end === sentence.end) b = Math.max(a, edges.end);
  else while (b > a && strippable(text, b - 1, strip)) b--;
  return { start: a, end: b };
}

/** Words in [start, end); past `max` the count stops at max + 1 (a bound asked of a long span). */
export function wordCount(text: string, start: number, end: number, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++n > max) return n;
    inWord = !space;
  }
  return n;
}

/** The quotation that opens at `pos` (after spaces and a colon), if any. */
export function quotationOpeningAt(
  ctx: Context,
  pos: number,
  limit: number,
): Quotation | undefined {
  let p = pos;
  while (
    p < limit &&
    (isSpace(ctx.text.charCodeAt(p)) || ctx.text[p] === ":" || ctx.text[p] === ",")
  )
    p++;
  return ctx.byStart.get(p);
}

/** The outermost quotation that closes at `pos` or right before a comma there. */
export function quotationClosingAt(ctx: Context, pos: number): Quotation | undefined {
  return ctx.byEnd.get(pos) ?? ctx.byEnd.get(pos + 1) ?? ctx.byEnd.get(pos - 1);
}

/**
 * The content of a direct quote: inside its marks, without a trailing comma that stands for the
 * end of the quote ("We will fight," he said); a sentence's own . ? ! stay (the annotations'
 * convention).
 */
export function quoteContent(text: string, q: Quotation): Range {
  return trimRange(text, q.innerStart, q.innerEnd, ",");
}

/**
 * Direct when the content is one quotation (with or without its marks), mixed when reported
 * speech carries a quotation of three or more words (shorter ones are names and scare quotes),
 * else indirect. Constant work per call (a few lookups), so a sentence full of quotes and cues
 * stays linear.
 */
export function kindOf(ctx: Context, start: number, end: number): Attribution["kind"] {
  const i = firstStartingAt(ctx, start);
  for (const q of [ctx.outer[i - 1], ctx.outer[i]]) {
    if (!q || (Math.abs(q.start - start) > 1 && Math.abs(q.innerStart - start) > 1)) continue;
    if (end >= q.innerEnd - 1 && end <= q.end + 1) return "direct";
  }
  const quoted = ctx.outer[ctx.nextQuoted[i] ?? ctx.outer.length];
  return quoted && quoted.end <= end ? "mixed" : "indirect";
}

/**
 * Drops cue matches inside quotations: reported speech quoted inside a quote is the quoted
 * speaker's, and annotators (PolNeAR) do not mark it. Both lists are sorted: linear merge.
 */
export function outsideQuotations<T extends Range>(ctx: Context, sorted: readonly T[]): T[] {
  const out: T[] = [];
  let q = 0;
  for (const m of sorted) {
    while (q < ctx.outer.length && (ctx.outer[q] as Quotation).innerEnd <= m.start) q++;
    const quote = ctx.outer[q];
    if (quote && quote.innerStart <= m.start && m.end <= quote.innerEnd) continue;
    out.push(m);
  }
  return out;
}
