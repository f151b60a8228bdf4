import { describe, expect, it } from "vitest";
import { type PageResult, score } from "../../src/cli/news-labels";
import { findHeadline } from "../../src/page/headline";
import { detectNews, NEWS_THRESHOLD } from "../../src/page/news-detection";
import { NewsVerdictSchema } from "../../src/page/news-verdict";
import { parseHtml } from "../../src/page/node-dom";
import { allLabelledPages, fixtureDoc, originalPages } from "./fixture-pages";

const PARAGRAPH =
  "The committee met on Tuesday to discuss the findings of the report, which were released after months of delay and drew sharp criticism from several members of parliament.";

/** A page with readable body text and the given head and extra markup. */
function page(head: string, body = "", title = "Minister resigns after budget vote"): Document {
  const paragraphs = `<p>${PARAGRAPH}</p>`.repeat(6);
  return parseHtml(
    `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}<div><h1>${title}</h1>${paragraphs}</div></body></html>`,
  );
}

const codes = (doc: Document, url?: string) => detectNews(doc, url).reasons.map((r) => r.code);

describe("detectNews on the labelled saved pages", () => {
  // Parsing a saved page takes seconds in jsdom on a busy machine.
  it.each(originalPages())("%s is news: %s", (name, isNews) => {
    const verdict = detectNews(fixtureDoc(`pages/${name}.html`));
    expect(verdict.isNews).toBe(isNews);
  });

  // Measured: tuning 97.8% (news 97.8%, not news 97.8%); held 93.0% (news 69/77 = 89.6%, the target
  // is 90%; not news 51/52). Each floor sits about two pages under its figure: it catches a
  // regression without failing on a page's worth of noise, and is raised as the detector improves.
  it("scores at least 94% on the tuning part; on the held part 91%, news 87%, not news 95%", {
    timeout: 600_000,
  }, () => {
    const results: PageResult[] = allLabelledPages().map((page) => ({
      ...page,
      verdict: detectNews(fixtureDoc(`pages/${page.name}.html`)),
    }));
    for (const { verdict } of results) {
      expect(NewsVerdictSchema.parse(verdict)).toEqual(verdict);
      expect(verdict.isNews).toBe(verdict.score >= NEWS_THRESHOLD);
      for (const r of verdict.reasons) expect(r.polarity).toBe(r.weight > 0 ? "for" : "against");
    }
    const share = (s: { right: number; total: number }) => s.right / s.total;
    const tuning = score(results.filter((r) => !r.held));
    const held = score(results.filter((r) => r.held));
    expect(tuning.all.total + held.all.total).toBe(360);
    for (const s of [tuning.all, tuning.news, tuning.notNews])
      expect(share(s)).toBeGreaterThanOrEqual(0.94);
    expect(share(held.all)).toBeGreaterThanOrEqual(0.91);
    expect(share(held.news)).toBeGreaterThanOrEqual(0.87);
    expect(share(held.notNews)).toBeGreaterThanOrEqual(0.95);
  });

  it("classifies the Arabic seed article as news", () => {
    const verdict = detectNews(fixtureDoc("seed/article.html"));
    expect(verdict.isNews).toBe(true);
    expect(verdict.reasons.map((r) => r.code)).toContain("schema-newsarticle");
  });
});

