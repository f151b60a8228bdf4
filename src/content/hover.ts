import type { CardHost } from "./card-host";
import { type Finding, findingAt } from "./findings";

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
function onText(finding: Finding, x: number, y: number): boolean {
  for (const r of finding.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

const LEAVE_DELAY_MS = 250;

/**
 * Shows the card while the pointer is over a mark or over the card itself; Escape or leaving both
 * hides it. Hit-testing runs at most once per animation frame.
 */
export function trackHover(
  card: CardHost,
  findings: () => Finding[],
  onShow: (f: Finding, at: { x: number; y: number }) => void,
) {
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
    if (card.isOwnNode(document.elementFromPoint(x, y))) return stayOpen();
    const caret = caretAt(x, y);
    const hit = caret ? findingAt(findings(), caret.node, caret.offset) : null;
    if (hit && onText(hit, x, y)) {
      stayOpen();
      if (card.current !== hit) onShow(hit, { x, y });
    } else if (card.current && !leaveTimer) {
      leaveTimer = window.setTimeout(() => {
        leaveTimer = 0;
        card.hide();
      }, LEAVE_DELAY_MS);
    }
  };
  const onMove = (event: PointerEvent) => {
    last = { x: event.clientX, y: event.clientY };
    if (!frame) frame = requestAnimationFrame(test);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && card.current) card.hide();
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
