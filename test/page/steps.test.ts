import { describe, expect, it } from "vitest";
import { extractArticleTextSteps } from "../../src/page/extract-text";
import { detectNewsSteps } from "../../src/page/news-detection";
import { parseHtml } from "../../src/page/node-dom";
import { pagePublisherSteps } from "../../src/page/publisher";
import { checkpoints, NODES_PER_STEP, runSteps, type Steps } from "../../src/page/steps";

/** Runs a walk to its end, counting its checkpoints. */
function checkpointsOf<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

/**
 * A news article of `n` paragraphs, each `<p itemprop><b>…</b> text <span></span></p>` (five
 * nodes; detection loops over the microdata, extraction over every node).
 */
function page(n: number): Document {
  const paragraphs = Array.from(
    { length: n },
    (_, i) =>
      `<p itemprop="text"><b>Item ${i}.</b> “Stay indoors,” the mayor said on day ${i}.<span></span></p>`,
  ).join("");
  return parseHtml(
    `<!doctype html><html><head><title>A long article</title>
<meta property="og:site_name" content="The Daily"></head>
<body><main><article><h1>A long article</h1>${paragraphs}</article></main></body></html>`,
  );
}

describe("checkpoints", () => {
  it("is due once every NODES_PER_STEP units, weighted units included", () => {
    const due = checkpoints();
    const fired = Array.from({ length: NODES_PER_STEP * 3 }, () => due()).filter(Boolean);
    expect(fired.length).toBe(3);
    expect(due(NODES_PER_STEP)).toBe(true);
    expect(due(1)).toBe(false);
  });
});

describe("sliced page walks", () => {
  const walks: [string, (doc: Document) => Steps<unknown>, number][] = [
    ["detectNewsSteps", (doc) => detectNewsSteps(doc, "https://example.org/a"), 1],
    ["extractArticleTextSteps", (doc) => extractArticleTextSteps(doc), 5],
  ];
  // Parsing and walking 10,000 nodes in jsdom takes seconds on a busy machine: counts, not time.
  it.each(walks)(
    "%s pauses in proportion to the nodes it visits",
    { timeout: 120_000 },
    (_, walk, nodesPerParagraph) => {
      const small = checkpointsOf(walk(page(200)));
      const large = checkpointsOf(walk(page(2000)));
      // 1,800 more paragraphs: at least one more checkpoint per NODES_PER_STEP nodes they add.
      const more = Math.floor((nodesPerParagraph * 1800) / NODES_PER_STEP);
      expect(large.pauses - small.pauses).toBeGreaterThanOrEqual(more);
    },
  );

  it("give what the plain functions give", () => {
    const doc = page(300);
    const article = runSteps(extractArticleTextSteps(doc));
    expect(article.text.startsWith("A long article\n\nItem 0. “Stay indoors,”")).toBe(true);
    expect(article.text.split("\n\n").length).toBe(301);
    expect(runSteps(pagePublisherSteps(doc))).toBe("The Daily");
  });
});
