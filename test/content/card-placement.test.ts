import { describe, expect, it } from "vitest";
import { GAP, MARGIN, placeCard } from "../../src/content/card-placement";

const box = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
});
const card = { width: 360, height: 240 };

describe("placeCard", () => {
  it("goes beside a narrow passage when the viewport has room for it", () => {
    const passage = box(100, 400, 500, 460);
    const placed = placeCard(passage, box(100, 400, 500, 420), card, {
      width: 1200,
      height: 900,
      scrollY: 0,
    });
    expect(placed).toMatchObject({ left: 500 + GAP, side: "left" });
  });

  it("goes above the passage otherwise, never over the lines that follow", () => {
    const passage = box(150, 500, 950, 560);
    const placed = placeCard(passage, box(400, 520, 600, 540), card, {
      width: 1100,
      height: 900,
      scrollY: 300,
    });
    if ("scrollBy" in placed) throw new Error("no scroll expected");
    expect(placed.side).toBe("bottom");
    expect(placed.top + card.height).toBeLessThanOrEqual(passage.top - GAP);
    expect(placed.left).toBeGreaterThanOrEqual(MARGIN);
    expect(placed.left + card.width).toBeLessThanOrEqual(1100 - MARGIN);
    // The pointer sits above the line the reader is on.
    expect(placed.left + placed.pointer).toBe(500);
  });

  it("keeps its own scroll inside a small viewport (200% zoom)", () => {
    const passage = box(20, 260, 530, 300);
    const placed = placeCard(
      passage,
      box(20, 260, 200, 280),
      { width: 380, height: 600 },
      { width: 550, height: 450, scrollY: 800 },
    );
    if ("scrollBy" in placed) throw new Error("no scroll expected");
    expect(placed.top).toBeGreaterThanOrEqual(MARGIN);
    expect(placed.maxHeight).toBe(260 - GAP - MARGIN);
    expect(placed.left + 380).toBeLessThanOrEqual(550 - MARGIN);
  });

  it("asks for the page to scroll when there is no room above and none beside", () => {
    const passage = box(150, 30, 950, 80);
    expect(placeCard(passage, passage, card, { width: 1100, height: 900, scrollY: 500 })).toEqual({
      scrollBy: -(Math.min(card.height, 120) - (30 - GAP - MARGIN)),
    });
  });

  it("at the very top of the page, goes below only when nothing else is left", () => {
    const passage = box(10, 20, 1090, 60);
    const placed = placeCard(passage, passage, card, { width: 1100, height: 900, scrollY: 0 });
    expect(placed).toMatchObject({ side: "top", top: 60 + GAP });
  });
});
