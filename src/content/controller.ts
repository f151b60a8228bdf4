import type { PageSource } from "../core/types";
import { extractArticleTextSteps, toRange } from "../page/extract-text";
import { type FindingsExport, findingsExport } from "../shared/export-findings";
import type { ContentMessage, LabelCorrection, PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { alwaysAnalyses, isActiveOn } from "../shared/site-switch";
import { highlightsSupported } from "./highlights";
import { watchPage } from "./living-page";
import { analysePage, emptyState, type PageAnalysis } from "./page-analysis";
import { ReadingView } from "./reading-view";
import { slicer } from "./yield";

/**
 * The content script's state machine: analyse when on, leave no trace when off, follow the page as
 * it changes, and answer the popup. What the reader sees is the ReadingView's.
 */
export class Controller {
  private result: PageAnalysis | null = null;
  private readonly view: ReadingView;
  private stopWatching: (() => void) | null = null;
  private run = 0;
  private forced = false;

  constructor(
    private settings: Settings,
    private readonly notify: (state: PageState) => void,
    onWrongLabel: (correction: LabelCorrection) => void = () => undefined,
  ) {
    this.view = new ReadingView(settings.view, onWrongLabel);
  }

  get state(): PageState {
    if (!isActiveOn(this.settings, location.href)) return { ...emptyState(), status: "off" };
    return this.result?.state ?? emptyState();
  }

  async start(force = this.forced): Promise<PageState> {
    this.forced = force;
    if (!isActiveOn(this.settings, location.href)) {
      this.stop();
      return this.state;
    }
    if (!highlightsSupported()) {
      this.result = gaveUp("This browser lacks the CSS Custom Highlight API.");
      return this.state;
    }
    const run = ++this.run;
    const result = await analysePage({
      force: force || alwaysAnalyses(this.settings, location.href),
    }).catch((error: unknown) =>
      gaveUp(`The analysis failed on this page: ${error instanceof Error ? error.message : error}`),
    );
    if (run !== this.run) return this.state;
    this.result = result;
    await slicer.pause();
    if (run !== this.run) return this.state;
    const painting = performance.now();
    const { article } = result;
    await this.view.show({
      findings: result.findings,
      toRange: (start, end) => (article ? toRange(article.map, start, end, document) : null),
      sources: new Map<string, PageSource>(result.state.sources.map((s) => [s.id, s])),
    });
    if (run !== this.run) return this.state;
    const { timings } = result.state;
    timings.mark = performance.now() - painting;
    timings.total = (timings.total ?? 0) + timings.mark;
    this.stopWatching ??= watchPage({
      isOwnNode: (node) => this.view.isOwnNode(node),
      onChange: () => void this.refreshIfChanged(),
      onNavigate: () => void this.start(false),
    });
    this.notify(this.state);
    return this.state;
  }

  /** Turning off removes every mark and the card at once, without a reload. */
  stop(): void {
    this.run++;
    this.view.clear();
    this.stopWatching?.();
    this.stopWatching = null;
    this.result = null;
    this.notify(this.state);
  }

  async applySettings(settings: Settings): Promise<void> {
    const wasActive = isActiveOn(this.settings, location.href);
    this.settings = settings;
    const active = isActiveOn(settings, location.href);
    if (wasActive && !active) this.stop();
    else if (!wasActive && active) await this.start();
    else if (
      active &&
      this.result?.state.status === "not-news" &&
      alwaysAnalyses(settings, location.href)
    ) {
      await this.start();
    } else if (active) await this.view.setView(settings.view);
  }

  async handle(message: ContentMessage): Promise<PageState | FindingsExport | null> {
    switch (message.type) {
      case "get-state":
        return this.state;
      case "analyse-anyway":
        return this.start(true);
      case "step":
        this.view.stepBy(message.direction === "next" ? 1 : -1);
        return this.state;
      case "step-voice":
        this.view.stepVoice(message.id, message.direction === "next" ? 1 : -1);
        return this.state;
      case "get-findings":
        return this.findings();
      case "ruleset-changed":
        // The background compiled the new ruleset already: a page analysed with the old one
        // is analysed again.
        if (this.result) return this.start();
        return this.state;
    }
  }

  private findings(): FindingsExport | null {
    const analysis = this.result?.analysis;
    if (!analysis) return null;
    return findingsExport({
      url: location.href,
      title: this.result?.article?.title,
      language: analysis.language,
      quotes: analysis.quotes,
      allegations: analysis.allegations,
    });
  }

  /**
   * Re-reads the article; analyses again when its text changed, or when the page re-rendered the
   * same text into new nodes (the marks' ranges then point at nodes no longer in the page).
   */
  private async refreshIfChanged(): Promise<void> {
    const article = this.result?.article;
    if (!article) return;
    const detached = this.result?.findings.some(
      (f) => f.range.collapsed || !f.range.startContainer.isConnected,
    );
    if (detached) return void (await this.start());
    const now = await slicer.run(extractArticleTextSteps(document));
    if (now.text !== article.text) await this.start();
  }
}

function gaveUp(message: string): PageAnalysis {
  return {
    state: { ...emptyState(), status: "gave-up", message },
    findings: [],
    analysis: null,
    article: null,
  };
}
