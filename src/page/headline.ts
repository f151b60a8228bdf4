import { metaValues } from "./meta";
import { checkpoints, runSteps, type Steps, textUnits } from "./steps";

function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The page's titles (document, Open Graph, Twitter), whitespace-collapsed and lower case. */
export function pageTitles(doc: Document, metas = metaValues(doc)): string[] {
  return [doc.title, metas.get("og:title"), metas.get("twitter:title")].map(squash).filter(Boolean);
}

/**
 * The article's headline: an <h1> whose text the page title repeats. A logo or site name in an
 * <h1> (fiction archives, docs) is not a headline.
 */
export function findHeadline(doc: Document, titles?: string[]): Element | null {
  return runSteps(findHeadlineSteps(doc, titles));
}

/** findHeadline() as a walk that pauses at checkpoints (see steps.ts). */
export function* findHeadlineSteps(doc: Document, titles = pageTitles(doc)): Steps<Element | null> {
  const due = checkpoints();
  const headlines = doc.querySelectorAll("h1");
  yield;
  for (const h1 of headlines) {
    const text = squash(h1.textContent);
    if (text.length >= 10 && titles.some((t) => t.includes(text))) return h1;
    if (due(textUnits(text.length))) yield;
  }
  return null;
}
