import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { LONGEST_SPEAKER_CHARS, MAX_NESTED_STATEMENTS } from "../../src/core/statement-bounds";
import type { Quote } from "../../src/core/types";

/** How many other statements' cues lie inside each statement. */
const nested = (quotes: readonly Quote[]) =>
  quotes.map(
    (q) =>
      quotes.filter((p) => p !== q && p.cue && q.start <= p.cue.start && p.cue.end <= q.end).length,
  );

describe("statements bounded so the output stays linear", () => {
  it("hold a few earlier statements of their sentence, never all of them", () => {
    const text = "the town fell, according to officials, ".repeat(40);
    const { quotes } = analyze(text);
    expect(quotes.length).toBeGreaterThan(MAX_NESTED_STATEMENTS + 1);
    expect(Math.max(...nested(quotes))).toBe(MAX_NESTED_STATEMENTS);
    // The first ones, with fewer statements before them, are as the rules found them.
    expect(quotes.slice(0, 2).map((q) => q.start)).toEqual([0, 0]);
  });

  it("drop a speaker too long to be one, here and where it would be carried", () => {
    const text = `بحسب ${"رجل ".repeat(100)}، الجيش تقدم. وأضاف أن القصف استمر.`;
    const { quotes } = analyze(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect((q.speaker?.end ?? 0) - (q.speaker?.start ?? 0)).toBeLessThanOrEqual(
        LONGEST_SPEAKER_CHARS,
      );
    }
    const short = analyze(`بحسب ${"رجل ".repeat(5)}، الجيش تقدم.`).quotes[0];
    expect(short?.speaker?.text).toBe("رجل رجل رجل رجل رجل");
  });
});
