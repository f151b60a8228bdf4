import { findHeadlineSteps } from "./headline";
import { checkpoints, runSteps, type Steps, textUnits } from "./steps";
import { isExcluded } from "./visible-text";
import { pageWork } from "./work";

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

interface Paragraph {
  el: Element;
  length: number;
}

/**
 * The outermost <p> and <pre> outside excluded subtrees (a form is not one here), with their text
 * length, from one walk: each text node is read once, however deeply paragraphs nest (nested <pre>
 * would make a textContent per paragraph quadratic), and excluded subtrees are never entered.
 */
function* paragraphs(body: Element): Steps<Paragraph[]> {
  const due = checkpoints();
  const found: Paragraph[] = [];
  let open: Element | null = null;
  let text = "";
  const close = (el: Element) => {
    if (el !== open) return;
    const length = text.trim().length;
    if (length >= MIN_PARAGRAPH) found.push({ el, length });
    open = null;
    text = "";
  };
  let node: Node | null = body.firstChild;
  while (node) {
    pageWork.visited++;
    let descend = false;
    if (node.nodeType === 3) {
      if (open) text += (node as Text).data;
      if (due(textUnits((node as Text).length))) yield;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      // A form can wrap a whole page (ASP.NET WebForms): its paragraphs still vote.
      if (el.localName === "form" || !isExcluded(el)) {
        if (!open && (el.localName === "p" || el.localName === "pre")) open = el;
        if (el.firstChild) descend = true;
        else close(el);
      }
      if (due()) yield;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== body && node.nodeType === 1) close(node as Element);
    }
    node = node && node !== body ? node.nextSibling : null;
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
