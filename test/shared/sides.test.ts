import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MARK_STYLES } from "../../src/content/mark-segments";
import {
  ALLEGATION_STYLE,
  SIDE_STYLE,
  SIDES,
  STATEMENT_STYLE,
  sideOf,
} from "../../src/shared/sides";

const root = resolve(import.meta.dirname, "../..");

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("the sides' marks", () => {
  const lines = [
    ...SIDES.map((s) => [s, SIDE_STYLE[s]] as const),
    ["allegation", ALLEGATION_STYLE] as const,
    ["statement", STATEMENT_STYLE] as const,
  ];

  it.each(lines)("%s has at least 3:1 contrast on white and on black", (_, style) => {
    expect(contrast(style.color, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(style.color, "#000000")).toBeGreaterThanOrEqual(3);
    expect(contrast(style.color, "#121212")).toBeGreaterThanOrEqual(3);
  });

  it("tell the sides apart by shape as well as hue (the allegation's wave is its own)", () => {
    const shapes = SIDES.filter((s) => s !== "none").map((s) => SIDE_STYLE[s].line);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(shapes).not.toContain("wavy");
  });

  it("are drawn by highlights.css exactly as sides.ts says", () => {
    const css = readFileSync(resolve(root, "src/content/highlights.css"), "utf8");
    for (const side of SIDES) {
      const { color, line, thickness } = SIDE_STYLE[side];
      const rule = new RegExp(
        `::highlight\\(source-context-voice-${side}\\) \\{\\s*text-decoration: underline ${line} ${color} ${thickness}px;`,
      );
      expect(css).toMatch(rule);
    }
    const { color, line, thickness } = ALLEGATION_STYLE;
    expect(css).toMatch(
      new RegExp(
        `source-context-alleged\\) \\{\\s*text-decoration: underline ${line} ${color} ${thickness}px;`,
      ),
    );
  });

  it("have a rule in highlights.css for every mark style, and no other", () => {
    const css = readFileSync(resolve(root, "src/content/highlights.css"), "utf8");
    const ruled = [...css.matchAll(/::highlight\(source-context-([a-z-]+)\)/g)].map((m) => m[1]);
    expect(ruled.sort()).toEqual([...MARK_STYLES, "focus"].sort());
  });

  it("and by the popup's legend", () => {
    const css = readFileSync(resolve(root, "src/popup/popup.css"), "utf8");
    for (const side of SIDES) {
      const { color, line, thickness } = SIDE_STYLE[side];
      expect(css).toMatch(
        new RegExp(
          `\\.swatch\\.side-${side} \\{\\s*border-bottom: ${thickness}px ${line} ${color};`,
        ),
      );
    }
  });

  it("group the taxonomy's alignments", () => {
    expect(sideOf("state-media")).toBe("state");
    expect(sideOf("pro-government")).toBe("state");
    expect(sideOf("armed-group:isis")).toBe("armed");
    expect(sideOf("monitor")).toBe("independent");
    expect(sideOf("public-broadcaster")).toBe("independent");
    expect(sideOf("unknown")).toBe("none");
    expect(sideOf(null)).toBe("none");
  });
});
