import type { Allegation, Quote } from "../core/types";

/** One finding of the page: an engine finding tied to its live DOM Range. */
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

/** The same finding across analyses of the same text (its DOM Range may be new). */
export function findingKey(finding: Finding): string {
  return `${finding.kind}:${finding.item.start}:${finding.item.end}:${finding.item.text.length}`;
}

/** Statements first, then allegations; each group in reading order. */
export function cardOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.kind === "quote" ? 0 : 1) - (b.kind === "quote" ? 0 : 1) || a.item.start - b.item.start,
  );
}

/** Whether a point lies inside a range; false for a range whose nodes left the document. */
export function rangeHolds(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}
