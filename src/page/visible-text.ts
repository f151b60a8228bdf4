import vocabulary from "./boilerplate.json";
import { isBoilerplateLine } from "./boilerplate-lines";
import { checkpoints, runSteps, type Steps, textUnits } from "./steps";
import { pushSegment, type TextMap, type TextSegment } from "./text-map";
import { pageWork } from "./work";

/**
 * Rendered-like text of a subtree, built by one iterative walk (deep nesting cannot overflow the
 * stack) without layout reads: visibility comes from attributes and tag names only.
 */

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "textarea",
  "input",
  "select",
  "button",
  "form",
  "nav",
  "footer",
  "aside",
  "dialog",
  "figcaption",
  "head",
  "title",
  "link",
  "meta",
]);

/** Elements that start a new paragraph in rendered text. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Table cells stay on one line per row, like rendered text copied from a table. */
const CELL_TAGS = new Set(["td", "th"]);

const HIDDEN_CLASSES = new Set(vocabulary.hiddenClasses);
/** Boilerplate blocks inside an article body (comment threads, share bars, related links, ads). */
const BOILERPLATE_WORDS = new Set(vocabulary.boilerplateWords);
/** Containers that name themselves as content keep their text despite a boilerplate word. */
const CONTENT_WORDS = new Set(vocabulary.contentWords);
/** Captions, credits, bylines: left out even inside a container that names itself as content. */
const ALWAYS_BOILERPLATE = new Set(vocabulary.alwaysBoilerplateWords);
const CONTENT_TAGS = new Set(["main", "article", "body"]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

export const HOST_ATTRIBUTE = "data-source-context-host";

/** True for an element whose subtree contributes no article text. */
export function isExcluded(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements in running text carry no attributes at all: skip the lookups below.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute("hidden") || el.hasAttribute(HOST_ATTRIBUTE)) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const style = el.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute("role");
  if (role === "navigation" || role === "complementary" || role === "contentinfo") return true;
  const classes = el.getAttribute("class");
  if (!classes && !el.id) return false;
  if (classes?.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()))) return true;
  if (CONTENT_TAGS.has(tag)) return false;
  // Word boundaries keep "commentary" or "shared" in: whole words of class and id only, camelCase
  // split ("relatedRail" -> related, rail).
  const words = `${classes ?? ""} ${el.id}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  if (words.some((w) => ALWAYS_BOILERPLATE.has(w))) return true;
  return words.some((w) => BOILERPLATE_WORDS.has(w)) && !words.some((w) => CONTENT_WORDS.has(w));
}

function isSpace(code: number): boolean {
  // HTML collapses ASCII whitespace only; U+00A0 and other spaces are content.
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** A list whose text is mostly link text is navigation or "read more" headlines, not the story. */
const LINK_LIST_DENSITY = 0.7;

/**
 * Lists (ul, ol) under `root` that are mostly links. One iterative pass that folds text lengths up
 * the tree, so the cost stays linear however deep the nesting.
 */
function* linkLists(root: Element): Steps<Set<Element>> {
  const due = checkpoints();
  const found = new Set<Element>();
  // Per open element: [text length, link text length].
  const totals: [number, number][] = [[0, 0]];
  const close = (el: Element) => {
    const [text, link] = totals.pop() as [number, number];
    const tag = el.localName;
    const linked = tag === "a" ? text : link;
    if ((tag === "ul" || tag === "ol") && text > 0 && linked / text >= LINK_LIST_DENSITY)
      found.add(el);
    const parent = totals[totals.length - 1] as [number, number];
    parent[0] += text;
    parent[1] += linked;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    pageWork.visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const top = totals[totals.length - 1] as [number, number];
      top[0] += (node as Text).data.trim().length;
    } else if (node.nodeType === 1 && !isExcluded(node as Element)) {
      totals.push([0, 0]);
      if (node.firstChild) descend = true;
      else close(node as Element);
    }
    if (due()) yield;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) close(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return found;
}

export interface VisibleText {
  text: string;
  map: TextMap;
}

/** Walks `root` in document order and returns its visible text with the offset map. */
export function visibleText(root: Element): VisibleText {
  return runSteps(visibleTextSteps(root));
}

/** visibleText() as a walk that pauses at checkpoints (see steps.ts). */
export function* visibleTextSteps(root: Element): Steps<VisibleText> {
  const due = checkpoints();
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // A collapsed whitespace run waiting for the next visible character (dropped before a break).
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  // Newlines owed before the next visible character: 1 after <br>, 2 between blocks.
  let breaks = 0;
  // A separator owed between table cells, which has no whitespace of its own in the DOM.
  let gap = false;
  // A subtree re-extracted from inside a <pre> keeps its whitespace too.
  let preDepth = root.closest("pre") ? 1 : 0;
  const lists = yield* linkLists(root);

  const emit = (node: Text, from: number, to: number) => {
    if (length > 0 && breaks > 0) {
      parts.push(breaks > 1 ? "\n\n" : "\n");
      length += breaks > 1 ? 2 : 1;
    } else if (length > 0 && spaceNode) {
      parts.push(" ");
      pushSegment(segments, length, spaceNode, spaceOffset, 1);
      length += 1;
    } else if (length > 0 && gap) {
      parts.push(" ");
      length += 1;
    }
    breaks = 0;
    gap = false;
    spaceNode = null;
    parts.push(node.data.slice(from, to));
    pushSegment(segments, length, node, from, to - from);
    length += to - from;
  };

  const onText = (node: Text) => {
    const data = node.data;
    if (preDepth > 0) {
      if (data.length > 0) emit(node, 0, data.length);
      return;
    }
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (!spaceNode) {
          spaceNode = node;
          spaceOffset = i;
        }
        i++;
        while (i < n && isSpace(data.charCodeAt(i))) i++;
      } else {
        const from = i;
        i++;
        // Words joined by single plain spaces need no collapsing: one run, one slice.
        while (i < n) {
          const code = data.charCodeAt(i);
          if (!isSpace(code)) i++;
          else if (code === 32 && i + 1 < n && !isSpace(data.charCodeAt(i + 1))) i += 2;
          else break;
        }
        emit(node, from, i);
      }
    }
  };

  // Where the current line (the text since the last block boundary) started, to drop it whole when
  // it turns out to be a caption, a credit or a "Read more" teaser.
  let lineParts = 0;
  let lineSegments = 0;
  let lineStart = 0;
  const endLine = () => {
    // The line's text is read only when it is short enough to be furniture.
    const size = length - lineStart;
    if (size > 0 && size <= vocabulary.maxLineLength + 2) {
      if (isBoilerplateLine(parts.slice(lineParts).join("").trim())) {
        parts.length = lineParts;
        segments.length = lineSegments;
        length = lineStart;
      }
    }
    lineParts = parts.length;
    lineSegments = segments.length;
    lineStart = length;
  };

  const enter = (el: Element) => {
    const tag = el.localName;
    if (tag === "br") {
      breaks = Math.min(2, breaks + 1);
      spaceNode = null;
    } else if (BLOCK_TAGS.has(tag)) {
      endLine();
      breaks = 2;
      if (tag === "pre") preDepth++;
    } else if (CELL_TAGS.has(tag)) {
      gap = true;
    }
  };

  const leave = (el: Element) => {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) {
      endLine();
      breaks = 2;
      if (tag === "pre") preDepth--;
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    pageWork.visited++;
    let descend = false;
    if (node.nodeType === 3) {
      onText(node as Text);
      if (due(textUnits((node as Text).length))) yield;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isExcluded(el) && !lists.has(el)) {
        enter(el);
        if (el.firstChild) descend = true;
        else leave(el);
      }
      if (due()) yield;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  endLine();
  return { text: parts.join(""), map: { segments, length } };
}
