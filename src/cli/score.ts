/** Scoring of predicted attributions against hand annotations (used by eval and the tests). */
import type { Quote, Span } from "../core/types";

export type Fragments = { start: number; end: number }[];

export interface GoldSpans {
  content: Fragments;
  cue: Fragments | null;
  source: Fragments | null;
}

function length(f: Fragments): number {
  return f.reduce((n, x) => n + Math.max(0, x.end - x.start), 0);
}

function intersection(a: Fragments, b: Fragments): number {
  let n = 0;
  for (const x of a) {
    for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return n;
}

export function overlaps(a: Fragments, b: Fragments): boolean {
  return intersection(a, b) > 0;
}

/** Characters shared over characters covered by either. */
export function fragmentJaccard(a: Fragments, b: Fragments): number {
  const shared = intersection(a, b);
  const union = length(a) + length(b) - shared;
  return union > 0 ? shared / union : 0;
}

/** A prediction matches a gold span when they share at least half of the shorter one. */
export function contentMatch(pred: Fragments, gold: Fragments): number {
  const shared = intersection(pred, gold);
  const shorter = Math.min(length(pred), length(gold));
  return shared > 0 && shared * 2 >= shorter ? shared / Math.max(shorter, 1) : 0;
}

/** One-to-one matching, best pairs first: [predicted index, gold index][]. */
export function matchOneToOne(pred: Fragments[], gold: Fragments[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => {
    gold.forEach((g, j) => {
      const score = contentMatch(p, g);
      if (score > 0) pairs.push([i, j, score]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  withSource: number;
  sourceRight: number;
  withCue: number;
  cueRight: number;
  /** Matched statements whose content has character Jaccard >= 0.8 with the gold content. */
  strict: number;
  /** Matched statements with a gold source whose speaker has Jaccard >= 0.5 with it. */
  sourceStrict: number;
}

export function emptyTally(): Tally {
  return {
    predicted: 0,
    gold: 0,
    matched: 0,
    withSource: 0,
    sourceRight: 0,
    withCue: 0,
    cueRight: 0,
    strict: 0,
    sourceStrict: 0,
  };
}

const asFragments = (s: { start: number; end: number } | null): Fragments | null =>
  s ? [{ start: s.start, end: s.end }] : null;

/**
 * A statement as PolNeAR annotates it: the parts of one statement (a quote split by its
 * attribution, the quoted sentences that continue it) are one attribution with several content
 * fragments; the engine reports each part as its own quote with `partOf` its first part.
 */
interface Statement {
  first: Quote;
  content: Fragments;
}

export function statements(quotes: readonly Quote[]): Statement[] {
  const out: Statement[] = [];
  const byStart = new Map<number, Statement>();
  for (const q of quotes) {
    const head = q.partOf === undefined ? undefined : byStart.get(q.partOf);
    if (head) {
      head.content.push({ start: q.start, end: q.end });
      continue;
    }
    const s = { first: q, content: [{ start: q.start, end: q.end }] };
    byStart.set(q.start, s);
    out.push(s);
  }
  return out;
}

/** Adds one article's predictions to the tally (the parts of a statement scored together). */
export function scoreArticle(
  tally: Tally,
  quotes: readonly Quote[],
  gold: readonly GoldSpans[],
): void {
  const predicted = statements(quotes);
  const pairs = matchOneToOne(
    predicted.map((s) => s.content),
    gold.map((g) => g.content),
  );
  tally.predicted += predicted.length;
  tally.gold += gold.length;
  tally.matched += pairs.length;
  for (const [i, j] of pairs) {
    const p = predicted[i] as Statement;
    const q = p.first;
    const g = gold[j] as GoldSpans;
    if (fragmentJaccard(p.content, g.content) >= 0.8) tally.strict++;
    if (g.source) {
      tally.withSource++;
      const speaker = asFragments(q.speaker);
      if (speaker && overlaps(speaker, g.source)) tally.sourceRight++;
      if (speaker && fragmentJaccard(speaker, g.source) >= 0.5) tally.sourceStrict++;
    }
    if (g.cue) {
      tally.withCue++;
      const cue = asFragments(q.cue);
      if (cue && overlaps(cue, g.cue)) tally.cueRight++;
    }
  }
}

export function ratios(t: Tally) {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    strictF1: t.predicted + t.gold ? (2 * t.strict) / (t.predicted + t.gold) : 0,
    sourceAccuracy: t.withSource ? t.sourceRight / t.withSource : 0,
    strictSource: t.withSource ? t.sourceStrict / t.withSource : 0,
    cueAccuracy: t.withCue ? t.cueRight / t.withCue : 0,
  };
}

/** The seed's annotation format: verbatim substrings instead of offsets. */
export interface SeedExpected {
  attributions: { source: string | null; cue: string | null; content: string }[];
  notQuotations: { spans: string[] };
}

function nearest(text: string, needle: string, around: number): Fragments | null {
  let best: number | null = null;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best === null || Math.abs(i - around) < Math.abs(best - around)) best = i;
  }
  return best === null ? null : [{ start: best, end: best + needle.length }];
}

/**
 * The mention a dropped subject («وأضاف») is linked to: the written speaker of the nearest quote
 * before it in the same chain, else the chain's entity mention.
 */
function linkedMention(quotes: readonly Quote[], i: number): Span | null {
  const entity = quotes[i]?.entity;
  if (!entity) return null;
  for (let k = i - 1; k >= 0; k--) {
    const q = quotes[k] as Quote;
    if (q.speaker && !q.speaker.dropped && q.entity?.mention.start === entity.mention.start) {
      return q.speaker;
    }
  }
  return entity.mention;
}

export interface SeedScore {
  attributions: number;
  found: number;
  speakerRight: number;
  nonQuotations: number;
  wronglyMarked: string[];
}

/** Seed figures: attributions found, found with the right speaker, non-quotations marked. */
export function scoreSeed(
  text: string,
  expected: SeedExpected,
  quotes: readonly Quote[],
): SeedScore {
  const gold = expected.attributions.map((a) => {
    const at = text.indexOf(a.content);
    return {
      content: [{ start: at, end: at + a.content.length }],
      source: a.source === null ? null : nearest(text, a.source, at),
    };
  });
  const pairs = matchOneToOne(
    quotes.map((q) => [{ start: q.start, end: q.end }]),
    gold.map((g) => g.content),
  );
  let speakerRight = 0;
  for (const [i, j] of pairs) {
    const q = quotes[i] as Quote;
    const g = gold[j] as (typeof gold)[number];
    const speaker = asFragments(q.speaker?.dropped ? linkedMention(quotes, i) : q.speaker);
    if (g.source === null ? speaker === null : speaker !== null && overlaps(speaker, g.source)) {
      speakerRight++;
    }
  }
  const wronglyMarked = expected.notQuotations.spans.filter((span) => {
    for (let i = text.indexOf(span); i >= 0; i = text.indexOf(span, i + 1)) {
      const s = [{ start: i, end: i + span.length }];
      if (
        quotes.some(
          (q) =>
            contentMatch([{ start: q.start, end: q.end }], s) > 0 &&
            q.end - q.start <= span.length * 2,
        )
      ) {
        return true;
      }
    }
    return false;
  });
  return {
    attributions: gold.length,
    found: pairs.length,
    speakerRight,
    nonQuotations: expected.notQuotations.spans.length,
    wronglyMarked,
  };
}
