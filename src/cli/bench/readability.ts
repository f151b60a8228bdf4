import { Readability } from "@mozilla/readability";
import { analyze } from "../../core/analyze";
import { parseHtml } from "../../page/node-dom";
import type { FixturePage } from "./corpora";
import { median, timeMedian } from "./timing";

export interface ReaderComparison {
  page: string;
  htmlBytes: number;
  textChars: number;
  /** Median of `new Readability(doc).parse()` on a fresh document each run (jsdom's parse excluded). */
  readabilityMs: number;
  engineMs: number;
  /** engineMs / readabilityMs: the budget wants it under 0.25. */
  ratio: number;
}

const URL = "https://news.example.org/article";

/** Readability needs a fresh document per run: it rewrites the one it is given. */
function readabilityMs(html: string, runs: number): number {
  new Readability(parseHtml(html, URL)).parse();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const doc = parseHtml(html, URL);
    const start = performance.now();
    new Readability(doc).parse();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** What a reader view already costs on each page, beside the engine on that page's extracted text. */
export function compareWithReadability(
  pages: readonly FixturePage[],
  runs = 3,
): ReaderComparison[] {
  return pages.map(({ name, html, text }) => {
    const reader = readabilityMs(html, runs);
    const engine = timeMedian(() => analyze(text), { warmup: 2, runs: 5, minTotalMs: 20 });
    return {
      page: name,
      htmlBytes: Buffer.byteLength(html),
      textChars: text.length,
      readabilityMs: reader,
      engineMs: engine,
      ratio: engine / reader,
    };
  });
}
