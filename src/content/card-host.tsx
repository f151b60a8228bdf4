import { render } from "preact";
import { HOST_ATTRIBUTE } from "../page/visible-text";
import { t, uiDirection, uiLanguage } from "../shared/i18n";
import { Card, type CardProps } from "./card";
import { CARD_CSS } from "./card.css";
import { type Box, placeCard } from "./card-placement";
import { type Finding, findingKey } from "./findings";

/** The one element the extension adds to a page: it holds the card in a shadow root. */
export const HOST_TAG = "source-context-card";

/** The card's host, or anything inside its shadow root: even after the host is removed. */
export function isCardNode(node: Node | null): boolean {
  if (!node) return false;
  const root = node.getRootNode();
  const element = root instanceof ShadowRoot ? root.host : node;
  return element instanceof Element && element.localName === HOST_TAG;
}

/** What the card points at: the whole passage (all findings shown) and the line to point to. */
export interface Anchor {
  passage: Box;
  target: Box;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private pointer: HTMLElement | null = null;
  /** The findings on show, or null when the card is hidden. */
  current: Finding[] | null = null;

  isOwnNode(node: Node | null): boolean {
    return isCardNode(node);
  }

  /** The same findings (by position and kind) as those on show. */
  shows(findings: readonly Finding[]): boolean {
    const keys = this.current?.map(findingKey).join("|");
    return keys !== undefined && keys === findings.map(findingKey).join("|");
  }

  show(props: CardProps, anchor: () => Anchor): void {
    const frame = this.ensureFrame();
    this.current = props.findings;
    if (this.body) render(<Card {...props} />, this.body);
    frame.hidden = false;
    this.place(anchor);
  }

  /** Moves keyboard focus into the card, for commands and screen readers. */
  focus(): void {
    this.frame?.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.frame) return;
    const root = this.frame.getRootNode() as ShadowRoot;
    if (root.activeElement) (root.activeElement as HTMLElement).blur();
    this.frame.hidden = true;
    this.current = null;
  }

  /** Takes the host element out of the page again: turning off leaves no trace. */
  destroy(): void {
    if (this.body) render(null, this.body);
    this.host?.remove();
    this.host = this.frame = this.body = this.pointer = null;
    this.current = null;
  }

  private place(anchor: () => Anchor): void {
    const { frame, body, pointer } = this;
    if (!frame || !body || !pointer) return;
    body.style.maxHeight = "none";
    frame.style.width = "";
    const size = frame.getBoundingClientRect();
    const viewport = {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: document.documentElement.clientHeight || window.innerHeight,
      scrollY: window.scrollY,
    };
    let where = anchor();
    let placement = placeCard(where.passage, where.target, size, viewport);
    if ("scrollBy" in placement) {
      window.scrollBy({ top: placement.scrollBy, behavior: "instant" });
      where = anchor();
      placement = placeCard(where.passage, where.target, size, { ...viewport, scrollY: 0 });
    }
    if ("scrollBy" in placement) return;
    frame.style.left = `${Math.round(placement.left)}px`;
    frame.style.top = `${Math.round(placement.top)}px`;
    if (placement.width) frame.style.width = `${Math.round(placement.width)}px`;
    body.style.maxHeight = `${Math.max(60, Math.floor(placement.maxHeight))}px`;
    pointer.className = `pointer on-${placement.side}`;
    pointer.style.setProperty("--at", `${Math.round(placement.pointer)}px`);
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
    frame.setAttribute("aria-label", t("cardLabel"));
    // The card speaks the UI's language; the article's words inside it are isolated (<bdi>).
    frame.dir = uiDirection();
    frame.lang = uiLanguage();
    frame.tabIndex = -1;
    frame.hidden = true;
    const pointer = document.createElement("div");
    pointer.className = "pointer";
    pointer.setAttribute("aria-hidden", "true");
    const body = document.createElement("div");
    body.className = "body";
    frame.append(pointer, body);
    shadow.append(style, frame);
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    this.frame = frame;
    this.body = body;
    this.pointer = pointer;
    return frame;
  }
}
