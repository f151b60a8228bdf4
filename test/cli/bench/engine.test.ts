import { describe, expect, it } from "vitest";
import { countQuoteMarks, growth, throughput } from "../../../src/cli/bench/engine";

describe("countQuoteMarks (the floor)", () => {
  it("counts every quotation mark the engine pairs, and nothing else", () => {
    expect(countQuoteMarks(`"a" “b” „c“ «d» ‹e› 「f」 『g』 'h' ‘i’ ‚j‘`)).toBe(20);
    expect(countQuoteMarks("no marks here, none: (at) all.")).toBe(0);
  });
});

describe("throughput and growth", () => {
  it("sum per-text medians into characters and articles per second", () => {
    const texts = [
      { name: "a", text: "“We will win,” the minister said." },
      { name: "b", text: "The army said that the bridge was closed." },
    ];
    const run = throughput("test", texts);
    expect(run.texts).toBe(2);
    expect(run.chars).toBe(texts.reduce((n, t) => n + t.text.length, 0));
    expect(run.charsPerSecond).toBeCloseTo(run.chars / (run.engineMs / 1000), 3);
    expect(run.articlesPerSecond).toBeCloseTo(2 / (run.engineMs / 1000), 3);
  });

  it("repeat the text 1x, 10x, 100x and relate each per-character time to 1x", () => {
    const text = "“We will win,” the minister said.";
    const points = growth(text, [1, 3]);
    expect(points.map((p) => [p.factor, p.chars])).toEqual([
      [1, text.length],
      [3, 3 * text.length + 2 * "\n\n".length],
    ]);
    expect(points[0]?.perCharRatio).toBe(1);
  });
});
