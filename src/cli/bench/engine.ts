import { analyze } from "../../core/analyze";
import type { Text } from "./corpora";
import { timeMedian } from "./timing";

/** Every quotation mark the engine knows, in one character class: the floor no analysis beats. */
const QUOTE_MARKS =
  /["'\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u300c\u300d\u300e\u300f]/g;

export function countQuoteMarks(text: string): number {
  QUOTE_MARKS.lastIndex = 0;
  let count = 0;
  while (QUOTE_MARKS.exec(text)) count++;
  return count;
}

export interface Throughput {
  corpus: string;
  texts: number;
  chars: number;
  /** The same texts' size in UTF-8, for a figure in megabytes. */
  utf8Bytes: number;
  /** Sum over the texts of each one's median time, in ms. */
  engineMs: number;
  floorMs: number;
  charsPerSecond: number;
  utf8MegabytesPerSecond: number;
  articlesPerSecond: number;
  floorCharsPerSecond: number;
}

const PER_TEXT = { warmup: 2, runs: 5, minTotalMs: 15 };

/** Engine and quotation-mark floor over the same texts, in the same run. */
export function throughput(corpus: string, texts: readonly Text[]): Throughput {
  let engineMs = 0;
  let floorMs = 0;
  let chars = 0;
  let utf8Bytes = 0;
  for (const { text } of texts) {
    chars += text.length;
    utf8Bytes += Buffer.byteLength(text);
    engineMs += timeMedian(() => analyze(text), PER_TEXT);
    floorMs += timeMedian(() => countQuoteMarks(text), PER_TEXT);
  }
  return {
    corpus,
    texts: texts.length,
    chars,
    utf8Bytes,
    engineMs,
    floorMs,
    charsPerSecond: chars / (engineMs / 1000),
    utf8MegabytesPerSecond: utf8Bytes / 1e6 / (engineMs / 1000),
    articlesPerSecond: texts.length / (engineMs / 1000),
    floorCharsPerSecond: chars / (floorMs / 1000),
  };
}

export interface GrowthPoint {
  factor: number;
  chars: number;
  ms: number;
  charsPerSecond: number;
  /** Time per character relative to the 1x text's. */
  perCharRatio: number;
}

/** Engine time on a text repeated 1x, 10x, 100x (paragraph-separated). */
export function growth(base: string, factors: readonly number[] = [1, 10, 100]): GrowthPoint[] {
  const points: GrowthPoint[] = [];
  let basePerChar = 0;
  for (const factor of factors) {
    const text = Array.from({ length: factor }, () => base).join("\n\n");
    const ms = timeMedian(() => analyze(text), { warmup: 2, runs: 7, minTotalMs: 300 });
    const perChar = ms / text.length;
    if (factor === factors[0]) basePerChar = perChar;
    points.push({
      factor,
      chars: text.length,
      ms,
      charsPerSecond: text.length / (ms / 1000),
      perCharRatio: perChar / basePerChar,
    });
  }
  return points;
}

/** The tokenising pass the engine is held to: every run of letters or digits. */
const TOKEN = /[\p{L}\p{N}]+/gu;

export function countTokens(text: string): number {
  TOKEN.lastIndex = 0;
  let count = 0;
  while (TOKEN.exec(text)) count++;
  return count;
}

export interface TokenShare {
  corpus: string;
  engineMs: number;
  tokenMs: number;
  /** Tokenising time over engine time: the engine's speed as a share of the pass's. */
  share: number;
}

/** Engine and tokenising pass over the same texts, in the same run. */
export function shareOfTokenising(corpus: string, texts: readonly Text[]): TokenShare {
  let engineMs = 0;
  let tokenMs = 0;
  for (const { text } of texts) {
    engineMs += timeMedian(() => analyze(text), PER_TEXT);
    tokenMs += timeMedian(() => countTokens(text), PER_TEXT);
  }
  return { corpus, engineMs, tokenMs, share: tokenMs / engineMs };
}

export interface CorpusGrowth {
  corpus: string;
  factor: number;
  chars: number;
  oneMs: number;
  largeMs: number;
  /** Per-character time with every text `factor` times as long, over that at 1x. */
  perCharRatio: number;
}

/** Every text of a corpus at 1x and repeated `factor` times (paragraph-separated); best of runs. */
export function corpusGrowth(corpus: string, texts: readonly Text[], factor = 16): CorpusGrowth {
  const best = (work: () => unknown, runs: number) => {
    work();
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      work();
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  let oneMs = 0;
  let largeMs = 0;
  let chars = 0;
  for (const { text } of texts) {
    const large = Array.from({ length: factor }, () => text).join("\n\n");
    chars += text.length;
    oneMs += best(() => analyze(text), factor);
    largeMs += best(() => analyze(large), 2);
  }
  const oneChars = chars;
  const largeChars = texts.reduce((n, { text }) => n + text.length * factor + 2 * (factor - 1), 0);
  return {
    corpus,
    factor,
    chars,
    oneMs,
    largeMs,
    perCharRatio: largeMs / largeChars / (oneMs / oneChars),
  };
}
