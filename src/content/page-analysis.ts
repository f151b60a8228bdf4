import { compileRuleset } from "../core/enrich-matcher";
import type { Analysis } from "../core/types";
import { type ArticleText, extractArticleTextSteps, toRange } from "../page/extract-text";
import { detectNewsSteps } from "../page/news-detection";
import { pagePublisherSteps } from "../page/publisher";
import { prevalidatedBundledRuleset } from "../ruleset/ruleset";
import type { Ruleset } from "../ruleset/schema";
import { uiLanguage } from "../shared/i18n";
import type { PageState } from "../shared/messages";
import { analyzeInChunks } from "./chunked-analysis";
import type { Finding } from "./findings";
import { sortByPosition } from "./findings";
import { inSlices, runSliced, yieldToPage } from "./yield";

/** Past this much article text the extension gives up on the page rather than slow it down. */
export const MAX_TEXT_CHARS = 3_000_000;
/**
 * Detection and extraction walk the page in time slices, but some of their steps are single native
 * calls over the whole page (querySelectorAll, textContent) and Readability's reader check; past
 * this many elements (ten times a heavy news page) those alone could exceed 50 ms, so the extension
 * leaves the page alone and says so.
 */
export const MAX_ELEMENTS = 50_000;

export interface PageAnalysis {
  state: PageState;
  findings: Finding[];
  analysis: Analysis | null;
  article: ArticleText | null;
}

/** The state of a page whose analysis has not finished (or not started). */
export function emptyState(): PageState {
  return {
    url: location.href,
    status: "running",
    isNews: false,
    news: { score: 0, reasons: [] },
    counts: { quotes: 0, allegations: 0 },
    publisher: null,
    sources: [],
    timings: {},
  };
}

/** Detects, extracts, analyses and turns findings into DOM Ranges, timing each step. */
export async function analysePage(options: {
  force: boolean;
  ruleset?: Ruleset;
}): Promise<PageAnalysis> {
  const state = emptyState();
  const started = performance.now();
  const lap = (name: string, since: number) => {
    state.timings[name] = performance.now() - since;
    return performance.now();
  };
  let t = started;
  const stopEarly = (status: PageState["status"], message?: string): PageAnalysis => {
    state.status = status;
    if (message) state.message = message;
    state.timings.total = performance.now() - started;
    return { state, findings: [], analysis: null, article: null };
  };

  const elements = document.getElementsByTagName("*").length;
  if (elements > MAX_ELEMENTS) {
    return stopEarly(
      "gave-up",
      `The page has ${elements} elements; past ${MAX_ELEMENTS} the extension leaves it alone to keep it responsive.`,
    );
  }
  const news = await runSliced(detectNewsSteps(document, location.href));
  state.isNews = news.isNews;
  state.news = { score: news.score, reasons: news.reasons };
  t = lap("detect", t);
  if (!news.isNews && !options.force) return stopEarly("not-news");
  await yieldToPage();

  // The page's whole text bounds the article's: a cheap native check before the walk.
  const pageChars = document.body?.textContent?.length ?? 0;
  if (pageChars > MAX_TEXT_CHARS) {
    return stopEarly(
      "gave-up",
      `The page holds ${pageChars} characters of text; past ${MAX_TEXT_CHARS} the extension leaves it alone.`,
    );
  }
  t = performance.now();
  const article = await runSliced(extractArticleTextSteps(document));
  t = lap("extract", t);
  if (article.text.length > MAX_TEXT_CHARS) {
    return stopEarly(
      "gave-up",
      `The article text is ${article.text.length} characters long; past ${MAX_TEXT_CHARS} the extension leaves the page alone.`,
    );
  }
  await yieldToPage();

  // Reading and compiling the ruleset are each about as long as the analysis itself: each gets a
  // task of its own (both are cached for the page's lifetime).
  t = performance.now();
  const ruleset = options.ruleset ?? prevalidatedBundledRuleset();
  t = lap("ruleset", t);
  await yieldToPage();
  t = performance.now();
  compileRuleset(ruleset);
  t = lap("compile", t);
  await yieldToPage();

  t = performance.now();
  const publisher = await runSliced(pagePublisherSteps(document, location.href));
  const analysis = await analyzeInChunks(
    article.text,
    {
      labelLanguage: uiLanguage(),
      ruleset,
      ...(publisher ? { publisher } : {}),
    },
    state.timings,
  );
  t = lap("analyze", t);

  const findings: Finding[] = [];
  const language = analysis.language;
  await inSlices(analysis.quotes, (item) => {
    const range = toRange(article.map, item.start, item.end, document);
    if (range) findings.push({ kind: "quote", range, item, language: item.language ?? language });
  });
  await inSlices(analysis.allegations, (item) => {
    const range = toRange(article.map, item.start, item.end, document);
    if (range) findings.push({ kind: "allegation", range, item, language });
  });
  lap("ranges", t);
  // The controller adds the time it takes to paint ("mark") to the total.

  state.status = "done";
  state.counts = { quotes: analysis.quotes.length, allegations: analysis.allegations.length };
  state.sources = analysis.sources;
  state.publisher = analysis.publisher ?? null;
  state.timings.total = performance.now() - started;
  return { state, findings: sortByPosition(findings), analysis, article };
}
