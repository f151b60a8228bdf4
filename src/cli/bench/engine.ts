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

/**
 * The process's CPU time in ms: while other processes hold the cores it does not run, so a busy
 * machine slows a single-threaded measurement far less than the wall clock shows.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The least CPU time of `rounds` runs of `work` (interference only ever adds time). */
function bestCpu(work: () => void, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs();
    work();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

export interface TokenShare {
  corpus: string;
  engineMs: number;
  tokenMs: number;
  /** Tokenising time over engine time: the engine's speed as a share of the pass's. */
  share: number;
}

/** Tokenising passes per engine pass: the pass is cheap, so it is timed over a longer stretch. */
const TOKEN_PASSES = 20;

/**
 * Engine and tokenising pass over the same texts, each the whole corpus at a time, in CPU time,
 * best of interleaved rounds.
 */
export function shareOfTokenising(corpus: string, texts: readonly Text[], rounds = 5): TokenShare {
  const engine = () => {
    for (const { text } of texts) analyze(text);
  };
  const tokens = () => {
    for (let k = 0; k < TOKEN_PASSES; k++) for (const { text } of texts) countTokens(text);
  };
  engine();
  let engineMs = Number.POSITIVE_INFINITY;
  let tokenMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    engineMs = Math.min(engineMs, bestCpu(engine, 1));
    tokenMs = Math.min(tokenMs, bestCpu(tokens, 1) / TOKEN_PASSES);
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

/**
 * Every text of a corpus at 1x and repeated `factor` times (paragraph-separated), the whole
 * corpus at a time, in CPU time, best of interleaved rounds.
 */
export function corpusGrowth(
  corpus: string,
  texts: readonly Text[],
  factor = 16,
  rounds = 2,
): CorpusGrowth {
  const large = texts.map(({ text }) => Array.from({ length: factor }, () => text).join("\n\n"));
  const chars = texts.reduce((n, { text }) => n + text.length, 0);
  const largeChars = large.reduce((n, text) => n + text.length, 0);
  const one = () => {
    for (let k = 0; k < factor; k++) for (const { text } of texts) analyze(text);
  };
  const big = () => {
    for (const text of large) analyze(text);
  };
  let oneMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    oneMs = Math.min(oneMs, bestCpu(one, 1) / factor);
    largeMs = Math.min(largeMs, bestCpu(big, 1));
  }
  return {
    corpus,
    factor,
    chars,
    oneMs,
    largeMs,
    perCharRatio: largeMs / largeChars / (oneMs / chars),
  };
}
