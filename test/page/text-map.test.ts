import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticleText, extractFromRoot } from "../../src/page/extract-text";
import { parseHtml } from "../../src/page/node-dom";
import { pushSegment, rangeToOffsets, type TextSegment, toRange } from "../../src/page/text-map";
import { fixtureDoc } from "./fixture-pages";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** Range.toString() renders neither <br> nor block breaks, so compare without any whitespace. */
const bare = (s: string) => s.replace(/\s+/g, "");

const HTML = `<!doctype html><body><article id="a">
  <h1>Officials   <em>deny</em> the report</h1>
  <p>The ministry said in a <a href="#">statement</a> that the claims were
     "baseless",    according to <em>state <strong>media</strong></em>.</p>
  <p>Line one<br>line two</p>
  <p>An untouched paragraph with no collapsing at all.</p>
</article></body>`;

function sample() {
  const doc = parseHtml(HTML);
  return { doc, article: extractFromRoot(doc.getElementById("a") as Element) };
}

describe("pushSegment", () => {
  it("merges contiguous runs of the same node and keeps gaps apart", () => {
    const node = parseHtml("<p>a  b</p>").querySelector("p")?.firstChild as Text;
    const segments: TextSegment[] = [];
    pushSegment(segments, 0, node, 0, 1);
    pushSegment(segments, 1, node, 1, 1);
    pushSegment(segments, 2, node, 3, 1);
    expect(segments).toEqual([
      { textStart: 0, node, nodeOffset: 0, length: 2 },
      { textStart: 2, node, nodeOffset: 3, length: 1 },
    ]);
  });
});

describe("toRange", () => {
  it("gives exact ranges across <em> and <a>", () => {
    const { doc, article } = sample();
    for (const phrase of [
      "deny the report",
      "a statement that",
      "state media.",
      "Officials deny",
    ]) {
      const start = article.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const range = toRange(article.map, start, start + phrase.length, doc);
      expect(squash(range?.toString() ?? "")).toBe(phrase);
    }
  });

  it("is exact wherever no whitespace was collapsed inside the span", () => {
    const { doc, article } = sample();
    const { text, map } = article;
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const got = toRange(map, start, end, doc)?.toString();
        const want = text.slice(start, end);
        if (got === undefined) return /^\s*$/.test(want);
        expect(bare(got)).toBe(bare(want));
        if (!/\s/.test(want)) expect(got).toBe(want);
        return true;
      }),
      { numRuns: 500 },
    );
    const plain = "An untouched paragraph with no collapsing";
    const start = text.indexOf(plain);
    expect(toRange(map, start, start + plain.length, doc)?.toString()).toBe(plain);
  });

  it("maps collapsed whitespace to the first character of the run", () => {
    const { doc, article } = sample();
    const start = article.text.indexOf(" ", article.text.indexOf("Officials"));
    const range = toRange(article.map, start, start + 1, doc);
    expect(range?.startContainer.textContent).toBe("Officials   ");
    expect(range?.startOffset).toBe(9);
    expect(range?.endOffset).toBe(10);
  });

  it("rejects invalid spans, synthetic-only spans and nodes the page removed", () => {
    const { doc, article } = sample();
    const { map } = article;
    expect(toRange(map, -1, 2, doc)).toBeNull();
    expect(toRange(map, 3, 2, doc)).toBeNull();
    expect(toRange(map, 0, map.length + 1, doc)).toBeNull();
    const brk = article.text.indexOf("\n\n");
    expect(toRange(map, brk, brk + 2, doc)).toBeNull();
    doc.querySelector("h1")?.remove();
    expect(toRange(map, 0, 5, doc)).toBeNull();
  });

  it("round-trips random spans of the seed article through DOM ranges", () => {
    const doc = fixtureDoc("seed/article.html");
    const { text, map } = extractArticleText(doc);
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(400), (start, size) => {
        const end = Math.min(text.length, start + size);
        const range = toRange(map, start, end, doc);
        const want = text.slice(start, end);
        if (!range) return /^\s*$/.test(want);
        expect(bare(range.toString())).toBe(bare(want));
        const back = rangeToOffsets(map, range);
        expect(back && text.slice(back.start, back.end).trim()).toBe(want.trim());
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("rangeToOffsets", () => {
  it("maps a selection made in the DOM back to text offsets", () => {
    const { doc, article } = sample();
    const em = doc.querySelector("p em") as Element;
    const range = doc.createRange();
    range.selectNodeContents(em);
    const offsets = rangeToOffsets(article.map, range);
    expect(offsets && article.text.slice(offsets.start, offsets.end)).toBe("state media");
  });

  it("moves boundaries inside skipped whitespace inwards", () => {
    const { doc, article } = sample();
    const node = doc.querySelector("h1")?.firstChild as Text;
    const range = doc.createRange();
    range.setStart(node, 11);
    range.setEnd(node, 12);
    const offsets = rangeToOffsets(article.map, range);
    expect(offsets).not.toBeNull();
    expect(offsets?.start).toBe(offsets?.end);
  });

  it("gives an empty span for a collapsed range at the very start", () => {
    const { doc, article } = sample();
    const range = toRange(article.map, 0, 0, doc);
    expect(range && rangeToOffsets(article.map, range)).toEqual({ start: 0, end: 0 });
  });

  it("returns null outside the mapped text", () => {
    const doc = parseHtml("<body><p id='a'>inside</p><p id='b'>outside</p></body>");
    const { map } = extractFromRoot(doc.getElementById("a") as Element);
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById("b") as Element);
    expect(rangeToOffsets(map, range)).toBeNull();
  });
});
