import { Readability } from "@mozilla/readability";
import { analyze } from "../../core/analyze";
import { parseHtml } from "../../page/node-dom";
import { type FixturePage, releaseClosedWindows } from "./corpora";
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

/**
 * Readability needs a fresh document per run: it rewrites the one it is given. Each is closed
 * after its run, and the caller lets the event loop turn between pages: jsdom releases a closed
 * window only then, and a synchronous loop over every page ran out of heap.
 */
function readabilityMs(html: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const doc = parseHtml(html, URL);
    const start = performance.now();
    new Readability(doc).parse();
    // The first run warms up.
    if (i > 0) samples.push(performance.now() - start);
    doc.defaultView?.close();
  }
  return median(samples);
}

/** What a reader view already costs on each page, beside the engine on that page's extracted text. */
export async function compareWithReadability(
  pages: readonly FixturePage[],
  runs = 3,
): Promise<ReaderComparison[]> {
  const out: ReaderComparison[] = [];
  for (const { name, html, text } of pages) {
    const reader = readabilityMs(html, runs);
    const engine = timeMedian(() => analyze(text), { warmup: 2, runs: 5, minTotalMs: 20 });
    out.push({
      page: name,
      htmlBytes: Buffer.byteLength(html),
      textChars: text.length,
      readabilityMs: reader,
      engineMs: engine,
      ratio: engine / reader,
    });
    await releaseClosedWindows();
  }
  return out;
}