describe("detectNews signals", () => {
  it("finds NewsArticle inside a JSON-LD @graph, with a vocabulary prefix", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":["http://schema.org/NewsArticle"],"headline":"h"}]}</script>`;
    const verdict = detectNews(page(ld));
    expect(verdict.reasons.map((r) => r.code)).toContain("schema-newsarticle");
    expect(verdict.reasons.map((r) => r.code)).not.toContain("schema-site");
    expect(verdict.isNews).toBe(true);
  });

  it("reads JSON-LD wrapped in CDATA and skips malformed blocks", () => {
    const ld = `<script type="application/ld+json">{oops</script><script type="application/ld+json"><![CDATA[{"@type":"Article","publisher":{"@type":"Organization","name":"P"}}]]></script>`;
    expect(codes(page(ld))).toContain("schema-article-publisher");
  });

  it("counts a plain Article without publisher only weakly", () => {
    const ld = `<script type="application/ld+json">{"@type":"Article","headline":"h"}</script>`;
    const reasons = detectNews(page(ld)).reasons;
    expect(reasons.find((r) => r.code === "schema-article")?.weight).toBeLessThan(1);
  });

  it("rejects recipes and products even with og:type article", () => {
    for (const type of ["Recipe", "Product", "FAQPage"]) {
      const head = `<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"${type}"}</script>`;
      const verdict = detectNews(page(head));
      expect(verdict.isNews).toBe(false);
      expect(verdict.reasons.find((r) => r.code === "schema-not-news")?.text).toContain(type);
    }
  });

  it("penalises og:type website and a lone WebSite declaration", () => {
    const head = `<meta property="og:type" content="website"><script type="application/ld+json">{"@type":"WebSite"}</script>`;
    const reasons = detectNews(page(head)).reasons;
    expect(reasons.find((r) => r.code === "og-website")?.weight).toBeLessThan(0);
    expect(reasons.find((r) => r.code === "schema-site")?.weight).toBeLessThan(0);
  });

  it("accepts a page from structure alone: headline, timestamp next to it, readable text", () => {
    const doc = page("", "", "Minister resigns after budget vote");
    const h1 = doc.querySelector("h1");
    h1?.insertAdjacentHTML("afterend", '<span class="pubTime">2016-10-14 07:17</span>');
    const verdict = detectNews(doc);
    expect(verdict.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["dateline", "time-of-day", "readerable", "headline"]),
    );
    expect(verdict.isNews).toBe(true);
  });

  it("reads an Arabic date and time in Arabic-Indic digits next to the headline", () => {
    const title = "الحكومة تعلن نتائج التحقيق في الحادث";
    const doc = page("", "", title);
    doc
      .querySelector("h1")
      ?.insertAdjacentHTML("afterend", '<div class="post-date">١٤ أكتوبر ٢٠١٦ - ٠٧:١٧</div>');
    expect(codes(doc)).toEqual(expect.arrayContaining(["dateline", "time-of-day", "headline"]));
  });

  it("ignores dates far from the headline and stamps without a year", () => {
    const doc = page("", '<div><div><span class="date">Tuesday</span></div></div>');
    doc
      .querySelector("h1")
      ?.insertAdjacentHTML("afterend", '<span class="date">Updated today</span>');
    expect(codes(doc)).not.toContain("dateline");
    expect(codes(doc)).toContain("no-date");
  });

  it("reads stamps without a four-digit year when they carry a clock time or an ISO attribute", () => {
    const stamped = (stamp: string) => {
      const doc = page("");
      doc.querySelector("h1")?.insertAdjacentHTML("afterend", stamp);
      return codes(doc);
    };
    expect(stamped("<span>05.15.13, 22:47 / Israel News</span>")).toContain("dateline");
    expect(stamped("<span>Tue Aug 31, 7:21 am ET</span>")).toContain("dateline");
    expect(stamped('<abbr title="2010-08-31T04:21:56-0700">Tuesday</abbr>')).toContain("dateline");
    expect(stamped("<span>Score 05.15.13</span>")).not.toContain("dateline");
    expect(stamped("<span>Aug 31</span>")).not.toContain("dateline");
    expect(stamped('<abbr title="version 2">Tuesday</abbr>')).not.toContain("dateline");
  });

  it("looks for the date by an h1 marked as the headline when the title rewords it", () => {
    const body = `<div><div><h1 class="articleHeadline">As BP lays out its future</h1><h6>Published: July 25, 2010</h6>${`<p>${PARAGRAPH}</p>`.repeat(6)}</div></div>`;
    const html = `<title>BP to replace its chief executive</title>${body}`;
    expect(codes(parseHtml(html))).toContain("dateline");
    expect(codes(parseHtml(html.replace(' class="articleHeadline"', "")))).not.toContain(
      "dateline",
    );
  });

  it("takes the longest h1 the title repeats, not a site name the title also repeats", () => {
    const doc = parseHtml(
      "<title>Teams' contrasts evident in the final | NewsObserver.com</title><header><div><div><h1>NewsObserver.com</h1></div></div></header><h1>Teams' contrasts evident in the final</h1>",
    );
    expect(findHeadline(doc)?.textContent).toBe("Teams' contrasts evident in the final");
  });

  it("takes an element marked as the headline when no heading is (old templates)", () => {
    const html = `<title>Firing kills 4 after clash - Daily Times</title><h1>Jammu</h1><div><div><div class="stry_heading">Firing kills 4 after clash</div></div><div class="stry-date">Jammu, July 18, 2013</div></div>`;
    expect(findHeadline(parseHtml(html))?.textContent).toBe("Firing kills 4 after clash");
    expect(codes(parseHtml(html))).toContain("dateline");
    const unmarked = parseHtml(html.replace("stry_heading", "stry_body"));
    expect(findHeadline(unmarked)).toBeNull();
    expect(codes(unmarked)).not.toContain("dateline");
  });

  it("does not take a site logo h1 for the headline", () => {
    const story = `<h2>A story</h2>${`<p>${PARAGRAPH}</p>`.repeat(6)}`;
    const html = `<title>A story - Chapter 1</title><h1>Archive of Everything</h1>${story}`;
    expect(codes(parseHtml(html))).not.toContain("headline");
    expect(
      codes(parseHtml(html.replace("<h2>A story</h2>", "<h1>A story - Chapter 1</h1>"))),
    ).toContain("headline");
  });

  it("uses the URL: dated paths and news sections count, section fronts do not", () => {
    const doc = page('<meta property="og:type" content="article">');
    expect(codes(doc, "https://example.com/world/2024/03/05/some-story")).toContain("url-date");
    expect(codes(doc, "https://example.com/news/world-12345")).toContain("url-news-path");
    expect(codes(doc, "https://example.com/news/")).toContain("url-front");
    expect(codes(doc, "https://example.com/news/")).not.toContain("url-news-path");
    expect(codes(doc, "https://example.com/")).toContain("url-front");
  });

  it("prefers the canonical URL over the address", () => {
    const doc = page('<link rel="canonical" href="https://example.com/2024/03/05/story">');
    expect(codes(doc, "https://example.com/?utm=1")).toContain("url-date");
  });

  it("marks wikis, documentation, blogs and how-to guides as not news", () => {
    const news =
      '<meta property="og:type" content="article"><meta name="news_keywords" content="a">';
    expect(codes(page(`${news}<meta name="generator" content="MediaWiki 1.28">`))).toContain(
      "wiki",
    );
    expect(codes(page(`${news}<meta name="generator" content="Sphinx 7">`))).toContain("docs");
    for (const generator of ["Docutils 0.19", "DocBook XSL Stylesheets", "AsciiDoc 10.2.0"])
      expect(codes(page(`${news}<meta name="generator" content="${generator}">`))).toContain(
        "docs",
      );
    expect(codes(page(news), "https://docs.example.com/guide/x-y")).toContain("docs");
    expect(codes(page(news), "https://example.com/blog/my-post")).toContain("blog");
    expect(codes(page(news), "https://someone.blogspot.com/2024/01/post.html")).toContain("blog");
    expect(codes(page(`${news}<meta name="generator" content="Blogger">`))).toContain("blog");
    expect(codes(page(news), "https://example.com/news/blogger-arrested-123")).not.toContain(
      "blog",
    );
    expect(codes(page(news, "", "How to build a terrarium"))).toContain("how-to");
  });

  it("needs readable text", () => {
    const doc = parseHtml(
      '<html><head><meta property="og:type" content="article"><title>T</title></head><body><p>Short.</p></body></html>',
    );
    const verdict = detectNews(doc);
    expect(verdict.reasons.map((r) => r.code)).toContain("not-readerable");
    expect(verdict.isNews).toBe(false);
  });

  it("counts paragraphs that quote or cite sources, in English and Arabic", () => {
    const body = (lines: string[]) =>
      `<h1>Port strike enters its second week</h1>${lines.map((l) => `<p>${l}</p>`).join("")}`;
    const en = [
      "Dock workers walked out again on Monday, the union said, after talks with the port authority broke down late on Sunday night without a date for new talks.",
      "\u201cWe have been patient for months,\u201d a union organiser told reporters outside the main gate, where several hundred strikers had gathered before dawn.",
      "According to the port authority, more than forty container ships are now waiting offshore, and some shipping lines have begun to divert cargo elsewhere.",
      "The transport minister says the government will not intervene for now, though officials have met both sides twice since the strike began last week.",
    ];
    const ar = [
      "قال مسؤول في نقابة عمال الموانئ إن الإضراب سيستمر حتى تستجيب إدارة الميناء لمطالب العمال بزيادة الأجور وتحسين شروط السلامة في الأرصفة.",
      "وأضاف المسؤول في تصريح للصحفيين أمام البوابة الرئيسية أن النقابة مستعدة للحوار لكنها لن تقبل بوعود جديدة من دون ضمانات واضحة ومكتوبة.",
      "وبحسب إدارة الميناء فإن أكثر من أربعين سفينة حاويات تنتظر قبالة الساحل، وقد بدأت بعض شركات الشحن تحويل حمولاتها إلى موانئ أخرى قريبة.",
    ];
    // More cues, Arabic folded as the engine folds it (أ → ا) and with its proclitic.
    const engineCues = [
      "The harbour master noted that the backlog would take weeks to clear even if the strike ended this week, since ships had already been rerouted.",
      "One shipping agent explained that perishable goods were the first casualty, with fruit and flowers spoiling in containers left on the quay.",
      "In a letter to members, the union's general secretary wrote that the dispute was about safety as much as pay, after two injuries this year.",
    ];
    const arabicCues = [
      "وأعلنت النقابة في بيان مساء الأحد أن الإضراب سيستمر حتى إشعار آخر، مشيرة إلى أن الإدارة لم تقدم أي عرض جديد منذ بداية الأزمة.",
      "وأفادت مصادر في الميناء بأن عشرات السفن تنتظر قبالة الساحل، فيما تحولت بعض شركات الشحن إلى موانئ مجاورة لتفريغ حمولاتها.",
      "فأوضح وزير النقل للصحفيين أن الحكومة لن تتدخل في الوقت الحالي، لكنها تتابع المفاوضات بين الطرفين عن كثب منذ بدء الإضراب.",
    ];
    const arabicPhrases = [
      "لن تستأنف الملاحة في الميناء قبل نهاية الشهر على حد قول مسؤول في إدارة الميناء، بسبب تكدس الحاويات على الأرصفة.",
      "ارتفعت أسعار الخضار في الأسواق المحلية بنحو الثلث خلال أسبوع واحد، استنادا إلى أرقام غرفة التجارة في المدينة الساحلية.",
      "تنتظر أكثر من أربعين سفينة حاويات قبالة الساحل منذ أيام، نقلا عن مصادر ملاحية في الميناء الرئيسي للبلاد.",
    ];
    expect(codes(page("", body(arabicPhrases)))).toContain("reported-speech");
    expect(codes(page("", body(engineCues)))).toContain("reported-speech");
    expect(codes(page("", body(arabicCues)))).toContain("reported-speech");
    const prose = Array.from({ length: 3 }, () => PARAGRAPH);
    expect(codes(page("", body(en)))).toContain("reported-speech");
    expect(codes(page("", body(ar)))).toContain("reported-speech");
    // Two quotes, or a few among many paragraphs of exposition, are not the texture of a report.
    expect(codes(page("", body(en.slice(0, 2))))).not.toContain("reported-speech");
    expect(
      codes(parseHtml(body([...en.slice(0, 3), ...prose, ...prose, ...prose, ...prose]))),
    ).not.toContain("reported-speech");
    expect(
      detectNews(page("", body(en))).reasons.find((r) => r.code === "reported-speech")?.polarity,
    ).toBe("for");
  });

  it("reads a place dateline or an agency credit at the start of the story", () => {
    const story = (first: string) =>
      parseHtml(
        `<h1>Floods cut the coastal road</h1><p>${first} ${PARAGRAPH}</p><p>${PARAGRAPH}</p>`,
      );
    expect(codes(story("HARBOUR CITY, Nov. 3 \u2014"))).toContain("place-dateline");
    expect(codes(story("LAGOS (Reuters) -"))).toContain("place-dateline");
    expect(codes(story("بيروت (رويترز) -"))).toContain("place-dateline");
    expect(codes(story("القاهرة - "))).toContain("place-dateline");
    expect(codes(story("Harbour city \u2014"))).not.toContain("place-dateline");
    expect(codes(story("Release notes (version 2) -"))).not.toContain("place-dateline");
    // A place in capitals counts only where a story opens; a credit anywhere in the first paragraphs.
    const late = (first: string) =>
      parseHtml(`<h1>Floods</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}<p>${first} ${PARAGRAPH}</p>`);
    expect(codes(late("HARBOUR CITY \u2014"))).not.toContain("place-dateline");
    expect(codes(late("LAGOS (AFP) \u2014"))).toContain("place-dateline");
  });

  it("takes the day in a dateline for the story's date, never as a reason for news", () => {
    const story = (first: string) =>
      parseHtml(
        `<h1>Floods cut the coastal road</h1><p>${first} ${PARAGRAPH}</p><p>${PARAGRAPH}</p>`,
      );
    const noDate = (doc: Document) => codes(doc).includes("no-date");
    expect(noDate(story("HARBOUR CITY, Nov. 3 (Reuters) -"))).toBe(false);
    expect(noDate(story("TUESDAY, March 4 (AP) --"))).toBe(false);
    expect(noDate(story("بيروت، 3 نوفمبر (رويترز) -"))).toBe(false);
    expect(noDate(story("HARBOUR CITY (Reuters) -"))).toBe(true);
    expect(noDate(story("بيروت (رويترز) -"))).toBe(true);
    // The dateline counts once, for its place; its day only answers the missing date.
    const forNews = detectNews(story("HARBOUR CITY, Nov. 3 (Reuters) -"))
      .reasons.filter((r) => r.polarity === "for")
      .map((r) => r.code);
    expect(forNews).toContain("place-dateline");
    expect(forNews).not.toContain("dateline");
  });

  it("takes a byline written out in the text, in English and Arabic", () => {
    const byline = (line: string) =>
      parseHtml(
        `<title>Floods cut the coastal road</title><div><h1>Floods cut the coastal road</h1><p>${line}</p>${`<p>${PARAGRAPH}</p>`.repeat(6)}</div>`,
      );
    expect(codes(byline("By Maria Okafor"))).toContain("byline");
    expect(codes(byline("بقلم سامي الخطيب"))).toContain("byline");
    expect(codes(byline("by the river bank"))).not.toContain("byline");
    // «كتب» is also "books": a label such as «كتب جديدة» is not a byline.
    expect(codes(byline("كتب جديدة"))).not.toContain("byline");
    expect(codes(byline(`By ${PARAGRAPH}`))).not.toContain("byline");
  });

  it("never gives a missing date as a reason for news", () => {
    const verdict = detectNews(page(""));
    const noDate = verdict.reasons.find((r) => r.code === "no-date");
    expect(noDate?.polarity).toBe("against");
    expect(verdict.reasons.filter((r) => r.polarity === "for").map((r) => r.code)).not.toContain(
      "no-date",
    );
  });

  it("lists reasons strongest first, each with a short text", () => {
    const { reasons } = detectNews(fixtureDoc("pages/nytimes-1.html"));
    const weights = reasons.map((r) => Math.abs(r.weight));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const r of reasons) expect(r.text.length).toBeLessThan(60);
  });
});
