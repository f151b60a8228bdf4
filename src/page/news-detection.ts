import { normalize } from "../core/normalize";
import { findHeadlineSteps, pageTitles } from "./headline";
import { type JsonLdNode, jsonLdNodesSteps, schemaTypes, shortType } from "./json-ld";
import { metaValues } from "./meta";
import type { NewsReason } from "./news-reason";
import signals from "./news-signals.json";
import type { NewsVerdict } from "./news-verdict";
import { pageUrl } from "./page-url";
import { readerTextSteps } from "./readerable";
import { checkpoints, NODES_PER_STEP, runSteps, type Steps } from "./steps";
import { boundedText, nextNode, pageWork } from "./work";

// Types only: the content script runs detection and must not evaluate zod (news-verdict.ts).
export type { NewsReason } from "./news-reason";
export type { NewsVerdict } from "./news-verdict";

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
  reportedSpeech: 1,
  placeDateline: 1,
  notReaderable: -3,
  shortText: -1,
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
  media: -3,
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
const MONTHS = new Set(signals.monthWords);
const MEDIA_WORDS = new Set(signals.mediaTitleWords);
const DATE_TEXT_WORDS = new Set(signals.dateTextWords);
/** Cues of reported speech in the languages the detector reads; folded as the engine folds text. */
const SPEECH_WORDS = new Set(
  signals.reportedSpeechWords.map((w) => textWords(normalize(w).text).join(" ")),
);
/** Arabic writes "and" and "so" on the word: «وقال», «فأضاف». */
const PROCLITIC = /^[وف](?=\p{Script=Arabic}{2})/u;
/** The longest reported-speech cue, in words: cues are looked up by every run of words this long. */
const SPEECH_SPAN = Math.max(...[...SPEECH_WORDS].map((w) => w.split(" ").length));
const AGENCIES = new Set(signals.agencyCredits);
const BYLINE_LEADS = new Set(signals.bylineLeadWords);

