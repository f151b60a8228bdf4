import { innermost } from "./allegation-statements";
import { anyWithin, within } from "./enrich-spans";
import type { Range } from "./sentences";
import type { ClaimType, CueReason, Quote, Span } from "./types";

/** A word of the text that makes a passage an allegation, with the reason it gives. */
export interface Cue extends Span {
  reason: CueReason;
  /** An unconfirmed report that opens its own content ("There were reports that…"): no disclaimer. */
  opensReport?: boolean;
}

/** A verification disclaimer: it qualifies claims made elsewhere ("could not be verified"). */
const isDisclaimer = (c: Cue) => c.reason === "unconfirmed" && !c.opensReport;

/** A word that makes a statement a claim about contested events, with the kind of claim. */
export interface Claim extends Span {
  claimType: ClaimType;
}

/** A passage that may become an allegation, with the cues placed on it. */
export interface Unit {
  span: Range;
  cues: Cue[];
}

/** Index of the range (sorted, disjoint) holding `at`, else of the first one after it (or the last). */
export function indexAt(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, ranges.length - 1);
}

export interface Layout {
  text: string;
  quotes: readonly Quote[];
  /** Each quote's attribution: content, cue and adjacent speaker (regionOf). */
  regions: readonly Range[];
  /** Sorted by start. */
  cues: readonly Cue[];
  claims: readonly Claim[];
  /** Words referring back to one claim ("that statement", «هذا الادعاء»), sorted by start. */
  singleReferences: readonly Range[];
  sentences: readonly Range[];
  clauses: readonly Range[];
  paras: readonly Range[];
}

/** For the ranges of `outer` (sorted, disjoint) that `regions` overlap, the indices of those regions (but `skip`). */
function overlapping(
  outer: readonly Range[],
  regions: readonly Range[],
  skip: ReadonlySet<number>,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  regions.forEach((r, i) => {
    if (skip.has(i)) return;
    for (let k = indexAt(outer, r.start); k < outer.length; k++) {
      const o = outer[k] as Range;
      if (o.start >= r.end) break;
      if (o.end <= r.start) continue;
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    }
  });
  return out;
}

/**
 * Puts each cue on the passage it qualifies. A cue inside a statement (its content, cue or
 * speaker) belongs to the innermost such statement; a characterisation there is the speaker's
 * own wording and is dropped, unless it is the statement's cue itself ("was seen as"). A cue
 * outside statements makes its clause a candidate, except a verification disclaimer: in a
 * sentence with a statement it qualifies the nearest statement; in a sentence of its own it
 * qualifies the statements before it (attachDisclaimer).
 */
export function placeCues(layout: Layout): {
  statements: Unit[];
  others: Unit[];
  /** Statements that are only a disclaimer ("It offered no evidence"): no claim of their own. */
  hollow: ReadonlySet<number>;
} {
  const { quotes, regions, cues, sentences, clauses } = layout;
  const statements: Unit[] = quotes.map((q) => ({ span: q, cues: [] }));
  const others = new Map<number, Unit>();
  const unitFor = (span: Range) => {
    const key = span.start * 0x100000000 + span.end;
    let u = others.get(key);
    if (!u) {
      u = { span, cues: [] };
      others.set(key, u);
    }
    return u;
  };
  const owner = innermost(cues, regions);
  // "…, a claim that could not be independently verified", "It offered no evidence of the
  // death": a statement that is only the disclaimer (and a word such as "that"), or whose cue
  // is part of it, is no statement to put it on.
  const hollow = new Set<number>();
  cues.forEach((c, k) => {
    const i = owner[k] ?? -1;
    const q = quotes[i];
    if (!q || !isDisclaimer(c)) return;
    const cueInside = q.cue !== null && q.cue.start >= c.start && q.cue.end <= c.end;
    const onlyIt =
      atMostAWord(layout.text, q.start, c.start) && atMostAWord(layout.text, c.end, q.end);
    if (!cueInside && !onlyIt) return;
    hollow.add(i);
    owner[k] = -1;
  });
  const inSentence = overlapping(sentences, regions, hollow);
  // Sentences with another cue than a disclaimer outside statements: not a disclaimer alone.
  const busy = new Set<number>();
  cues.forEach((c, k) => {
    if ((owner[k] ?? -1) < 0 && !isDisclaimer(c)) busy.add(indexAt(sentences, c.start));
  });
  const alone: { cue: Cue; sentence: number }[] = [];
  cues.forEach((c, k) => {
    const i = owner[k] ?? -1;
    if (i >= 0) {
      const q = quotes[i] as Quote;
      const isCue = q.cue !== null && q.cue.start < c.end && c.start < q.cue.end;
      if (c.reason !== "characterisation" || isCue) statements[i]?.cues.push(c);
      return;
    }
    const si = indexAt(sentences, c.start);
    if (!isDisclaimer(c)) {
      unitFor(clauses[indexAt(clauses, c.start)] as Range).cues.push(c);
      return;
    }
    const near = inSentence.get(si) ?? [];
    if (near.length > 0) statements[nearest(regions, near, c)]?.cues.push(c);
    else if (busy.has(si)) unitFor(clauses[indexAt(clauses, c.start)] as Range).cues.push(c);
    else alone.push({ cue: c, sentence: si });
  });
  const bare = new Set(alone.map((d) => d.sentence));
  const byStart = quotes
    .map((q, i) => ({ start: q.start, end: q.end, i }))
    .filter((q) => !hollow.has(q.i))
    .sort((a, b) => a.start - b.start);
  for (const d of alone) {
    attachDisclaimer(d.cue, d.sentence, { layout, bare, byStart, statements, unitFor });
  }
  return { statements, others: [...others.values()], hollow };
}

