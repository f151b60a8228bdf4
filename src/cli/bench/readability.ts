import { Readability } from "@mozilla/readability";
import { analyze } from "../../core/analyze";
import { parseHtml } from "../../page/node-dom";
import { type FixturePage, releaseClosedWindows } from "./corpora";
import { batchMs } from "./timing";

export interface ReaderComparison {
  page: string;
  htmlBytes: number;
  textChars: number;
  /** Best run of `new Readability(doc).parse()` on a fresh document each run (jsdom's parse excluded). */
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
function readabilityOnceMs(html: string): number {
  const doc = parseHtml(html, URL);
  const start = performance.now();
  new Readability(doc).parse();
  const elapsed = performance.now() - start;
  doc.defaultView?.close();
  return elapsed;
}

/**
 * What a reader view already costs on each page, beside the engine on that page's extracted text.
 * Each side takes its best of `rounds`, interleaved: load on the machine slows a run and never
 * speeds one up, so the fastest run is the steadiest figure, and interleaving gives both sides
 * the same spells of load.
 */
export async function compareWithReadability(
  pages: readonly FixturePage[],
  rounds = 5,
): Promise<ReaderComparison[]> {
  const out: ReaderComparison[] = [];
  for (const { name, html, text } of pages) {
    readabilityOnceMs(html);
    batchMs(() => analyze(text), 5);
    let reader = Number.POSITIVE_INFINITY;
    let engine = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      reader = Math.min(reader, readabilityOnceMs(html));
      engine = Math.min(
        engine,
        batchMs(() => analyze(text), 5),
      );
    }
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
