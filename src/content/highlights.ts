import type { Finding } from "./findings";

/** Highlight names; their styles live in highlights.css, a content-script stylesheet (no DOM node). */
export const HIGHLIGHT = {
  quote: "source-context-quote",
  allegation: "source-context-allegation",
  focus: "source-context-focus",
} as const;

export function highlightsSupported(): boolean {
  return typeof Highlight === "function" && typeof CSS !== "undefined" && "highlights" in CSS;
}

export interface Visibility {
  showQuotes: boolean;
  showAllegations: boolean;
}

/** Registers the findings' ranges; the page's DOM is never touched. */
export function paint(findings: Finding[], visibility: Visibility): void {
  const quotes = visibility.showQuotes ? findings.filter((f) => f.kind === "quote") : [];
  const allegations = visibility.showAllegations
    ? findings.filter((f) => f.kind === "allegation")
    : [];
  setRanges(
    HIGHLIGHT.quote,
    quotes.map((f) => f.range),
  );
  setRanges(
    HIGHLIGHT.allegation,
    allegations.map((f) => f.range),
  );
}

/** Marks one range as the focused finding (keyboard stepping, a source revealed from the popup). */
export function focusRange(range: Range | null): void {
  setRanges(HIGHLIGHT.focus, range ? [range] : []);
}

/** Removes every mark at once. */
export function clearAll(): void {
  for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
}

function setRanges(name: string, ranges: Range[]): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  // Quotes sit under allegations, so an allegation inside a quote keeps its own style.
  highlight.priority = name === HIGHLIGHT.quote ? 0 : name === HIGHLIGHT.allegation ? 1 : 2;
  CSS.highlights.set(name, highlight);
}
