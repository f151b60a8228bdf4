import type { Allegation, Quote } from "../core/types";

/** One mark on the page: an engine finding tied to its live DOM Range. */
export type Finding =
  | { kind: "quote"; range: Range; item: Quote; language: "en" | "ar" }
  | { kind: "allegation"; range: Range; item: Allegation; language: "en" | "ar" };

/**
 * Document order, so keyboard stepping follows the reading order. The article text follows
 * document order, so its offsets give that order without asking the DOM (thousands of boundary
 * comparisons would be one long task).
 */
export function sortByPosition(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end);
}

/** The innermost finding whose range holds the point (an allegation inside a quote wins). */
export function findingAt(findings: Finding[], node: Node, offset: number): Finding | null {
  let best: Finding | null = null;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const finding of findings) {
    let inside = false;
    try {
      inside = finding.range.comparePoint(node, offset) === 0;
    } catch {
      continue;
    }
    const length = finding.item.end - finding.item.start;
    if (inside && length < bestLength) {
      best = finding;
      bestLength = length;
    }
  }
  return best;
}
