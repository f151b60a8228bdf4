import { findArticleRootSteps } from "./article-root";
import { metaValues } from "./meta";
import { runSteps, type Steps } from "./steps";
import type { TextMap } from "./text-map";
import { visibleTextSteps } from "./visible-text";

export { rangeToOffsets, type TextMap, type TextSegment, toRange } from "./text-map";

export interface ArticleText {
  /** Rendered-like text: blocks separated by "\n\n", <br> by "\n", whitespace runs collapsed. */
  text: string;
  root: Element;
  map: TextMap;
  dir: "rtl" | "ltr";
  lang?: string;
  title?: string;
}

/** Characters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const RTL_CHAR = /[\u0590-\u07ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
/** Enough text to tell the script apart without scanning a huge page. */
const DIRECTION_SAMPLE = 4000;

function direction(root: Element, text: string): "rtl" | "ltr" {
  const declared = root.closest("[dir]")?.getAttribute("dir")?.toLowerCase();
  if (declared === "rtl" || declared === "ltr") return declared;
  const sample = text.slice(0, DIRECTION_SAMPLE);
  const rtl = sample.match(RTL_CHAR)?.length ?? 0;
  const ltr = sample.match(LTR_CHAR)?.length ?? 0;
  return rtl > ltr ? "rtl" : "ltr";
}

function squash(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

function articleTitle(root: Element): string | undefined {
  const doc = root.ownerDocument;
  return (
    squash(root.getElementsByTagName("h1")[0]?.textContent) ??
    squash(metaValues(doc).get("og:title")) ??
    squash(doc.title)
  );
}

/** Text, offset map and reading context of one subtree (also used to re-extract a changed one). */
export function extractFromRoot(root: Element): ArticleText {
  return runSteps(extractFromRootSteps(root));
}

/** extractFromRoot() as a walk that pauses at checkpoints (see steps.ts). */
export function* extractFromRootSteps(root: Element): Steps<ArticleText> {
  const { text, map } = yield* visibleTextSteps(root);
  const lang = root.closest("[lang]")?.getAttribute("lang") || undefined;
  const title = articleTitle(root);
  return {
    text,
    root,
    map,
    dir: direction(root, text),
    ...(lang ? { lang } : {}),
    ...(title ? { title } : {}),
  };
}

/** The article body of a page: its text, the DOM map back to text nodes, direction and language. */
export function extractArticleText(doc: Document): ArticleText {
  return runSteps(extractArticleTextSteps(doc));
}

/** extractArticleText() as a walk that pauses at checkpoints (see steps.ts). */
export function* extractArticleTextSteps(doc: Document): Steps<ArticleText> {
  return yield* extractFromRootSteps(yield* findArticleRootSteps(doc));
}
