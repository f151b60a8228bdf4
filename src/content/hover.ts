import type { Finding } from "./findings";

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point, in whichever form this browser offers. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A caret lands on the nearest character even in margins: check the point is on the text. */
export function onText(ranges: readonly Range[], x: number, y: number): boolean {
  for (const range of ranges) {
    for (const r of range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
    }
  }
  return false;
}

const LEAVE_DELAY_MS = 250;

export interface HoverTarget {
  isOwnNode(node: Node | null): boolean;
  /** Every visible finding under the point (on its text), or none. */
  hitAt(x: number, y: number): Finding[];
  isShowing(findings: readonly Finding[]): boolean;
  isOpen(): boolean;
  show(findings: Finding[], at: { x: number; y: number }): void;
  hide(): void;
  /** Escape: close the card and clear every trace of keyboard focus. */
  escape(): void;
}

/**
 * Shows the card while the pointer is over a mark or over the card itself; leaving both hides it,
 * Escape clears it. Hit-testing runs at most once per animation frame.
 */
export function trackHover(target: HoverTarget): () => void {
  let frame = 0;
  let leaveTimer = 0;
  let last = { x: 0, y: 0 };

  const stayOpen = () => {
    window.clearTimeout(leaveTimer);
    leaveTimer = 0;
  };
  const test = () => {
    frame = 0;
    const { x, y } = last;
    if (target.isOwnNode(document.elementFromPoint(x, y))) return stayOpen();
    const hits = target.hitAt(x, y);
    if (hits.length > 0) {
      stayOpen();
      if (!target.isShowing(hits)) target.show(hits, { x, y });
    } else if (target.isOpen() && !leaveTimer) {
      leaveTimer = window.setTimeout(() => {
        leaveTimer = 0;
        target.hide();
      }, LEAVE_DELAY_MS);
    }
  };
  const onMove = (event: PointerEvent) => {
    last = { x: event.clientX, y: event.clientY };
    if (!frame) frame = requestAnimationFrame(test);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") target.escape();
  };
  document.addEventListener("pointermove", onMove, { passive: true });
  document.addEventListener("keydown", onKey, true);
  return () => {
    document.removeEventListener("pointermove", onMove);
    document.removeEventListener("keydown", onKey, true);
    cancelAnimationFrame(frame);
    window.clearTimeout(leaveTimer);
  };
}
