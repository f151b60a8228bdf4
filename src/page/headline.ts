import { metaValues } from "./meta";
import signals from "./news-signals.json";
import { checkpoints, runSteps, type Steps } from "./steps";
import { boundedText, nextNode, pageWork } from "./work";

/** Titles and headlines are short: longer text is cut, which bounds every comparison below. */
const MAX_TEXT = 300;
/** Headings compared with the title at most: a page with more has no single headline anyway. */
const MAX_HEADINGS = 200;
/** Share of a heading's words the title must repeat when it does not contain the heading whole. */
const MIN_SHARED = 0.6;
const MIN_WORDS = 3;

function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim().toLowerCase().slice(0, MAX_TEXT);
}

/** The page's titles (document, Open Graph, Twitter), whitespace-collapsed and lower case. */
export function pageTitles(doc: Document, metas = metaValues(doc)): string[] {
  return [doc.title, metas.get("og:title"), metas.get("twitter:title")].map(squash).filter(Boolean);
}

/**
 * The longest part of each title between separators: "Story - Site name" -> "story", so a site
 * name in an <h1> does not pass for the headline.
 */
function headlineParts(titles: string[]): string[] {
  return titles.map((title) => {
    let parts = [title];
    for (const sep of signals.titleSeparators) parts = parts.flatMap((p) => p.split(sep));
    return parts.reduce((a, b) => (b.length > a.length ? b : a), "");
  });
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A link to the site's home page: what a logo in a heading is. */
function linksHome(el: Element): boolean {
  let budget = MAX_TEXT;
  for (let n = nextNode(el, el); n && budget > 0; n = nextNode(n, el), budget--) {
    pageWork.visited++;
    if (n.nodeType === 1 && (n as Element).localName === "a") {
      const href = (n as Element).getAttribute("href")?.trim() ?? "";
      if (/^(?:\.?\/|(?:https?:)?\/\/[^/]+\/?)$/.test(href)) return true;
    }
  }
  return false;
}

function headings(doc: Document, tag: string): Element[] {
  const list = doc.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0; i < list.length && i < MAX_HEADINGS; i++) out.push(list[i] as Element);
  return out;
}

const HEADING_MARKS = new Set(signals.headingMarkWords);

/** Elements (not <header>) whose class names a headline or heading, at most MAX_HEADINGS. */
function markedHeadings(doc: Document): Element[] {
  const out: Element[] = [];
  for (const el of doc.querySelectorAll('[class*="head"],[class*="Head"]')) {
    pageWork.visited++;
    if (out.length >= MAX_HEADINGS) break;
    if (el.localName === "header") continue;
    const marks = (el.getAttribute("class") ?? "")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase();
    if (marks.split(/[^a-z0-9]+/).some((w) => HEADING_MARKS.has(w))) out.push(el);
  }
  return out;
}

/**
 * The article's headline: an <h1> whose text the page title repeats; else an <h1> or <h2> most of
 * whose words the title repeats (sites reword the headline in the title), else an element marked as
 * a headline that way. A logo or site name in an <h1> (fiction archives, docs) is not a headline.
 */
export function findHeadline(doc: Document, titles?: string[]): Element | null {
  return runSteps(findHeadlineSteps(doc, titles));
}

/** findHeadline() as a walk that pauses at checkpoints (see steps.ts). */
export function* findHeadlineSteps(doc: Document, titles = pageTitles(doc)): Steps<Element | null> {
  const due = checkpoints();
  const h1s = headings(doc, "h1").map((el) => ({ el, text: squash(boundedText(el, MAX_TEXT)) }));
  yield;
  // The longest <h1> the title repeats whole: a site name ("NewsObserver.com") is repeated too.
  let repeated: { el: Element; text: string } | null = null;
  for (const h of h1s) {
    if (h.text.length >= 10 && h.text.length > (repeated?.text.length ?? 0))
      if (titles.some((t) => t.includes(h.text))) repeated = h;
    if (due()) yield;
  }
  if (repeated) return repeated.el;
  const titleWords = new Set(headlineParts(titles).flatMap(words));
  const candidates = [
    ...h1s,
    ...headings(doc, "h2").map((el) => ({ el, text: squash(boundedText(el, MAX_TEXT)) })),
  ];
  // Last, an element its markup calls the headline (<div class="stry_heading">): old templates.
  for (const el of markedHeadings(doc))
    candidates.push({ el, text: squash(boundedText(el, MAX_TEXT)) });
  yield;
  for (const { el, text } of candidates) {
    pageWork.visited++;
    if (due()) yield;
    const own = words(text);
    if (own.length < MIN_WORDS || linksHome(el)) continue;
    const shared = own.filter((w) => titleWords.has(w)).length;
    if (shared / own.length >= MIN_SHARED) return el;
  }
  return null;
}
