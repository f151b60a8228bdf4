/** Where the card goes, in viewport (CSS) pixels. Pure: the caller measures and applies. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  /** The card's edge that points at the mark, and where along that edge the pointer sits. */
  side: "left" | "right" | "bottom" | "top";
  pointer: number;
  /** A narrower width than the card's own, when only that much room is left. */
  width?: number;
}

/** Space kept between the card and the viewport's edges. */
export const MARGIN = 8;
/** Space between the card and its mark, taken by the pointer. */
export const GAP = 10;
/** Below this much room above the passage, the page is scrolled to make room. */
export const MIN_ROOM = 120;
/** The narrowest card worth showing beside the passage. */
export const MIN_BESIDE = 220;

/**
 * Beside the passage when the viewport has room for the whole card there (a wide window, a narrow
 * column); otherwise above it, with its own scroll when the room above is short. Never below: the
 * lines that follow stay readable. `target` is the line the pointer or the keyboard is on, which
 * the pointer points at. Returns how far to scroll the page up first when the room above is too
 * small (the caller scrolls, then places again).
 */
export function placeCard(
  passage: Box,
  target: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number; scrollY: number },
): Placement | { scrollBy: number } {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const fullHeight = viewport.height - 2 * MARGIN;
  const besideTop = clamp(
    target.top - 14,
    MARGIN,
    viewport.height - MARGIN - Math.min(card.height, fullHeight),
  );
  const middle = (target.top + target.bottom) / 2;
  if (viewport.width - passage.right - GAP - MARGIN >= width) {
    return {
      left: passage.right + GAP,
      top: besideTop,
      maxHeight: fullHeight,
      side: "left",
      pointer: middle - besideTop,
    };
  }
  if (passage.left - GAP - MARGIN >= width) {
    return {
      left: passage.left - GAP - width,
      top: besideTop,
      maxHeight: fullHeight,
      side: "right",
      pointer: middle - besideTop,
    };
  }
  const room = passage.top - GAP - MARGIN;
  const needed = Math.min(card.height, MIN_ROOM);
  const center = (target.left + target.right) / 2;
  const left = clamp(center - width / 2, MARGIN, viewport.width - MARGIN - width);
  const pointer = clamp(center - left, 14, width - 14);
  if (room >= needed) {
    const height = Math.min(card.height, room);
    return { left, top: passage.top - GAP - height, maxHeight: room, side: "bottom", pointer };
  }
  if (viewport.scrollY > 0) {
    return { scrollBy: -Math.min(viewport.scrollY, Math.ceil(needed - room)) };
  }
  // At the very top of the page nothing lies above: a narrower card beside, else below.
  const rightRoom = viewport.width - passage.right - GAP - MARGIN;
  const leftRoom = passage.left - GAP - MARGIN;
  if (Math.max(rightRoom, leftRoom) >= MIN_BESIDE) {
    const onRight = rightRoom >= leftRoom;
    return {
      left: onRight ? passage.right + GAP : MARGIN,
      top: besideTop,
      maxHeight: fullHeight,
      side: onRight ? "left" : "right",
      pointer: middle - besideTop,
      width: Math.min(width, Math.max(rightRoom, leftRoom)),
    };
  }
  const top = passage.bottom + GAP;
  return { left, top, maxHeight: viewport.height - MARGIN - top, side: "top", pointer };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
