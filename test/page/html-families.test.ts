import { describe, expect, it } from "vitest";
import { extractArticleText } from "../../src/page/extract-text";
import { findHeadline } from "../../src/page/headline";
import { detectNews } from "../../src/page/news-detection";
import { parseHtml } from "../../src/page/node-dom";
import { pagePublisher } from "../../src/page/publisher";
import { nextNode, pageWork, resetPageWork } from "../../src/page/work";
import { HTML_FAMILIES } from "../fixtures/hostile/html-families";
import { GROWTH_LIMIT } from "../helpers/growth";

/**
 * The 31 hostile page families of issue 15, through the page code the content script runs:
 * news detection (headline, headings, reader check, date neighbourhood), the article root and its
 * text. jsdom's own DOM is superlinear on some of these shapes, so the test never times anything:
 * it counts the nodes the project's walks visit (src/page/work.ts) and holds the work per DOM node
 * flat as the page grows 16 times.
 */

const SMALL = 1_000;
const FACTOR = 16;
/**
 * Work per node at 16x the page may be at most this many times that at 1x: a quadratic walk
 * gives about 16, and the smallest pages (25 nodes) carry a fixed cost the larger ones spread.
 */
const LIMIT = GROWTH_LIMIT;

function nodesOf(doc: Document): number {
  let n = 0;
  for (let node: Node | null = doc; node; node = nextNode(node, doc)) n++;
  return n;
}

function workPerNode(html: string): number {
  const doc = parseHtml(html);
  resetPageWork();
  detectNews(doc, "https://example.org/world/2024/05/01/army-attacks-town");
  findHeadline(doc);
  extractArticleText(doc);
  pagePublisher(doc);
  return pageWork.visited / nodesOf(doc);
}

describe("the page code on hostile pages", () => {
  it("has every family of the issue", () => {
    expect(Object.keys(HTML_FAMILIES).length).toBeGreaterThanOrEqual(31);
  });

  it.each(Object.entries(HTML_FAMILIES))(
    "%s: never throws, and the work per node stays flat at 16x the page",
    { timeout: 300_000 },
    (_, family) => {
      const small = workPerNode(family.gen(SMALL));
      const large = workPerNode(family.gen(SMALL * FACTOR));
      expect(large).toBeLessThanOrEqual(small * LIMIT);
    },
  );

  it("counts what a walk does: a quadratic walk would fail this test", () => {
    // Reading every <p>'s textContent on nested <pre> is what Readability's check did.
    const quadratic = (html: string) => {
      const doc = parseHtml(html);
      resetPageWork();
      for (const el of doc.querySelectorAll("pre")) {
        for (let n = nextNode(el, el); n; n = nextNode(n, el)) pageWork.visited++;
      }
      return pageWork.visited / nodesOf(doc);
    };
    const family = HTML_FAMILIES.h_nested_pre;
    if (!family) throw new Error("h_nested_pre is missing");
    expect(quadratic(family.gen(SMALL * FACTOR))).toBeGreaterThan(
      quadratic(family.gen(SMALL)) * LIMIT,
    );
  });
});
