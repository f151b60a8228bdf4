import type { PageSource } from "../core/types";
import { quoteSources } from "../shared/finding-fields";
import type { LabelCorrection } from "../shared/messages";
import type { View } from "../shared/settings";
import { sideOf } from "../shared/sides";
import { voiceId } from "../shared/voices";
import { type Anchor, CardHost, isCardNode } from "./card-host";
import type { Box } from "./card-placement";
import { cardOrder, type Finding, findingKey, rangeHolds } from "./findings";
import { clearAll, focusRange, type Mark, paint } from "./highlights";
import { caretAt, onText, trackHover } from "./hover";
import { markSegments } from "./mark-segments";
import { reveal } from "./reveal";
import { slicer } from "./yield";

/** Text offsets of the analysed article → a live DOM Range (null when the text is gone). */
export type ToRange = (start: number, end: number) => Range | null;

export interface Reading {
  findings: Finding[];
  toRange: ToRange;
  sources: ReadonlyMap<string, PageSource>;
}

type Point = { x: number; y: number };

/**
 * What the reader sees and touches on the page: the marks of the chosen view, the card (by
 * pointer, keyboard or popup), and Escape. The controller hands it each new analysis.
 */
export class ReadingView {
  private reading: Reading | null = null;
  private parts = new WeakMap<Finding, Range[]>();
  private marks = new Map<View, Mark[]>();
  private readonly card = new CardHost();
  private stopHover: (() => void) | null = null;
  private step = -1;
  private readonly voiceSteps = new Map<string, number>();
  private pointer: Point | null = null;
  private focusedBefore: Element | null = null;
  private generation = 0;

  constructor(
    private view: View,
    private readonly onWrongLabel: (correction: LabelCorrection) => void,
  ) {}

  isOwnNode(node: Node | null): boolean {
    return isCardNode(node);
  }

  /** Shows a new analysis. A card left open stays open on the same findings, if they remain. */
  async show(reading: Reading): Promise<void> {
    const generation = ++this.generation;
    const open = this.card.current;
    this.reading = reading;
    this.parts = new WeakMap();
    this.marks.clear();
    this.step = -1;
    this.voiceSteps.clear();
    await this.paintView(generation);
    if (generation !== this.generation) return;
    this.stopHover ??= trackHover({
      isOwnNode: isCardNode,
      hitAt: (x, y) => this.hitAt(x, y),
      isShowing: (findings) => this.card.shows(findings),
      isOpen: () => this.card.current !== null,
      show: (findings, at) => {
        this.pointer = at;
        this.openCard(findings, at);
      },
      hide: () => this.hideCard(),
      escape: () => this.escape(),
    });
    if (open) this.reopen(open);
  }

  async setView(view: View): Promise<void> {
    if (view === this.view) return;
    this.view = view;
    await this.paintView(this.generation);
    const open = this.card.current;
    if (open && !open.every((f) => this.isVisible(f))) this.hideCard();
  }

  /** Every mark, the card and the listeners go: turning off leaves no trace. */
  clear(): void {
    this.generation++;
    clearAll();
    this.card.destroy();
    this.stopHover?.();
    this.stopHover = null;
    this.reading = null;
  }

  /** Keyboard stepping: the next place with findings, its card open with focus in it. */
  stepBy(delta: 1 | -1): void {
    const list = this.visible();
    if (list.length === 0) return;
    let index = this.step;
    let group: Finding[] = [];
    for (let tries = 0; tries < list.length; tries++) {
      index = (index + delta + list.length) % list.length;
      group = this.findingsAtStartOf(list[index] as Finding);
      if (!this.card.shows(group)) break;
    }
    this.step = index;
    const finding = list[index];
    if (!finding) return;
    const active = document.activeElement;
    if (!this.focusedBefore && active && !isCardNode(active)) this.focusedBefore = active;
    reveal(finding.range, false);
    this.openCard(group, null, finding);
    this.card.focus();
  }

  /** Steps through one voice's statements (from the popup), flashing each and showing its card. */
  stepVoice(id: string, delta: 1 | -1): void {
    const own = this.visible().filter((f) => f.kind === "quote" && voiceId(f.item) === id);
    if (own.length === 0) return;
    const index = ((this.voiceSteps.get(id) ?? -1) + delta + own.length) % own.length;
    this.voiceSteps.set(id, index);
    const finding = own[index] as Finding;
    reveal(finding.range);
    this.openCard(this.findingsAtStartOf(finding), null, finding);
  }