/** Whether [from, to) holds at most one word ("that", «إنه») besides spaces and punctuation. */
function atMostAWord(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  return /^[^\p{L}\p{N}]*[\p{L}\p{N}]*[^\p{L}\p{N}]*$/u.test(text.slice(from, to));
}

/** The statement of `candidates` whose region lies closest to the cue. */
function nearest(regions: readonly Range[], candidates: readonly number[], c: Span): number {
  let best = candidates[0] as number;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const i of candidates) {
    const r = regions[i] as Range;
    const gap = c.start >= r.end ? c.start - r.end : r.start >= c.end ? r.start - c.end : 0;
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

interface DisclaimerScope {
  layout: Layout;
  /** Sentences that are disclaimers alone: passed over when looking back. */
  bare: ReadonlySet<number>;
  /** The statements' spans with their index, sorted by start. */
  byStart: readonly (Range & { i: number })[];
  statements: Unit[];
  unitFor: (span: Range) => Unit;
}

/** How many sentences back a disclaimer reaches for the claims it qualifies. */
const DISCLAIMER_REACH = 4;

/**
 * A disclaimer in a sentence of its own ("CNN cannot independently confirm the tolls.")
 * qualifies the statements of the last few sentences before it (DISCLAIMER_REACH, passing over
 * other disclaimers) in its paragraph, or, when it opens a paragraph, in the paragraph before;
 * when it names a kind of claim ("the tolls"), the statements making that kind of claim; when it
 * refers back to one claim ("NATO has not commented on that statement"), the last of them. With no
 * statement there it qualifies the sentence before it; with no sentence before it (in this
 * paragraph or the one before), itself.
 */
function attachDisclaimer(cue: Cue, si: number, scope: DisclaimerScope): void {
  const { sentences, paras, claims } = scope.layout;
  const sentence = sentences[si] as Range;
  const pi = indexAt(paras, sentence.start);
  let previous = si - 1;
  while (previous >= 0 && si - previous <= DISCLAIMER_REACH && scope.bare.has(previous)) {
    previous--;
  }
  const before = sentences[previous];
  const reach = pi > 0 ? (paras[pi - 1] as Range).start : (paras[pi] as Range).start;
  if (!before || before.start < reach || scope.bare.has(previous)) {
    scope.unitFor(sentence).cues.push(cue);
    return;
  }
  const para = paras[indexAt(paras, before.start)] as Range;
  const first = sentences[Math.max(0, previous - DISCLAIMER_REACH + 1)] as Range;
  const range = { start: Math.max(para.start, first.start), end: before.end };
  const inScope = within(scope.byStart, range.start, range.end);
  const named = new Set(within(claims, sentence.start, sentence.end).map((c) => c.claimType));
  const ofKind = inScope.filter((s) =>
    within(claims, s.start, s.end).some((c) => named.has(c.claimType)),
  );
  const candidates = ofKind.length > 0 ? ofKind : inScope;
  const single = anyWithin(scope.layout.singleReferences, sentence.start, sentence.end);
  const chosen = single ? candidates.slice(-1) : candidates;
  if (chosen.length === 0) {
    scope.unitFor(before).cues.push(cue);
    return;
  }
  for (const s of chosen) scope.statements[s.i]?.cues.push(cue);
}
