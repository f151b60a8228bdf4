/**
 * Nodes visited by the page walks (news detection, article root, visible text), summed since the
 * last reset. The tests bound the work per node of hostile pages with it: jsdom's own DOM calls
 * are superlinear on some shapes, so timing them would measure jsdom, not this code.
 */
export const pageWork = { visited: 0 };

export function resetPageWork(): void {
  pageWork.visited = 0;
}

/** Document-order successor of `node` inside `root`, skipping `node`'s subtree when `skip`. */
export function nextNode(node: Node, root: Node, skip = false): Node | null {
  if (!skip && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

/**
 * At most `max` characters of an element's text, whitespace collapsed, read by a walk that stops
 * there: a heading or a date stamp is short, so a huge subtree never costs more than `max` nodes.
 */
export function boundedText(el: Element, max: number): string {
  let text = "";
  let budget = max * 2;
  for (let n = nextNode(el, el); n && text.length < max && budget > 0; n = nextNode(n, el)) {
    pageWork.visited++;
    budget--;
    if (n.nodeType === 3) text += (n as Text).data.slice(0, max);
  }
  return text.replace(/\s+/g, " ").trim().slice(0, max);
}
