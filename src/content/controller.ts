import type { PageSource } from "../core/types";
import { extractArticleTextSteps, toRange } from "../page/extract-text";
import type { ContentMessage, PageState } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { isActiveOn } from "../shared/site-switch";
import { CardHost, isCardNode } from "./card-host";
import type { Finding } from "./findings";
import { clearAll, highlightsSupported, paint } from "./highlights";
import { trackHover } from "./hover";
import { watchPage } from "./living-page";
import { analysePage, emptyState, type PageAnalysis } from "./page-analysis";
import { reveal } from "./reveal";
import { slicer } from "./yield";

/**
 * The content script's state machine: analyse when on, leave no trace when off, follow the page as
 * it changes, and answer the popup.
 */
export class Controller {
  private result: PageAnalysis | null = null;
  private sources = new Map<string, PageSource>();
  private readonly card = new CardHost();
  private stopHover: (() => void) | null = null;
  private stopWatching: (() => void) | null = null;
  private step = -1;
  private run = 0;
  private forced = false;

  constructor(
    private settings: Settings,
    private readonly notify: (state: PageState) => void,
  ) {}

  get state(): PageState {
    if (!isActiveOn(this.settings, location.href)) return { ...emptyState(), status: "off" };
    return this.result?.state ?? emptyState();
  }

  private get findings(): Finding[] {
    return this.result?.findings ?? [];
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
    const result = await analysePage({ force }).catch((error: unknown) =>
      gaveUp(`The analysis failed on this page: ${error instanceof Error ? error.message : error}`),
    );
    if (run !== this.run) return this.state;
    this.result = result;
    this.sources = new Map(result.state.sources.map((s) => [s.id, s]));
    this.card.hide();
    this.step = -1;
    await slicer.pause();
    if (run !== this.run) return this.state;
    const painting = performance.now();
    paint(result.findings, this.settings);
    const { timings } = result.state;
    timings.mark = performance.now() - painting;
    timings.total = (timings.total ?? 0) + timings.mark;
    this.stopHover ??= trackHover(
      this.card,
      () => this.visibleFindings(),
      (finding, at) => this.card.show(finding, this.sources, at),
    );
    this.stopWatching ??= watchPage({
      isOwnNode: isCardNode,
      onChange: () => void this.refreshIfChanged(),
      onNavigate: () => void this.start(false),
    });
    this.notify(this.state);
    return this.state;
  }

  /** Turning off removes every mark and the card at once, without a reload. */
  stop(): void {
    this.run++;
    clearAll();
    this.card.destroy();
    this.stopHover?.();
    this.stopWatching?.();
    this.stopHover = this.stopWatching = null;
    this.result = null;
    this.notify(this.state);
  }

  async applySettings(settings: Settings): Promise<void> {
    const wasActive = isActiveOn(this.settings, location.href);
    this.settings = settings;
    const active = isActiveOn(settings, location.href);
    if (wasActive && !active) this.stop();
    else if (!wasActive && active) await this.start();
    else if (active) paint(this.findings, settings);
  }

  async handle(message: ContentMessage): Promise<PageState> {
    switch (message.type) {
      case "get-state":
        return this.state;
      case "analyse-anyway":
        return this.start(true);
      case "step":
        this.stepTo(message.direction === "next" ? 1 : -1);
        return this.state;
      case "reveal-source":
        this.revealSource(message.id);
        return this.state;
      case "ruleset-changed":
        // The background compiled the new ruleset already: a page analysed with the old one
        // is analysed again.
        if (this.result) return this.start();
        return this.state;
    }
  }

  private visibleFindings(): Finding[] {
    return this.findings.filter((f) =>
      f.kind === "quote" ? this.settings.showQuotes : this.settings.showAllegations,
    );
  }

  /** Re-reads the article; analyses again only when its text really changed. */
  private async refreshIfChanged(): Promise<void> {
    const article = this.result?.article;
    if (!article) return;
    const now = await slicer.run(extractArticleTextSteps(document));
    if (now.text !== article.text) await this.start();
  }

  private stepTo(delta: number): void {
    const findings = this.visibleFindings();
    if (findings.length === 0) return;
    this.step = (this.step + delta + findings.length) % findings.length;
    const finding = findings[this.step];
    if (!finding) return;
    reveal(finding.range, false);
    this.card.show(finding, this.sources);
    this.card.focus();
  }

  private revealSource(id: string): void {
    const mention = this.sources.get(id)?.mentions[0];
    const article = this.result?.article;
    if (!mention || !article) return;
    const range = toRange(article.map, mention.start, mention.end, document);
    if (range) reveal(range);
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
