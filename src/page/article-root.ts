import { findHeadlineSteps } from "./headline";
import { checkpoints, runSteps, type Steps, textUnits } from "./steps";
import { isExcluded } from "./visible-text";

/**
 * Picks the element that holds the article body, without mutating or cloning the document.
 *
 * Like Readability, paragraphs vote for their parent (full weight) and grandparent (half); the
 * winner is then widened to its closest <article> / articleBody container, or to the common
 * ancestor with the headline when that is close, so the headline and split body blocks come along.
 */

/** Paragraphs shorter than this are captions, bylines or buttons, not body text. */
const MIN_PARAGRAPH = 25;
/** How many levels above the winner the headline's common ancestor may be. */
const HEADLINE_REACH = 3;

const ARTICLE_CONTAINER = 'article, [itemprop~="articleBody"], [role="article"]';

/** Memoised "is this element or one of its ancestors (below body) excluded" test. */
function exclusionTest(body: Element): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (start: Element) => {
    const chain: Element[] = [];
    let el: Element | null = start;
    let result = false;
    while (el && el !== body) {
      const cached = known.get(el);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(el);
      if (isExcluded(el)) {
        result = true;
        break;
      }
      el = el.parentElement;
    }
    // Every element scanned lies below the one that decided, so it shares that result.
    for (const item of chain) known.set(item, result);
    return result;
  };
}

interface Paragraph {
  el: Element;
  length: number;
}

function insideParagraph(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.localName === "p" || p.localName === "pre") return true;
  }
  return false;
}

function* paragraphs(body: Element): Steps<Paragraph[]> {
  const due = checkpoints();
  const excluded = exclusionTest(body);
  const found: Paragraph[] = [];
  const candidates = body.querySelectorAll("p, pre");
  yield;
  for (const el of candidates) {
    if (due()) yield;
    if (insideParagraph(el)) continue;
    const length = (el.textContent ?? "").trim().length;
    if (due(textUnits(length))) yield;
    if (length < MIN_PARAGRAPH || excluded(el)) continue;
    found.push({ el, length });
  }
  return found;
}

function* bestContainer(found: Paragraph[]): Steps<Element | null> {
  const due = checkpoints();
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const { el, length } of found) {
    const weight = 1 + Math.min(3, length / 100);
    const parent = el.parentElement;
    const targets: [Element | null, number][] = [
      [parent, weight],
      [parent?.parentElement ?? null, weight / 2],
    ];
    for (const [target, amount] of targets) {
      if (!target) continue;
      const score = (scores.get(target) ?? 0) + amount;
      scores.set(target, score);
      if (score > bestScore) {
        bestScore = score;
        best = target;
      }
    }
    if (due()) yield;
  }
  return best;
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

function commonAncestor(a: Element, b: Element): Element | null {
  let x: Element | null = a;
  let y: Element | null = b;
  let dx = depth(a);
  let dy = depth(b);
  while (x && dx > dy) {
    x = x.parentElement;
    dx--;
  }
  while (y && dy > dx) {
    y = y.parentElement;
    dy--;
  }
  while (x && y && x !== y) {
    x = x.parentElement;
    y = y.parentElement;
  }
  return x && x === y ? x : null;
}

function* withHeadline(root: Element, body: Element): Steps<Element> {
  const doc = root.ownerDocument;
  const headline = (yield* findHeadlineSteps(doc)) ?? doc.getElementsByTagName("h1")[0];
  if (!headline || root.contains(headline) || !body.contains(headline)) return root;
  const shared = commonAncestor(root, headline);
  if (!shared || shared === body || shared === body.parentElement) return root;
  return depth(root) - depth(shared) <= HEADLINE_REACH ? shared : root;
}

/** The element whose text is the article, or the body when the page has no clear article. */
export function findArticleRoot(doc: Document): Element {
  return runSteps(findArticleRootSteps(doc));
}

/** findArticleRoot() as a walk that pauses at checkpoints (see steps.ts). */
export function* findArticleRootSteps(doc: Document): Steps<Element> {
  const body = doc.body ?? doc.documentElement;
  const best = yield* bestContainer(yield* paragraphs(body));
  if (!best) return body.querySelector(ARTICLE_CONTAINER) ?? body.querySelector("main") ?? body;
  yield;
  // An <article> usually holds the headline too; articleBody markup holds the body only.
  const container = best.closest("article") ?? best.closest(ARTICLE_CONTAINER);
  if (container && body.contains(container)) return yield* withHeadline(container, body);
  return yield* withHeadline(best, body);
}
