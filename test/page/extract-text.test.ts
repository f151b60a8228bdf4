import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
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

describe("extractArticleText leaves out what is not the story", () => {
  // [page, a sentence of the story that must stay, furniture that must go]
  const pages: [string, string, string[]][] = [
    [
      "telegraph",
      "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasuku",
      ["Credit: STR/AFP", "Zimbabwean opposition leader Morgan Tsvangirai, right, meets"],
    ],
    [
      "nytimes-1",
      "Sudan is one of the poorest, most isolated and most violent countries",
      ["By JEFFREY GETTLEMAN", "United Nations peacekeepers at a refugee camp in Sudan on Monday"],
    ],
    [
      "lemonde-1",
      "Les députés ont, sans surprise, adopté à une large majorité",
      ["Lire aussi", "Lire :"],
    ],
    [
      "cnn",
      "The report assessed poverty levels, income and wealth inequality",
      ["Related: Rich are paying more"],
    ],
    [
      "wapo-1",
      "It was the most deadly terrorist attack in the North African nation",
      ["Read more:", "most of them foreign tourists. (Reuters)"],
    ],
    [
      "hb-reuters-iraq",
      "Tensions between minority Sunni Muslims and the Shi'ites who now lead",
      ["Credit: Reuters/Ako Rasheed", "Share this", "trex2561 wrote:", "Related Topics"],
    ],
    ["hb-bbc-syria", "That turned out not to be the seminal victory", ["By Jim Muir"]],
    [
      "bbc-1",
      "In an interview with the BBC, Mr Obama said it was",
      ["24 July 2015", "Mr Obama told the BBC that gun control was his biggest frustration"],
    ],
  ];
  it.each(pages)(
    "%s: no captions, credits, bylines, datelines, teasers or comments",
    (name, story, furniture) => {
      const { text } = extractArticleText(fixtureDoc(`pages/${name}.html`));
      expect(text).toContain(story);
      for (const piece of furniture) expect(text).not.toContain(piece);
    },
  );

  it("drops figcaptions, credit and teaser lines, «اقرأ أيضا», bylines and date lines, keeps prose", () => {
    const doc = parseHtml(`<body><article>
      <h1>Army enters the town</h1>
      <p class="byline">By Jane Doe</p>
      <p>By Jane Doe and John Roe</p>
      <p>Updated 12:04 GMT, 5 March 2017</p>
      <figure><img src="a.jpg"><figcaption>Soldiers in the square. Photo: AFP</figcaption></figure>
      <p>Image copyright Getty Images</p>
      <p>Residents fled as the army entered the town, the mayor said on Tuesday.</p>
      <p>Soldiers on patrol in the centre of the town / AFP</p>
      <p>Read more: Why the town matters</p>
      <p>اقرأ أيضا: الجيش يدخل المدينة</p>
      <p>Lire&nbsp;: Pourquoi la ville compte</p>
      <p>By the evening, the last shops had closed.</p>
      <div class="article-body-image-caption">A soldier at the gate</div>
    </article></body>`);
    expect(extractArticleText(doc).text).toBe(
      [
        "Army enters the town",
        "Residents fled as the army entered the town, the mayor said on Tuesday.",
        "By the evening, the last shops had closed.",
      ].join("\n\n"),
    );
  });

  it("keeps a dropped line's offsets out of the map: every segment maps the text it claims", () => {
    const doc = parseHtml(
      "<body><article><p>Read more: elsewhere</p><p>The story, in full.</p><p>Credit: X/AFP</p></article></body>",
    );
    const article = extractArticleText(doc);
    expect(article.text).toBe("The story, in full.");
    for (const seg of article.map.segments) {
      const mapped = seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + seg.length);
      expect(article.text.slice(seg.textStart, seg.textStart + seg.length)).toBe(mapped);
    }
  });
});

describe("photo credits are not page sources", () => {
  it("names no agency that only a caption or a credit line mentions", () => {
    const doc = parseHtml(`<body><article><h1>Army enters the town</h1>
      <figure><img src="a.jpg"><figcaption>Soldiers in the square. Photo: Reuters</figcaption></figure>
      <p>Credit: STR/AFP</p>
      <p>Residents fled as the army entered the town on Tuesday, the mayor told reporters.</p>
      </article></body>`);
    const { text } = extractArticleText(doc);
    const ids = analyze(text).sources.map((s) => s.id);
    expect(ids).not.toContain("reuters");
    expect(ids).not.toContain("afp");
    expect(analyze("Soldiers in the square. Photo: Reuters").sources.map((s) => s.id)).toContain(
      "reuters",
    );
  });
});

describe("an article in a language the engine does not analyse", () => {
  it("gets no findings on Le Monde, and the analysis says it is French", () => {
    const { text } = extractArticleText(fixtureDoc("pages/lemonde-1.html"));
    const result = analyze(text);
    expect(result.quotes).toEqual([]);
    expect(result.allegations).toEqual([]);
    expect(result.unsupportedLanguage).toBe("fr");
  });
});
