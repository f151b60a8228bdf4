import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { z } from "zod";
import { findHeadlineSteps, pageTitles } from "./headline";
import { type JsonLdNode, jsonLdNodesSteps, schemaTypes, shortType } from "./json-ld";
import { metaValues } from "./meta";
import signals from "./news-signals.json";
import { pageUrl } from "./page-url";
import { checkpoints, runSteps, type Steps } from "./steps";

export const NewsReasonSchema = z.object({
  /** Stable identifier of the signal, e.g. "jsonld-newsarticle". */
  code: z.string(),
  /** Short English phrase for the popup. */
  text: z.string(),
  /** Contribution to the score; negative signals count against news. */
  weight: z.number(),
});
export type NewsReason = z.infer<typeof NewsReasonSchema>;

export const NewsVerdictSchema = z.object({
  isNews: z.boolean(),
  score: z.number(),
  /** Every signal that fired, strongest first. */
  reasons: z.array(NewsReasonSchema),
});
export type NewsVerdict = z.infer<typeof NewsVerdictSchema>;

/** A page is news when the signals add up to at least this. */
export const NEWS_THRESHOLD = 3;

/**
 * Weights. Publisher metadata made for news (schema.org NewsArticle, Google's news_keywords, dated
 * URLs) is strong; what every blog and how-to also has (og:type article, a byline) is weak, so
 * structure alone (readable text, one headline, a visible date) only just reaches the threshold.
 * Page kinds that are clearly not news (wiki, docs, blog, recipe/product) outweigh weak evidence,
 * but not a NewsArticle declaration.
 */
const W = {
  newsType: 4,
  articleWithPublisher: 2,
  articleType: 0.5,
  newsKeywords: 2,
  ogArticle: 1,
  section: 1,
  publishedMeta: 1,
  dateline: 1.5,
  timeOfDay: 0.5,
  urlDate: 1.5,
  urlNewsPath: 1,
  readerable: 1,
  articleElement: 0.5,
  headline: 0.5,
  byline: 0.5,
  notReaderable: -3,
  ogWebsite: -1,
  ogOther: -2,
  blog: -3,
  nonNewsType: -3,
  siteType: -1.5,
  wiki: -4,
  docs: -3,
  front: -2,
  noDate: -1.5,
  howTo: -2,
  manyHeadlines: -1,
} as const;

const NEWS_TYPES = new Set(signals.newsTypes);
const ARTICLE_TYPES = new Set(signals.articleTypes);
const BLOG_TYPES = new Set(signals.blogTypes);
const NON_NEWS_TYPES = new Set(signals.nonNewsTypes);
const SITE_TYPES = new Set(signals.siteTypes);
const DATE_META = new Set(signals.dateMetaNames);
const DATE_MARKS = new Set(signals.dateMarkWords);
const BYLINE_MARKS = new Set(signals.bylineMarkWords);
const BLOG_WORDS = new Set(signals.blogWords);
const BLOG_HOST_LABELS = new Set(signals.blogHostLabels);
const NEWS_PATH_WORDS = new Set(signals.newsPathWords);
const DOCS_PATH_WORDS = new Set(signals.docsPathWords);
const DOCS_HOST_LABELS = new Set(signals.docsHostLabels);
const HOW_TO = signals.howToTitlePrefixes;

/** How many elements around the headline are inspected for a date and a byline. */
const NEIGHBOURHOOD = 400;
/** A year in Western, Arabic-Indic or Persian digits. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)|(?:١٩|٢٠)[٠-٩]{2}|(?:۱۹|۲۰)[۰-۹]{2}/;
/** A clock time next to a date ("07:17", "١٢:٤٦") marks a news timestamp rather than a post date. */
const TIME_OF_DAY = /(?:^|\D)(?:[01]?\d|2[0-3]):[0-5]\d(?:\D|$)|[٠-٩]{1,2}:[٠-٥][٠-٩]/;
const URL_DATE =
  /(?:^|\/)(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:\/|-|$)/;

/** Lower-case words of class and id attributes ("pubTime news_datum" -> pubtime, news, datum). */
function markWords(el: Element): string[] {
  const marks = `${el.getAttribute("class") ?? ""} ${el.id}`.toLowerCase();
  return marks.split(/[^a-z0-9]+/).filter(Boolean);
}

interface Page {
  doc: Document;
  url: URL | null;
  ld: JsonLdNode[];
  types: Set<string>;
  /** Microdata property names used anywhere on the page. */
  itemprops: Set<string>;
  microdataTypes: Set<string>;
  metas: Map<string, string>;
  headline: Element | null;
  titles: string[];
}

function* collectItemprops(doc: Document): Steps<Set<string>> {
  const due = checkpoints();
  const props = new Set<string>();
  const elements = doc.querySelectorAll("[itemprop]");
  yield;
  for (const el of elements) {
    for (const p of (el.getAttribute("itemprop") ?? "").split(/\s+/)) if (p) props.add(p);
    if (due()) yield;
  }
  return props;
}

