import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeInChunks, chunkBounds } from "../../src/content/chunked-analysis";
import { analyze } from "../../src/core/analyze";

const seed = readFileSync(new URL("../fixtures/seed/article.txt", import.meta.url), "utf8");

describe("chunkBounds", () => {
  it("covers the text exactly, in order, cutting after paragraph breaks when paragraphs fit", () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} ${"x".repeat(i * 4)}`).join(
      "\n\n",
    );
    const bounds = chunkBounds(text, 300);
    expect(bounds.length).toBeGreaterThan(3);
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) {
      const [start] = bounds[i] as [number, number];
      expect(start).toBe(bounds[i - 1]?.[1]);
      expect(text.slice(start - 2, start)).toBe("\n\n");
    }
  });

  it("still cuts a text with no paragraph break into bounded pieces", () => {
    const bounds = chunkBounds("a".repeat(1000), 300);
    expect(bounds).toEqual([
      [0, 300],
      [300, 600],
      [600, 900],
      [900, 1000],
    ]);
  });

  it("gives nothing for empty text", () => {
    expect(chunkBounds("")).toEqual([]);
  });
});

describe("analyzeInChunks", () => {
  it("finds on one chunk what analyze finds, with the same offsets", async () => {
    const whole = analyze(seed);
    const chunked = await analyzeInChunks(seed, {});
    expect(chunked.quotes.map((q) => [q.start, q.end])).toEqual(
      whole.quotes.map((q) => [q.start, q.end]),
    );
  });

  it("shifts every span of later chunks back into the whole text", async () => {
    const text = `${seed}\n\n${seed}\n\n${seed}`;
    const chunked = await analyzeInChunks(text, {});
    expect(chunked.quotes.length).toBeGreaterThanOrEqual(3 * analyze(seed).quotes.length - 3);
    for (const q of chunked.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    for (const a of chunked.allegations) expect(text.slice(a.start, a.end)).toBe(a.text);
    const ids = chunked.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of chunked.sources) {
      for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
