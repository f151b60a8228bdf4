import browser from "webextension-polyfill";
import type { Analysis } from "../core/types";
import { type ArticleText, extractArticleTextSteps, toRange } from "../page/extract-text";
import { detectNewsSteps } from "../page/news-detection";
import { pagePublisherSteps } from "../page/publisher";
import { uiLanguage } from "../shared/i18n";
import { MAX_ENGINE_CHARS, MAX_PUBLISHER_CHARS } from "../shared/message-bounds";
import type { AnalyseRequest, PageState } from "../shared/messages";
import { statementsBySide, voicesOf } from "../shared/voices";
import { askBackground, type Send } from "./engine-client";
import type { Finding } from "./findings";
import { sortByPosition } from "./findings";
import { textLengthSteps } from "./page-size";
import { slicer } from "./yield";

/** Past this much text on the whole page the extension gives up before walking it. */
export const MAX_PAGE_CHARS = 3_000_000;
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
    voices: [],
  };
}

const sendToBackground: Send = (message) => browser.runtime.sendMessage(message);

/**
 * Detects and extracts on the page in time slices, has the background analyse the text (or, when
 * it cannot be reached, the page in slices), and turns the findings into DOM Ranges in slices,
 * timing each step.
 */
export async function analysePage(options: { force: boolean; send?: Send }): Promise<PageAnalysis> {
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

  await slicer.pause();
  const elements = document.getElementsByTagName("*").length;
  if (elements > MAX_ELEMENTS) {
    return stopEarly(
      "gave-up",
      `The page has ${elements} elements; past ${MAX_ELEMENTS} the extension leaves it alone to keep it responsive.`,
    );
  }
  const news = await slicer.run(detectNewsSteps(document, location.href));
  state.isNews = news.isNews;
  state.news = { score: news.score, reasons: news.reasons };
  t = lap("detect", t);
  if (!news.isNews && !options.force) return stopEarly("not-news");
  await slicer.pause();

  // The page's whole text bounds the article's: counted before the walks that read it.
  const pageChars = document.body
    ? await slicer.run(textLengthSteps(document.body, MAX_PAGE_CHARS))
    : 0;
  if (pageChars > MAX_PAGE_CHARS) {
    return stopEarly(
      "gave-up",
      `The page holds over ${MAX_PAGE_CHARS} characters of text; past that the extension leaves it alone.`,
    );
  }
  t = performance.now();
  const article = await slicer.run(extractArticleTextSteps(document));
  t = lap("extract", t);
  if (article.text.length > MAX_ENGINE_CHARS) {
    return stopEarly(
      "gave-up",
      `The article text is ${article.text.length} characters long; past ${MAX_ENGINE_CHARS} the extension leaves the page alone.`,
    );
  }
  const publisher = await slicer.run(pagePublisherSteps(document, location.href));
  const request: AnalyseRequest = {
    type: "analyse",
    text: article.text,
    labelLanguage: uiLanguage(),
    ...(publisher ? { publisher: publisher.slice(0, MAX_PUBLISHER_CHARS) } : {}),
  };

  t = performance.now();
  const reply = await askBackground(request, options.send ?? sendToBackground);
  let analysis: Analysis;
  if (reply === null) {
    const { analyseOnPage } = await import("./on-page-engine");
    analysis = await analyseOnPage(request, state.timings);
  } else if (!reply.ok) {
    return stopEarly("gave-up", `The analysis failed on this page: ${reply.error}`);
  } else {
    state.timings.background = reply.engineMs;
    analysis = { ...reply.analysis, publisher: reply.analysis.publisher ?? null };
  }
  t = lap("analyze", t);

  const findings: Finding[] = [];
  const language = analysis.language;
  await slicer.each(analysis.quotes, (item) => {
    const range = toRange(article.map, item.start, item.end, document);
    if (range) findings.push({ kind: "quote", range, item, language: item.language ?? language });
  });
  await slicer.each(analysis.allegations, (item) => {
    const range = toRange(article.map, item.start, item.end, document);
    if (range) findings.push({ kind: "allegation", range, item, language });
  });
  await slicer.pause();
  const sorted = sortByPosition(findings);
  lap("ranges", t);
  // The controller adds the time it takes to paint ("mark") to the total.

  state.status = "done";
  state.counts = { quotes: analysis.quotes.length, allegations: analysis.allegations.length };
  if (analysis.unsupportedLanguage) state.unsupportedLanguage = analysis.unsupportedLanguage;
  state.sources = analysis.sources;
  state.publisher = analysis.publisher ?? null;
  state.voices = voicesOf(analysis.quotes, analysis.sources);
  state.bySide = statementsBySide(analysis.quotes);
  state.timings.total = performance.now() - started;
  return { state, findings: sorted, analysis, article };
}
