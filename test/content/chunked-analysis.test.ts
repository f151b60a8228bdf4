import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  analyzeInChunks,
  chunkBounds,
  FIRST_CHUNK_CHARS,
  nextChunkSize,
} from "../../src/content/chunked-analysis";
import { SLICE_MS } from "../../src/content/yield";
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
    expect(chunkBounds("", 300)).toEqual([]);
  });
});

describe("nextChunkSize", () => {
  it("sizes the next piece so that it takes about one slice at the speed just measured", () => {
    // 2,000 characters in 4 ms: 4,000 fit in an 8 ms slice.
    expect(nextChunkSize(2000, 2000, SLICE_MS / 2)).toBe(4000);
    expect(nextChunkSize(4000, 4000, SLICE_MS * 2)).toBe(2000);
  });

  it("changes by at most 4x at a time, within fixed bounds", () => {
    expect(nextChunkSize(2000, 2000, 0)).toBe(8000);
    expect(nextChunkSize(2000, 2000, 1000)).toBe(500);
    expect(nextChunkSize(190_000, 190_000, 0)).toBe(200_000);
  });
});

describe("analyzeInChunks", () => {
  it("finds on one piece what analyze finds, with the same offsets", async () => {
    const short = seed.slice(0, seed.lastIndexOf("\n\n", FIRST_CHUNK_CHARS));
    const whole = analyze(short);
    const chunked = await analyzeInChunks(short, {});
    expect(whole.quotes.length).toBeGreaterThan(0);
    expect(chunked.quotes.map((q) => [q.start, q.end])).toEqual(
      whole.quotes.map((q) => [q.start, q.end]),
    );
  });

  it("cuts pieces by the time they take: a slower engine gets more, smaller pieces", async () => {
    const text = Array.from({ length: 6 }, () => seed).join("\n\n");
    /** A clock on which each timed half of a piece (engine, then ruleset) takes `ms`. */
    const piecesWith = async (ms: number) => {
      let now = 0;
      let readings = 0;
      const clock = () => {
        readings++;
        if (readings % 2 === 0) now += ms;
        return now;
      };
      await analyzeInChunks(text, {}, {}, clock);
      return readings / 4;
    };
    const fast = await piecesWith(0.5);
    const slow = await piecesWith(50);
    expect(slow).toBeGreaterThan(2 * fast);
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
    const starts = new Set(chunked.quotes.map((q) => `${q.start}:${q.end}`));
    for (const a of chunked.allegations) {
      expect(text.slice(a.start, a.end)).toBe(a.text);
      for (const c of a.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
      if (a.by) expect(text.slice(a.by.speaker.start, a.by.speaker.end)).toBe(a.by.speaker.text);
      if (a.against) expect(text.slice(a.against.start, a.against.end)).toBe(a.against.text);
      if (a.statement) expect(starts.has(`${a.statement.start}:${a.statement.end}`)).toBe(true);
    }
    expect(chunked.allegations.filter((a) => a.by && a.statement).length).toBeGreaterThan(3);
    const ids = chunked.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of chunked.sources) {
      for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
