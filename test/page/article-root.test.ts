import { describe, expect, it } from "vitest";
import { findArticleRoot } from "../../src/page/article-root";
import { extractArticleText } from "../../src/page/extract-text";
import { parseHtml } from "../../src/page/node-dom";

const P = (
  n: number,
  text = "A sentence of body text that is long enough to count as a paragraph.",
) => `<p>${text}</p>`.repeat(n);

describe("findArticleRoot", () => {
  it("picks the dense body block, not the sidebar or the navigation", () => {
    const doc = parseHtml(
      `<body><nav>${P(8)}</nav><div id="side">${P(2)}</div><div id="story">${P(6)}</div></body>`,
    );
    expect(findArticleRoot(doc).id).toBe("story");
  });

  it("widens to the enclosing <article> so the headline comes along", () => {
    const doc = parseHtml(
      `<body><article id="a"><header><h1>Headline</h1></header><div class="body">${P(5)}</div></article></body>`,
    );
    expect(findArticleRoot(doc).id).toBe("a");
  });

  it("widens to the headline's container when it is close", () => {
    const doc = parseHtml(
      `<body><div id="main"><div class="hd"><h1>Headline</h1></div><div class="bd"><div id="text">${P(5)}</div></div></div><div>${P(1)}</div></body>`,
    );
    expect(findArticleRoot(doc).id).toBe("main");
  });

  it("ignores paragraphs in comment sections and hidden blocks", () => {
    const doc = parseHtml(
      `<body><div id="story">${P(3)}</div><div class="comments">${P(9)}</div><div hidden>${P(9)}</div></body>`,
    );
    expect(findArticleRoot(doc).id).toBe("story");
  });

  it("finds the body inside a form that wraps the whole page (ASP.NET WebForms)", () => {
    const doc = parseHtml(
      `<body><form id="aspnetForm" method="post"><div id="side">${P(1)}</div><div id="story">${P(4)}</div></form></body>`,
    );
    expect(findArticleRoot(doc).id).toBe("story");
    expect(extractArticleText(doc).text).toContain("long enough to count");
  });

  it("falls back to <article>, <main> or <body> without paragraphs", () => {
    expect(findArticleRoot(parseHtml("<body><main id='m'>x</main></body>")).id).toBe("m");
    expect(
      findArticleRoot(parseHtml("<body><article id='a'>x</article><main>y</main></body>")).id,
    ).toBe("a");
    expect(findArticleRoot(parseHtml("<body><div>x</div></body>")).localName).toBe("body");
  });

  it("does not change the document", () => {
    const doc = parseHtml(
      `<body><div id="story">${P(4)}</div><div class="comments">${P(2)}</div></body>`,
    );
    const before = doc.documentElement.outerHTML;
    findArticleRoot(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