function* microdataTypes(doc: Document): Steps<Set<string>> {
  const due = checkpoints();
  const types = new Set<string>();
  const elements = doc.querySelectorAll("[itemtype]");
  yield;
  for (const el of elements) {
    for (const t of (el.getAttribute("itemtype") ?? "").split(/\s+/))
      if (t) types.add(shortType(t));
    if (due()) yield;
  }
  return types;
}

function hasAny(types: Set<string>, family: Set<string>): boolean {
  for (const t of types) if (family.has(t)) return true;
  return false;
}

function isArticleNode(node: JsonLdNode): boolean {
  return schemaTypes(node).some((t) => NEWS_TYPES.has(t) || ARTICLE_TYPES.has(t));
}

function articleHasPublisher(page: Page): boolean {
  if (page.ld.some((node) => isArticleNode(node) && node.publisher)) return true;
  // Microdata: an Article item and a publisher property on the same page.
  return page.itemprops.has("publisher") && hasAny(page.microdataTypes, ARTICLE_TYPES);
}

function hasPublishedMeta(page: Page): boolean {
  for (const name of page.metas.keys()) if (DATE_META.has(name)) return true;
  if (page.itemprops.has("datePublished")) return true;
  return page.ld.some((node) => typeof node.datePublished === "string");
}

/** The first elements (document order) under the headline's grandparent, without listing them all. */
function neighbourhood(headline: Element | null): Element[] {
  const region = headline?.parentElement?.parentElement ?? headline?.parentElement;
  const found: Element[] = [];
  let el = region?.firstElementChild ?? null;
  while (el && found.length < NEIGHBOURHOOD) {
    found.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== region && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== region ? el.nextElementSibling : null;
  }
  return found;
}

function looksLikeDate(el: Element): boolean {
  if (el.localName === "time" && el.hasAttribute("datetime")) return true;
  if (el.localName !== "time" && !markWords(el).some((w) => DATE_MARKS.has(w))) return false;
  // Only small elements: a date stamp, not a wrapper whose text would be costly to read.
  if (el.childElementCount > 4) return false;
  const text = el.textContent ?? "";
  return text.length <= 100 && YEAR.test(text);
}

function looksLikeByline(el: Element): boolean {
  if (/\bauthor\b/.test(el.getAttribute("rel") ?? "")) return true;
  if (/\bauthor\b/.test(el.getAttribute("itemprop") ?? "")) return true;
  return markWords(el).some((w) => BYLINE_MARKS.has(w));
}

function pathSegments(url: URL | null): string[] {
  if (!url) return [];
  return url.pathname
    .split("/")
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
}

function isFrontUrl(url: URL | null): boolean {
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  const segments = pathSegments(url);
  if (segments.length === 0) return true;
  // A single plain word ("/news/", "/world") is a section; slugs and ids have digits or separators.
  return segments.length === 1 && /^[\p{L}]+$/u.test(segments[0] as string);
}

function isBlog(page: Page): boolean {
  if (hasAny(page.types, BLOG_TYPES) && !hasAny(page.types, NEWS_TYPES)) return true;
  if (generatorIn(page, signals.blogGenerators)) return true;
  const { doc, url } = page;
  if (url) {
    const labels = url.hostname.toLowerCase().split(".");
    if (labels.some((l) => BLOG_HOST_LABELS.has(l))) return true;
    if (pathSegments(url).some((s) => BLOG_WORDS.has(s))) return true;
  }
  const roots = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el !== null);
  return roots.some((el) => markWords(el).some((w) => BLOG_WORDS.has(w)));
}

function generatorIn(page: Page, names: string[]): boolean {
  const generator = (page.metas.get("generator") ?? "").toLowerCase();
  return generator !== "" && names.some((n) => generator.includes(n));
}

function isWiki(page: Page): boolean {
  if (generatorIn(page, signals.wikiGenerators)) return true;
  if (page.doc.body?.classList.contains("mediawiki")) return true;
  const first = pathSegments(page.url)[0];
  return first !== undefined && signals.wikiPathWords.includes(first);
}

function isDocs(page: Page): boolean {
  if (generatorIn(page, signals.docsGenerators)) return true;
  if (!page.url) return false;
  const first = pathSegments(page.url)[0];
  if (first !== undefined && DOCS_PATH_WORDS.has(first)) return true;
  const label = page.url.hostname.toLowerCase().split(".")[0] ?? "";
  return DOCS_HOST_LABELS.has(label);
}

function* visibleHeadlines(doc: Document): Steps<number> {
  const due = checkpoints();
  let count = 0;
  const headlines = doc.querySelectorAll("h1");
  yield;
  for (const h1 of headlines) {
    if (!h1.closest("[hidden]")) count++;
    if (due()) yield;
  }
  return count;
}

interface Signal {
  code: string;
  text: string;
  weight: number;
}