/** How many elements around the headline are inspected for a date and a byline. */
const NEIGHBOURHOOD = 400;
/** A year in Western, Arabic-Indic or Persian digits. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)|(?:١٩|٢٠)[٠-٩]{2}|(?:۱۹|۲۰)[۰-۹]{2}/;
/** A clock time next to a date ("07:17", "١٢:٤٦") marks a news timestamp rather than a post date. */
const TIME_OF_DAY = /(?:^|\D)(?:[01]?\d|2[0-3]):[0-5]\d(?:\D|$)|[٠-٩]{1,2}:[٠-٥][٠-٩]/;
/** A date in digits only, the year possibly in two ("05.15.13", "7/18/2013"): a stamp with a clock time. */
const NUMERIC_DATE = /(?:^|\D)\d{1,2}[./-]\d{1,2}[./-](?:\d\d){1,2}(?:\D|$)/;
/** A machine-readable date in an attribute (hAtom's <abbr title="2010-08-31T04:21:56-0700">). */
const ISO_DATE = /^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d|\s*$)/;
const URL_DATE =
  /(?:^|\/)(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?(?:\/|-|$)/;

/** A date stamp is short: this much of an element's text is read, never more. */
const STAMP_TEXT = 100;

/** Lower-case words of class and id attributes ("pubTime news_datum" -> pub, time, news, datum). */
function markWords(el: Element): string[] {
  const marks = `${el.getAttribute("class") ?? ""} ${el.id}`.replace(/([a-z])([A-Z])/g, "$1 $2");
  return marks
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
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

/** A page's only <h1> when its markup calls it the headline (class "articleHeadline", itemprop). */
function markedHeadline(doc: Document): Element | undefined {
  const h1s = doc.getElementsByTagName("h1");
  const only = h1s.length === 1 ? h1s[0] : undefined;
  if (!only) return undefined;
  const props = (only.getAttribute("itemprop") ?? "").split(/\s+/);
  return props.includes("headline") || markWords(only).includes("headline") ? only : undefined;
}

/**
 * The first elements (document order) under the headline's grandparent, without listing them all.
 * Without a headline (one reworded in the title), an <h1> marked as the headline stands in for
 * it, else the page's first <article>.
 */
function neighbourhood(doc: Document, headline: Element | null): Element[] {
  const anchor = headline ?? markedHeadline(doc) ?? doc.getElementsByTagName("article")[0];
  const region = anchor?.parentElement?.parentElement ?? anchor?.parentElement;
  const found: Element[] = [];
  if (!region) return found;
  for (let n = nextNode(region, region); n && found.length < NEIGHBOURHOOD; ) {
    pageWork.visited++;
    if (n.nodeType === 1) found.push(n as Element);
    n = nextNode(n, region, n.nodeType !== 1);
  }
  return found;
}

/** Words of a short text: "Aug 18th 2010 7:30PM" -> aug, 18th, 2010, 7, 30pm. */
function textWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function looksLikeDate(el: Element): boolean {
  if (el.localName === "time" && el.hasAttribute("datetime")) return true;
  // Only small elements: a date stamp, not a wrapper whose text would be costly to read.
  if (el.childElementCount > 4) return false;
  const marked = el.localName === "time" || markWords(el).some((w) => DATE_MARKS.has(w));
  const text = boundedText(el, STAMP_TEXT + 1);
  if (text.length > STAMP_TEXT) return false;
  if (ISO_DATE.test(el.getAttribute("title") ?? "") && text.trim() !== "") return true;
  const clock = TIME_OF_DAY.test(text);
  // A short text of digits and a clock time ("05.15.13, 22:47") is a timestamp whatever its year.
  if (clock && text.length <= 40 && NUMERIC_DATE.test(text)) return true;
  const words = textWords(text);
  const month = words.some((w) => MONTHS.has(w));
  // A month, a day and a clock time without the year ("Tue Aug 31, 7:21 am ET") is this year's.
  if (!YEAR.test(text)) return clock && month && text.length <= 40 && /\d/.test(text);
  if (marked) return true;
  // Unmarked, a stamp names a month next to its year ("By Jun. 6, 2013 5:16 pm"), and is either
  // short or says what the date is ("Published : Thursday, 18 Jul 2013, 3:05 PM EDT").
  if (!month) return false;
  return text.length <= 60 || words.some((w) => DATE_TEXT_WORDS.has(w));
}

function looksLikeByline(el: Element): boolean {
  if (/\bauthor\b/.test(el.getAttribute("rel") ?? "")) return true;
  if (/\bauthor\b/.test(el.getAttribute("itemprop") ?? "")) return true;
  return markWords(el).some((w) => BYLINE_MARKS.has(w));
}

/**
 * A byline written out ("By Jane Smith", "par Jean Dupont", "بقلم سامي علي"): a short text led by
 * the word for "by" and a name, capitalised where the script has capitals.
 */
function looksLikeTextByline(el: Element): boolean {
  if (el.childElementCount > 3) return false;
  const text = boundedText(el, BYLINE_TEXT + 1);
  if (text.length > BYLINE_TEXT) return false;
  const [lead, name] = text.split(/[\s:]+/);
  if (lead === undefined || name === undefined || !BYLINE_LEADS.has(lead.toLowerCase()))
    return false;
  return /^\p{Lu}/u.test(name) || /^\p{Lo}/u.test(name);
}

/** Paragraphs read for the text signals, and how much of each. */
const PROSE_PARAGRAPHS = 60;
const PARAGRAPH_TEXT = 600;
/** A paragraph of prose rather than a caption, a link or a label. */
const PROSE_LENGTH = 80;
/** A byline is a name or two after "By"; longer text is a sentence. */
const BYLINE_TEXT = 50;
/** Reporting quotes its sources: this many paragraphs with a speech cue, and this share of all. */
const SPEECH_PARAGRAPHS = 3;
const SPEECH_SHARE = 0.25;
/** A place dateline opens one of the first paragraphs; an agency's credit may open any. */
const DATELINE_PARAGRAPHS = 3;

/** A place in capitals, maybe a date, then a dash: "KIROV, Russia —", "MIAMI --". */
const CAPS_DATELINE = /^\p{Lu}{3,}[\p{Lu} .'’-]*(?:,[^—–()]{1,30})?\s*(?:--|[—–-])\s/u;
/** An Arabic place of a word or two, then a dash: "القاهرة - ", "بيروت ـ". */
const ARABIC_DATELINE = /^\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?\s*(?:--|[-—–ـ]+)\s/u;
/** A place and date, then an agency's credit in brackets: "BAGHDAD (Reuters) -", "بيروت (رويترز) -". */
const CREDIT_DATELINE = /^[^()]{2,40}\(([^)]{1,30})\)\s*(?:--|[-—–ـ:]+)/u;

/** The dateline opening a paragraph ("LONDON, June 5 (Reuters) -"), if one does. */
function datelineOf(text: string, first: boolean): string | undefined {
  if (first) {
    const place = CAPS_DATELINE.exec(text) ?? ARABIC_DATELINE.exec(text);
    if (place) return place[0];
  }
  const credit = CREDIT_DATELINE.exec(text);
  return credit && AGENCIES.has((credit[1] as string).trim().toLowerCase()) ? credit[0] : undefined;
}

/** A dateline that gives the day ("LONDON, June 5 (Reuters) -") shows the story's date. */
function isDated(dateline: string): boolean {
  return /\d/.test(dateline) && textWords(dateline).some((w) => MONTHS.has(w));
}

function hasSpeechCue(text: string): boolean {
  const words = textWords(normalize(text).text).map((w) =>
    SPEECH_WORDS.has(w) ? w : w.replace(PROCLITIC, ""),
  );
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= SPEECH_SPAN && i + n <= words.length; n++)
      if (SPEECH_WORDS.has(words.slice(i, i + n).join(" "))) return true;
  return false;
}

interface ProseSignals {
  /** Paragraphs quoting or citing someone ("said", "according to", "قال"). */
  speech: number;
  paragraphs: number;
  dateline: boolean;
  /** The dateline gives the day. */
  dated: boolean;
}

/** Reads the page's first paragraphs of prose for the marks of reporting. */
function* proseSignals(doc: Document): Steps<ProseSignals> {
  const due = checkpoints();
  const found: ProseSignals = { speech: 0, paragraphs: 0, dateline: false, dated: false };
  const ps = doc.getElementsByTagName("p");
  for (let i = 0; i < ps.length && i < PROSE_PARAGRAPHS; i++) {
    const text = boundedText(ps[i] as Element, PARAGRAPH_TEXT);
    if (text.length < PROSE_LENGTH) continue;
    const dateline = found.dateline
      ? undefined
      : datelineOf(text, found.paragraphs < DATELINE_PARAGRAPHS);
    if (dateline !== undefined) {
      found.dateline = true;
      found.dated = isDated(dateline);
    }
    found.paragraphs++;
    if (hasSpeechCue(text)) found.speech++;
    // A paragraph read, folded and scanned for cues is hundreds of nodes' worth of work: at 4x
    // throttling, 60 of them between two checkpoints made a task of 55-65 ms.
    if (due(NODES_PER_STEP)) yield;
  }
  return found;
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

/** Counting stops here: the signals only ask whether there are more than three. */
const HEADLINE_COUNT_LIMIT = 4;

/**
 * Top-level headings outside hidden subtrees. Each element's hiddenness is remembered, so many
 * <h1> under one deep chain cost that chain once.
 */
function* visibleHeadlines(doc: Document): Steps<number> {
  const due = checkpoints();
  const hidden = new Map<Element, boolean>();
  const isHidden = (start: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      pageWork.visited++;
      const known = hidden.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(el);
      if (el.hasAttribute("hidden")) {
        result = true;
        break;
      }
    }
    for (const el of chain) hidden.set(el, result);
    return result;
  };
  let count = 0;
  const h1s = doc.getElementsByTagName("h1");
  for (let i = 0; i < h1s.length && count < HEADLINE_COUNT_LIMIT; i++) {
    if (!isHidden(h1s[i] as Element)) count++;
    if (due()) yield;
  }
  return count;
}

function* evaluate(page: Page): Steps<NewsReason[]> {
  const { doc, types, metas, url } = page;
  const fired: NewsReason[] = [];
  const add = (on: boolean, code: string, weight: number, text: string, detail?: string) => {
    if (!on) return;
    const polarity = weight > 0 ? "for" : "against";
    fired.push({ code, weight, text, polarity, ...(detail !== undefined ? { detail } : {}) });
  };

  const newsType = [...types].find((t) => NEWS_TYPES.has(t));
  add(
    newsType !== undefined,
    "schema-newsarticle",
    W.newsType,
    `schema.org ${newsType} markup`,
    newsType,
  );
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
    ogType,
  );
  add(
    metas.has("article:section") || page.ld.some((n) => isArticleNode(n) && n.articleSection),
    "article-section",
    W.section,
    "news section in metadata",
  );

  const publishedMeta = hasPublishedMeta(page);
  const around = neighbourhood(doc, page.headline);
  yield;
  const stamp = around.find(looksLikeDate);
  const dateline = stamp !== undefined;
  const urlDate = url !== null && URL_DATE.test(url.pathname);
  add(publishedMeta, "published-date", W.publishedMeta, "publication date in metadata");
  add(dateline, "dateline", W.dateline, "date shown by the headline");
  add(
    stamp !== undefined && TIME_OF_DAY.test(boundedText(stamp, STAMP_TEXT)),
    "time-of-day",
    W.timeOfDay,
    "publication time of day shown",
  );
  yield;
  const prose = yield* proseSignals(doc);
  add(
    !publishedMeta && !dateline && !urlDate && !prose.dated,
    "no-date",
    W.noDate,
    "no publication date",
  );

  const segments = pathSegments(url);
  const front = isFrontUrl(url);
  add(urlDate, "url-date", W.urlDate, "date in the URL");
  add(
    !front && segments.slice(0, -1).some((s) => NEWS_PATH_WORDS.has(s)),
    "url-news-path",
    W.urlNewsPath,
    "URL in a news section",
  );
  add(front, "url-front", W.front, "home page or section front URL");

  yield;
  const text = yield* readerTextSteps(doc);
  add(text === "enough", "readerable", W.readerable, "enough article text to read");
  add(text === "short", "short-text", W.shortText, "short article text");
  add(text === "none", "not-readerable", W.notReaderable, "too little article text");
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
  add(
    page.titles.some((t) => textWords(t).some((w) => MEDIA_WORDS.has(w))),
    "media-episode",
    W.media,
    "podcast or episode page",
  );
  add(headlines > 3, "many-headlines", W.manyHeadlines, "many top-level headings");
  // Each element's text is a walk of up to twice BYLINE_TEXT nodes: counted, with checkpoints.
  let textByline = false;
  const bylineDue = checkpoints();
  for (const el of around) {
    if (looksLikeTextByline(el)) {
      textByline = true;
      break;
    }
    if (bylineDue(2 * BYLINE_TEXT)) yield;
  }
  add(
    around.some(looksLikeByline) ||
      textByline ||
      metas.has("author") ||
      metas.has("article:author"),
    "byline",
    W.byline,
    "author byline",
  );

  add(
    prose.speech >= SPEECH_PARAGRAPHS && prose.speech >= SPEECH_SHARE * prose.paragraphs,
    "reported-speech",
    W.reportedSpeech,
    "paragraphs quote or cite sources",
  );
  add(prose.dateline, "place-dateline", W.placeDateline, "story opens with a place dateline");

  const nonNews = [...types].find((t) => NON_NEWS_TYPES.has(t));
  const articleFamily = newsType !== undefined || articleType || hasAny(types, BLOG_TYPES);
  add(
    nonNews !== undefined && !newsType,
    "schema-not-news",
    W.nonNewsType,
    `schema.org ${nonNews} markup`,
    nonNews,
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
