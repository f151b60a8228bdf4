import signals from "./news-signals.json";
import { checkpoints, runSteps, type Steps } from "./steps";
import { pageWork } from "./work";

/**
 * Readability's reader-view pre-check (isProbablyReaderable, as Firefox runs it) in one walk:
 * every <p>, <pre>, <article> and <div> holding a <br> whose text is long enough adds
 * sqrt(length - 140); the page is readerable past a score of 20. Readability reads each
 * candidate's textContent, which is quadratic on nested <pre>; here text lengths are summed up
 * the tree as the walk closes each element. One difference, on purpose: letters of scripts that
 * pack a word into one or two characters (Chinese, Japanese, Korean) count as several.
 */

const MIN_LENGTH = 140;
const MIN_SCORE = 20;
/** A news brief: a few paragraphs too short for the reader view, but prose all the same. */
const BRIEF_PARAGRAPH = 80;
const BRIEF_TOTAL = 300;
const CANDIDATE_TAGS = new Set(["p", "pre", "article"]);
const UNLIKELY = new RegExp(signals.readerable.unlikelyCandidates.join("|"), "i");
const MAYBE = new RegExp(signals.readerable.okMaybeItsACandidate.join("|"), "i");
const DENSE = signals.readerable.denseScripts.map(
  (s) => [new RegExp(`\\p{Script=${s.script}}`, "u"), s.weight] as const,
);

/** Text length with whitespace runs counted once and dense scripts weighted. */
function weightedLength(data: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      if (!space) length++;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x2e80) {
      length++;
      continue;
    }
    const ch = data[i] as string;
    const dense = DENSE.find(([re]) => re.test(ch));
    length += dense ? dense[1] : 1;
  }
  return length;
}

function visible(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return false;
  return !/(?:^|;)\s*display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

function likely(el: Element): boolean {
  const marks = `${el.getAttribute("class") ?? ""} ${el.id}`;
  return !UNLIKELY.test(marks) || MAYBE.test(marks);
}

export type ReaderText = "enough" | "short" | "none";

/** Whether the page has reader-view text ("enough"), a brief's few short paragraphs, or neither. */
export function readerText(doc: Document): ReaderText {
  return runSteps(readerTextSteps(doc));
}

/** readerText() as a walk that pauses at checkpoints (see steps.ts). */
export function* readerTextSteps(doc: Document): Steps<ReaderText> {
  const due = checkpoints();
  const root = doc.body ?? doc.documentElement;
  if (!root) return "none";
  let brief = 0;
  // Per open element: its text length so far and whether it has a <br> child.
  const open: { el: Element; length: number; br: boolean }[] = [];
  let lists = 0;
  let score = 0;
  const close = (): void => {
    const top = open.pop();
    if (!top) return;
    const { el, length } = top;
    const parent = open[open.length - 1];
    if (parent) parent.length += length;
    if (el.localName === "li") lists--;
    const tag = el.localName;
    const candidate = CANDIDATE_TAGS.has(tag) || (tag === "div" && top.br);
    if (!candidate || length < BRIEF_PARAGRAPH) return;
    if (tag === "p" && lists > 0) return;
    if (!visible(el) || !likely(el)) return;
    if (tag === "p") brief += length;
    if (length >= MIN_LENGTH) score += Math.sqrt(length - MIN_LENGTH);
  };
  let node: Node | null = root.firstChild;
  while (node && score <= MIN_SCORE) {
    pageWork.visited++;
    if (due()) yield;
    let enter = false;
    if (node.nodeType === 3) {
      const top = open[open.length - 1];
      if (top) top.length += weightedLength((node as Text).data);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === "br") {
        const top = open[open.length - 1];
        if (top) top.br = true;
      } else if (el.localName !== "script" && el.localName !== "style") {
        open.push({ el, length: 0, br: false });
        if (el.localName === "li") lists++;
        enter = el.firstChild !== null;
        if (!enter) close();
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Close every element the walk leaves on its way to the next node.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) close();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  while (open.length > 0 && score <= MIN_SCORE) close();
  if (score > MIN_SCORE) return "enough";
  return brief >= BRIEF_TOTAL ? "short" : "none";
}
