import { checkpoints, type Steps, textUnits } from "../page/steps";
import { nextNode } from "../page/work";

/**
 * How many characters of text `root` holds (what root.textContent.length gives), counted without
 * building that string (a 5 MB text node would cost a 5 MB copy in one task), and stopping as soon
 * as the count passes `limit`.
 */
export function* textLengthSteps(root: Node, limit: number): Steps<number> {
  const due = checkpoints();
  let length = 0;
  for (let n = nextNode(root, root); n && length <= limit; n = nextNode(n, root)) {
    const chars = n.nodeType === 3 ? (n as Text).length : 0;
    length += chars;
    if (due(textUnits(chars))) yield;
  }
  return length;
}
