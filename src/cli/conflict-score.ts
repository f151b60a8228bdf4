/**
 * Scores predictions on the conflict development set with the definitions of its reference
 * scorer (../shared/data/conflict-dev/score.py), so that `npm run eval` and score.py print the
 * same figures: attributions match one-to-one when their content spans share at least half of
 * the shorter one (largest overlap first); strict means character Jaccard >= 0.8; a speaker is
 * right when it overlaps the annotated source or its antecedent, strictly right at Jaccard >= 0.5;
 * alignment and labelled share are over every annotated attribution with a known side.
 */
import type { ConflictArticle } from "./conflict-dev";

type Pair = readonly [number, number];

/** What is scored of a prediction: the analyze CLI's output (or analyze()'s result). */
export interface Prediction {
  quotes: readonly {
    start: number;
    end: number;
    speaker: { start: number; end: number } | null;
    source: { alignment: string } | null;
  }[];
  allegations: readonly { start: number; end: number }[];
}

export interface ConflictTally {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  strict: number;
  speaker: number;
  speakerStrict: number;
  withSource: number;
  alignmentRight: number;
  labelled: number;
  withSide: number;
  allegationsFound: number;
  allegations: number;
  falseAllegations: number;
  notAllegations: number;
  nonQuotesMarked: number;
  nonQuotes: number;
}

export function emptyConflictTally(): ConflictTally {
  return {
    articles: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    strict: 0,
    speaker: 0,
    speakerStrict: 0,
    withSource: 0,
    alignmentRight: 0,
    labelled: 0,
    withSide: 0,
    allegationsFound: 0,
    allegations: 0,
    falseAllegations: 0,
    notAllegations: 0,
    nonQuotesMarked: 0,
    nonQuotes: 0,
  };
}

const overlap = (a: Pair, b: Pair) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

export function jaccard(a: Pair, b: Pair): number {
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union ? overlap(a, b) / union : 0;
}

/** The side before the colon: "armed-group:houthis" counts as "armed-group". */
const sideOf = (alignment: string) => alignment.split(":")[0];

/**
 * The matched [gold, predicted] index pairs: every candidate pair sharing at least half of the
 * shorter span, largest overlap first (ties as score.py's reverse sort leaves them), one-to-one.
 */
export function matchConflict(golds: readonly Pair[], spans: readonly Pair[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  golds.forEach((c, i) => {
    spans.forEach((q, j) => {
      const o = overlap(c, q);
      if (o > 0 && o >= 0.5 * Math.min(c[1] - c[0], q[1] - q[0])) pairs.push([o, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Adds one article to the tally. */
export function scoreConflictArticle(
  t: ConflictTally,
  article: ConflictArticle,
  prediction: Prediction,
): void {
  const { text, gold } = article;
  const quotes = prediction.quotes;
  const spans = quotes.map((q) => [q.start, q.end] as const);
  const golds = gold.attributions;
  const pairs = matchConflict(
    golds.map((a) => a.offsets.content),
    spans,
  );
  const usedGold = new Set(pairs.map(([i]) => i));
  const usedPred = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const a = golds[i] as (typeof golds)[number];
    const q = quotes[j] as (typeof quotes)[number];
    if (jaccard(a.offsets.content, spans[j] as Pair) >= 0.8) t.strict++;
    const source = a.offsets.source;
    const antecedent = a.offsets.antecedent;
    if (source) {
      t.withSource++;
      if (q.speaker) {
        const s = [q.speaker.start, q.speaker.end] as const;
        if (overlap(s, source) || (antecedent && overlap(s, antecedent))) t.speaker++;
        if (jaccard(s, source) >= 0.5 || (antecedent && jaccard(s, antecedent) >= 0.5)) {
          t.speakerStrict++;
        }
      }
    }
    if (a.alignment !== "unknown") {
      const predicted = q.source?.alignment ?? "";
      if (predicted) t.labelled++;
      if (predicted && (predicted === a.alignment || sideOf(predicted) === sideOf(a.alignment))) {
        t.alignmentRight++;
      }
    }
  }
  t.articles++;
  t.withSide += golds.filter((a) => a.alignment !== "unknown").length;
  t.tp += usedGold.size;
  t.fn += golds.length - usedGold.size;
  t.fp += quotes.length - usedPred.size;
  const flagged = prediction.allegations.map((x) => [x.start, x.end] as const);
  const hit = (s: Pair) => flagged.some((x) => overlap(s, x) > 0);
  for (const a of gold.allegations) {
    t.allegations++;
    if (hit(a.offset)) t.allegationsFound++;
  }
  for (const a of gold.notAllegations) {
    t.notAllegations++;
    if (hit(a.offset)) t.falseAllegations++;
  }
  for (const s of gold.notQuotations) {
    const i = text.indexOf(s);
    if (i < 0 || !s) continue;
    t.nonQuotes++;
    if (quotes.some((q) => q.start >= i - 2 && q.end <= i + s.length + 2)) t.nonQuotesMarked++;
  }
}

/** The figures score.py prints, with its names and its rounding to three places. */
export function conflictFigures(t: ConflictTally) {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  return {
    articles: t.articles,
    gold: t.tp + t.fn,
    predicted: t.tp + t.fp,
    precision: r(precision),
    recall: r(recall),
    f1: precision + recall ? r((2 * precision * recall) / (precision + recall)) : 0,
    strict_f1: r((2 * t.strict) / Math.max(1, 2 * t.tp + t.fp + t.fn)),
    speaker: r(t.speaker / Math.max(1, t.withSource)),
    speaker_strict: r(t.speakerStrict / Math.max(1, t.withSource)),
    alignment: r(t.alignmentRight / Math.max(1, t.withSide)),
    labelled: r(t.labelled / Math.max(1, t.withSide)),
    allegation_recall: r(t.allegationsFound / Math.max(1, t.allegations)),
    false_allegations: `${t.falseAllegations}/${t.notAllegations}`,
    non_quotes_marked: `${t.nonQuotesMarked}/${t.nonQuotes}`,
    false_allegation_share: r(t.falseAllegations / Math.max(1, t.notAllegations)),
  };
}
export type ConflictFigures = ReturnType<typeof conflictFigures>;