  private isVisible(finding: Finding): boolean {
    return this.view !== "allegations" || finding.kind === "allegation";
  }

  private visible(): Finding[] {
    return (this.reading?.findings ?? []).filter((f) => this.isVisible(f));
  }

  private partsOf(finding: Finding): Range[] {
    const known = this.parts.get(finding);
    if (known) return known;
    const parts = [finding.range];
    if (finding.kind === "quote" && this.reading) {
      for (const span of [finding.item.speaker, finding.item.cue]) {
        const range = span ? this.reading.toRange(span.start, span.end) : null;
        if (range) parts.push(range);
      }
    }
    this.parts.set(finding, parts);
    return parts;
  }

  private hitAt(x: number, y: number): Finding[] {
    const caret = caretAt(x, y);
    if (!caret) return [];
    const hits = this.visible().filter((f) =>
      this.partsOf(f).some((r) => rangeHolds(r, caret.node, caret.offset)),
    );
    return cardOrder(hits.filter((f) => onText(this.partsOf(f), x, y)));
  }

  private findingsAtStartOf(finding: Finding): Finding[] {
    const { startContainer, startOffset } = finding.range;
    const here = this.visible().filter(
      (f) =>
        f === finding || this.partsOf(f).some((r) => rangeHolds(r, startContainer, startOffset)),
    );
    return cardOrder(here);
  }

  /**
   * Paints the current view. A paint that finds the view or the reading changed once its marks
   * are built gives way to the later one: caching or painting them would show another view's marks.
   */
  private async paintView(generation: number): Promise<void> {
    const reading = this.reading;
    if (!reading) return;
    const view = this.view;
    let marks = this.marks.get(view);
    if (!marks) {
      const statements = [];
      const allegations = [];
      for (const f of reading.findings) {
        if (f.kind === "allegation") allegations.push(f.item);
        else statements.push({ ...f.item, side: sideOf(quoteSources(f.item)[0]?.alignment) });
      }
      const built: Mark[] = [];
      await slicer.each(markSegments(statements, allegations, view), (segment) => {
        const range = reading.toRange(segment.start, segment.end);
        if (range) built.push({ range, style: segment.style });
      });
      if (generation !== this.generation) return;
      marks = built;
      this.marks.set(view, marks);
    }
    if (view === this.view) paint(marks);
  }

  private openCard(findings: Finding[], at: Point | null, focus?: Finding): void {
    if (!this.reading || findings.length === 0) return;
    this.card.show(
      { findings, sources: this.reading.sources, onWrongLabel: this.onWrongLabel },
      () => this.anchor(findings, at, focus),
    );
  }

  /** The same findings on the new analysis, shown again where they are; else the card closes. */
  private reopen(open: Finding[]): void {
    const keys = new Set(open.map(findingKey));
    const again = this.visible().filter((f) => keys.has(findingKey(f)));
    if (again.length === 0) this.hideCard();
    else this.openCard(cardOrder(again), this.pointer);
  }

  private anchor(findings: Finding[], at: Point | null, focus?: Finding): Anchor {
    const rects = findings.flatMap((f) => [...f.range.getClientRects()]);
    let target: Box | undefined;
    if (at) {
      target = findings
        .flatMap((f) => this.partsOf(f).flatMap((r) => [...r.getClientRects()]))
        .find(
          (r) =>
            at.x >= r.left - 1 && at.x <= r.right + 1 && at.y >= r.top - 1 && at.y <= r.bottom + 1,
        );
    }
    target ??= (focus ?? findings[0])?.range.getClientRects()[0] ?? rects[0];
    const all: Box[] = target ? [...rects, target] : rects;
    const passage = all.reduce<Box>(
      (u, r) => ({
        left: Math.min(u.left, r.left),
        top: Math.min(u.top, r.top),
        right: Math.max(u.right, r.right),
        bottom: Math.max(u.bottom, r.bottom),
      }),
      { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
    );
    return { passage, target: target ?? passage };
  }

  private hideCard(): void {
    this.card.hide();
    focusRange(null);
  }

  /** Closes the card, clears the focus highlight and gives focus back to where it was. */
  private escape(): void {
    const hadFocus = this.focusedBefore;
    this.hideCard();
    this.focusedBefore = null;
    if (hadFocus instanceof HTMLElement && hadFocus.isConnected)
      hadFocus.focus({ preventScroll: true });
  }
}
