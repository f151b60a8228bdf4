import { describe, expect, it } from "vitest";
import { type MarkedStatement, markSegments } from "../../src/content/mark-segments";

// "Officials said the army shelled the town, witnesses claimed."
//  0        9    14                              46
const statement: MarkedStatement = {
  start: 14,
  end: 41,
  speaker: { start: 0, end: 9 },
  cue: { start: 10, end: 14 },
  side: "state",
};

describe("markSegments", () => {
  it("colours only the speaker and cue with the side, and gives the statement a thin line", () => {
    expect(markSegments([statement], [], "sources")).toEqual([
      { start: 0, end: 9, style: "voice-state" },
      { start: 10, end: 14, style: "voice-state" },
      { start: 14, end: 41, style: "statement" },
    ]);
  });

  it("gives one mark per point where an allegation overlaps: the voice, then the allegation", () => {
    const segments = markSegments([statement], [{ start: 0, end: 46 }], "sources");
    expect(segments).toEqual([
      { start: 0, end: 9, style: "voice-state" },
      { start: 9, end: 10, style: "alleged" },
      { start: 10, end: 14, style: "voice-state" },
      { start: 14, end: 46, style: "alleged" },
    ]);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.start).toBeGreaterThanOrEqual(segments[i - 1]?.end ?? 0);
    }
  });

  it("marks only allegations in the allegations view", () => {
    expect(markSegments([statement], [{ start: 20, end: 30 }], "allegations")).toEqual([
      { start: 20, end: 30, style: "alleged" },
    ]);
  });

  it("tints each statement with its side in the everything view", () => {
    expect(markSegments([statement], [{ start: 30, end: 46 }], "everything")).toEqual([
      { start: 0, end: 9, style: "voice-state" },
      { start: 10, end: 14, style: "voice-state" },
      { start: 14, end: 30, style: "statement-state" },
      { start: 30, end: 41, style: "alleged-state" },
      { start: 41, end: 46, style: "alleged" },
    ]);
  });

  it("merges touching pieces of one style and skips empty spans", () => {
    const a = { start: 0, end: 5, speaker: null, cue: { start: 5, end: 5 }, side: "none" as const };
    const b = { start: 5, end: 9, speaker: null, cue: null, side: "armed" as const };
    expect(markSegments([a, b], [], "sources")).toEqual([{ start: 0, end: 9, style: "statement" }]);
  });

  it("lets a nested statement's speaker win inside an outer statement", () => {
    const outer = { ...statement, start: 14, end: 60 };
    const inner = {
      start: 50,
      end: 60,
      speaker: { start: 44, end: 48 },
      cue: null,
      side: "armed" as const,
    };
    expect(markSegments([outer, inner], [], "sources")).toContainEqual({
      start: 44,
      end: 48,
      style: "voice-armed",
    });
  });
});
