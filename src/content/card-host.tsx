import { render } from "preact";
import type { PageSource } from "../core/types";
import { HOST_ATTRIBUTE } from "../page/visible-text";
import { t } from "../shared/i18n";
import { Card } from "./card";
import { CARD_CSS } from "./card.css";
import type { Finding } from "./findings";

/** The one element the extension adds to a page: it holds the card in a shadow root. */
export const HOST_TAG = "source-context-card";

const GAP = 6;

/** The card's host, or anything inside its shadow root: even after the host is removed. */
export function isCardNode(node: Node | null): boolean {
  if (!node) return false;
  const root = node.getRootNode();
  const element = root instanceof ShadowRoot ? root.host : node;
  return element instanceof Element && element.localName === HOST_TAG;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLElement | null = null;
  current: Finding | null = null;

  isOwnNode(node: Node | null): boolean {
    return isCardNode(node);
  }

  show(
    finding: Finding,
    sources: ReadonlyMap<string, PageSource>,
    near?: { x: number; y: number },
  ) {
    const frame = this.ensureFrame();
    this.current = finding;
    render(<Card finding={finding} sources={sources} />, frame);
    frame.hidden = false;
    place(frame, finding.range, near);
  }

  /** Moves keyboard focus into the card, for commands and screen readers. */
  focus(): void {
    this.frame?.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.frame) return;
    this.frame.hidden = true;
    this.current = null;
  }

  /** Takes the host element out of the page again: turning off leaves no trace. */
  destroy(): void {
    if (this.frame) render(null, this.frame);
    this.host?.remove();
    this.host = null;
    this.frame = null;
    this.current = null;
  }

  private ensureFrame(): HTMLElement {
    if (this.frame && this.host?.isConnected) return this.frame;
    const host = document.createElement(HOST_TAG);
    host.setAttribute(HOST_ATTRIBUTE, "");
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CARD_CSS;
    const frame = document.createElement("div");
    frame.className = "frame";
    frame.setAttribute("role", "dialog");
    frame.setAttribute("aria-labelledby", "card-title");
    frame.setAttribute("aria-label", t("cardLabel"));
    frame.tabIndex = -1;
    frame.hidden = true;
    shadow.append(style, frame);
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    this.frame = frame;
    return frame;
  }
}

/**
 * Beside the passage, never over it: below the whole marked range, or above it when there is no
 * room below; horizontally near the pointer, inside the viewport.
 */
function place(frame: HTMLElement, range: Range, near?: { x: number; y: number }): void {
  const passage = range.getBoundingClientRect();
  const { width, height } = frame.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const below = passage.bottom + GAP;
  const above = passage.top - GAP - height;
  const top = below + height <= window.innerHeight || above < GAP ? below : Math.max(GAP, above);
  const anchor = near ? near.x - width / 2 : passage.left;
  const left = Math.min(Math.max(GAP, anchor), Math.max(GAP, viewportWidth - width - GAP));
  frame.style.top = `${Math.round(top)}px`;
  frame.style.left = `${Math.round(left)}px`;
}
