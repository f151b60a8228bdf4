/**
 * How much paint the marks add, against the text's own ink, from two screenshots of the same page
 * (RGBA, same size): without the extension and with it. A pixel's ink is its distance from the
 * page's background (the most common colour of the screenshot without marks); the marks' paint is
 * each pixel's distance between the two screenshots. Distances are the mean of the three channel
 * differences, 0 to 1, so a faint tint counts for little and black on white for nearly 1. The
 * pixel ratio counts pixels instead: how many the marks change, per pixel of ink.
 */
export interface InkFigures {
  /** Σ distance from the background, without the extension. */
  textInk: number;
  /** Σ distance between the screenshots with and without the extension. */
  markPaint: number;
  /** markPaint / textInk. */
  ratio: number;
  /** Share of the pixels the marks changed at all. */
  changedShare: number;
  /** Share of the pixels that are ink (differ from the background) without the extension. */
  inkShare: number;
  /** changedShare / inkShare: pixels painted by the marks per pixel of text ink. */
  pixelRatio: number;
}

type Pixels = Uint8Array | Uint8ClampedArray;

function distance(a: Pixels, i: number, b: Pixels, j: number): number {
  return (
    (Math.abs((a[i] ?? 0) - (b[j] ?? 0)) +
      Math.abs((a[i + 1] ?? 0) - (b[j + 1] ?? 0)) +
      Math.abs((a[i + 2] ?? 0) - (b[j + 2] ?? 0))) /
    765
  );
}

/** The most common RGB colour of an image, as a 3-byte array. */
export function background(pixels: Pixels): Uint8Array {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return Uint8Array.of((best >> 16) & 255, (best >> 8) & 255, best & 255);
}

export function inkFigures(without: Pixels, withMarks: Pixels): InkFigures {
  if (without.length !== withMarks.length) {
    throw new Error(
      `screenshots differ in size (${without.length / 4} and ${withMarks.length / 4} pixels): the page's layout changed`,
    );
  }
  const bg = background(without);
  let textInk = 0;
  let markPaint = 0;
  let changed = 0;
  let inked = 0;
  for (let i = 0; i < without.length; i += 4) {
    const ink = distance(without, i, bg, 0);
    textInk += ink;
    if (ink > 0) inked++;
    const d = distance(without, i, withMarks, i);
    markPaint += d;
    if (d > 0) changed++;
  }
  return {
    textInk,
    markPaint,
    ratio: textInk > 0 ? markPaint / textInk : 0,
    changedShare: changed / (without.length / 4),
    inkShare: inked / (without.length / 4),
    pixelRatio: inked > 0 ? changed / inked : 0,
  };
}
