import { describe, expect, it } from "vitest";
import { extractArticleText, extractFromRoot } from "../../src/page/extract-text";
import { parseHtml } from "../../src/page/node-dom";
import { fixtureDoc, fixtureText, originalPages } from "./fixture-pages";

describe("extractArticleText on the seed article", () => {
  const article = extractArticleText(fixtureDoc("seed/article.html"));
  // article.txt starts with the <title> line and ends with the comment-form heading.
  const paragraphs = fixtureText("seed/article.txt")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .slice(1, -1);

  it("contains every article paragraph of the hand-made text", () => {
    expect(paragraphs.length).toBeGreaterThan(15);
    for (const paragraph of paragraphs) expect(article.text).toContain(paragraph);
  });

  it("leaves out navigation, the comment form and the footer", () => {
    for (const chrome of ["أضف تعليق", "الرئيسية", "اتصل بنا", "©"]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("starts with the headline and reports direction, language and title", () => {
    expect(article.text.startsWith("على لسان المؤيدين.. روسيا تواطأت مع تنظيم الدولة")).toBe(true);
    expect(article.root.localName).toBe("article");
    expect(article.dir).toBe("rtl");
    expect(article.lang).toBe("ar");
    expect(article.title).toBe(
      "على لسان المؤيدين.. روسيا تواطأت مع تنظيم الدولة و هذا ما حصل في تدمر",
    );
  });
});

describe("extractArticleText on saved news pages", () => {
  const news = originalPages().filter(([, isNews]) => isNews);
  it.each(news)("%s gives the article body, not the whole page", (name) => {
    const doc = fixtureDoc(`pages/${name}.html`);
    const article = extractArticleText(doc);
    expect(article.text.length).toBeGreaterThan(500);
    expect(article.text.length).toBeLessThan((doc.body.textContent ?? "").length / 2);
    expect(article.text).not.toMatch(/^\s|\s$|[ \t]{2}|\n{3}/);
  });

  it("includes the headline near a split body (qq.com)", () => {
    const article = extractArticleText(fixtureDoc("pages/qq.html"));
    expect(article.text.startsWith("DeepMind新电脑已可利用记忆自学")).toBe(true);
  });
});

describe("extractArticleText at scale", () => {
  it("extracts a 100,000-node page in linear time", () => {
    const paragraph = "<p>Some words <em>in emphasis</em> and a <a href='#'>link</a>.</p>";
    const doc = parseHtml(`<body><article>${paragraph.repeat(20_000)}</article></body>`);
    const article = extractArticleText(doc);
    const sentence = "Some words in emphasis and a link.";
    expect(article.text).toBe(Array(20_000).fill(sentence).join("\n\n"));
    expect(article.map.segments.length).toBe(100_000);
  });
});

describe("extractFromRoot", () => {
  it("infers the direction from the script when no dir attribute says it", () => {
    const doc = parseHtml("<body><div id='r'><p>قال المتحدث إن الهجوم وقع صباحا</p></div></body>");
    const article = extractFromRoot(doc.getElementById("r") as Element);
    expect(article.dir).toBe("rtl");
    expect(article.lang).toBeUndefined();
    const english = parseHtml("<body><div id='r' lang='en'><p>He said so.</p></div></body>");
    expect(extractFromRoot(english.getElementById("r") as Element)).toMatchObject({
      dir: "ltr",
      lang: "en",
    });
  });

  it("re-extracts a changed subtree with a fresh map", () => {
    const doc = parseHtml(
      "<body><article id='r'><h1>Title here</h1><p>First.</p></article></body>",
    );
    const root = doc.getElementById("r") as Element;
    root.insertAdjacentHTML("beforeend", "<p>Second <em>part</em>.</p>");
    const article = extractFromRoot(root);
    expect(article.text).toBe("Title here\n\nFirst.\n\nSecond part.");
    expect(article.title).toBe("Title here");
    expect(article.map.length).toBe(article.text.length);
  });
});
