import { MARK_STYLES, type MarkStyle } from "./mark-segments";

/** Highlight names are "source-context-" + a mark style; their styles live in highlights.css. */
export const HIGHLIGHT_PREFIX = "source-context-";
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export function highlightsSupported(): boolean {
  return typeof Highlight === "function" && typeof CSS !== "undefined" && "highlights" in CSS;
}

export interface Mark {
  range: Range;
  style: MarkStyle;
}

const painted = new Set<string>();

/** Registers each style's ranges as one highlight; the page's DOM is never touched. */
export function paint(marks: readonly Mark[]): void {
  const byStyle = new Map<string, Range[]>();
  for (const { range, style } of marks) {
    const name = `${HIGHLIGHT_PREFIX}${style}`;
    const list = byStyle.get(name);
    if (list) list.push(range);
    else byStyle.set(name, [range]);
  }
  for (const name of painted) if (!byStyle.has(name)) CSS.highlights.delete(name);
  painted.clear();
  for (const [name, ranges] of byStyle) {
    CSS.highlights.set(name, new Highlight(...ranges));
    painted.add(name);
  }
}

/** Marks one range as the focused finding (keyboard stepping, a source revealed from the popup). */
export function focusRange(range: Range | null): void {
  if (!range) {
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    return;
  }
  const highlight = new Highlight(range);
  // Marks never overlap each other (one per point); only the focus lies over them.
  highlight.priority = 1;
  CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
}

/**
 * Removes every mark at once, by name: Firefox's content scripts see the page's highlight
 * registry through a wrapper that cannot be iterated.
 */
export function clearAll(): void {
  for (const style of MARK_STYLES) CSS.highlights.delete(`${HIGHLIGHT_PREFIX}${style}`);
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
  painted.clear();
}
