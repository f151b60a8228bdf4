import { describe, expect, it } from "vitest";
import { background, inkFigures } from "../../src/cli/ink-pixels";

/** A w×1 RGBA strip from a list of grey levels. */
const strip = (levels: number[]) => Uint8Array.from(levels.flatMap((v) => [v, v, v, 255]));

describe("inkFigures", () => {
  it("measures the marks' paint against the text's ink, by intensity and by pixels", () => {
    const without = strip([255, 255, 255, 255, 0, 0, 255, 255]);
    const withMarks = strip([255, 255, 255, 255, 0, 0, 204, 255]);
    const figures = inkFigures(without, withMarks);
    expect(figures.textInk).toBe(2);
    expect(figures.markPaint).toBeCloseTo(0.2);
    expect(figures.ratio).toBeCloseTo(0.1);
    expect(figures.pixelRatio).toBe(0.5);
  });

  it("takes the most common colour as the background, so a dark page works too", () => {
    expect([...background(strip([20, 20, 20, 240]))]).toEqual([20, 20, 20]);
  });

  it("refuses screenshots of different sizes", () => {
    expect(() => inkFigures(strip([1]), strip([1, 2]))).toThrow(/layout changed/);
  });
});