function* evaluate(page: Page): Steps<Signal[]> {
  const { doc, types, metas, url } = page;
  const fired: Signal[] = [];
  const add = (on: boolean, code: string, weight: number, text: string) => {
    if (on) fired.push({ code, weight, text });
  };

  const newsType = [...types].find((t) => NEWS_TYPES.has(t));
  add(newsType !== undefined, "schema-newsarticle", W.newsType, `schema.org ${newsType} markup`);
  const articleType = !newsType && hasAny(types, ARTICLE_TYPES);
  const withPublisher = articleType && articleHasPublisher(page);
  add(
    withPublisher,
    "schema-article-publisher",
    W.articleWithPublisher,
    "schema.org Article with a publisher",
  );
  add(articleType && !withPublisher, "schema-article", W.articleType, "schema.org Article markup");
  add(metas.has("news_keywords"), "news-keywords", W.newsKeywords, "news_keywords meta tag");

  const ogType = metas.get("og:type")?.toLowerCase();
  add(ogType === "article", "og-article", W.ogArticle, "Open Graph type article");
  add(ogType === "website", "og-website", W.ogWebsite, "Open Graph type website");
  add(
    ogType !== undefined && ogType !== "article" && ogType !== "website",
    "og-other",
    W.ogOther,
    `Open Graph type ${ogType}`,
  );
  add(
    metas.has("article:section") || page.ld.some((n) => isArticleNode(n) && n.articleSection),
    "article-section",
    W.section,
    "news section in metadata",
  );

  const publishedMeta = hasPublishedMeta(page);
  const around = neighbourhood(page.headline);
  yield;
  const stamp = around.find(looksLikeDate);
  const dateline = stamp !== undefined;
  add(publishedMeta, "published-date", W.publishedMeta, "publication date in metadata");
  add(dateline, "dateline", W.dateline, "date shown by the headline");
  add(
    stamp !== undefined && TIME_OF_DAY.test(stamp.textContent ?? ""),
    "time-of-day",
    W.timeOfDay,
    "publication time of day shown",
  );
  add(!publishedMeta && !dateline, "no-date", W.noDate, "no publication date");

  const segments = pathSegments(url);
  const front = isFrontUrl(url);
  add(url !== null && URL_DATE.test(url.pathname), "url-date", W.urlDate, "date in the URL");
  add(
    !front && segments.slice(0, -1).some((s) => NEWS_PATH_WORDS.has(s)),
    "url-news-path",
    W.urlNewsPath,
    "URL in a news section",
  );
  add(front, "url-front", W.front, "home page or section front URL");

  yield;
  const readerable = isProbablyReaderable(doc);
  yield;
  add(readerable, "readerable", W.readerable, "Readability finds article text");
  add(!readerable, "not-readerable", W.notReaderable, "too little article text");
  add(
    doc.getElementsByTagName("article").length > 0 || page.itemprops.has("articleBody"),
    "article-element",
    W.articleElement,
    "article element in the page",
  );
  const headlines = yield* visibleHeadlines(doc);
  add(
    page.headline !== null && headlines <= 2,
    "headline",
    W.headline,
    "headline matches the page title",
  );
  add(
    page.titles.some((t) => HOW_TO.some((p) => t.startsWith(p))),
    "how-to",
    W.howTo,
    "how-to guide title",
  );
  add(headlines > 3, "many-headlines", W.manyHeadlines, "many top-level headings");
  add(
    around.some(looksLikeByline) || metas.has("author") || metas.has("article:author"),
    "byline",
    W.byline,
    "author byline",
  );

  const nonNews = [...types].find((t) => NON_NEWS_TYPES.has(t));
  const articleFamily = newsType !== undefined || articleType || hasAny(types, BLOG_TYPES);
  add(
    nonNews !== undefined && !newsType,
    "schema-not-news",
    W.nonNewsType,
    `schema.org ${nonNews} markup`,
  );
  add(
    !articleFamily && hasAny(types, SITE_TYPES),
    "schema-site",
    W.siteType,
    "schema.org site or listing page",
  );
  add(isBlog(page), "blog", W.blog, "blog markers");
  add(isWiki(page), "wiki", W.wiki, "wiki page");
  add(isDocs(page), "docs", W.docs, "documentation page");
  return fired;
}

/**
 * Decides whether a page is a news article from its metadata and structure. A pure function of the
 * document (and its URL), cheap enough for every page load: no cloning, no layout reads.
 */
export function detectNews(doc: Document, url?: string): NewsVerdict {
  return runSteps(detectNewsSteps(doc, url));
}

/** detectNews() as a walk that pauses at checkpoints (see steps.ts). */
export function* detectNewsSteps(doc: Document, url?: string): Steps<NewsVerdict> {
  const ld = yield* jsonLdNodesSteps(doc);
  const metas = metaValues(doc);
  const titles = pageTitles(doc, metas);
  yield;
  const microdata = yield* microdataTypes(doc);
  const page: Page = {
    doc,
    url: pageUrl(doc, url),
    ld,
    types: new Set([...ld.flatMap(schemaTypes), ...microdata]),
    itemprops: yield* collectItemprops(doc),
    microdataTypes: microdata,
    metas,
    headline: yield* findHeadlineSteps(doc, titles),
    titles,
  };
  const reasons = (yield* evaluate(page)).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const score = Math.round(reasons.reduce((sum, r) => sum + r.weight, 0) * 10) / 10;
  return { isNews: score >= NEWS_THRESHOLD, score, reasons };
}
