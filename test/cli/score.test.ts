import { describe, expect, it } from "vitest";
import {
  contentMatch,
  emptyTally,
  matchOneToOne,
  ratios,
  scoreArticle,
  scoreSeed,
} from "../../src/cli/score";
import type { Quote } from "../../src/core/types";

const span = (start: number, end: number) => [{ start, end }];

function quote(start: number, end: number, speaker?: [number, number]): Quote {
  return {
    start,
    end,
    text: "",
    kind: "indirect",
    speaker: speaker ? { start: speaker[0], end: speaker[1], text: "" } : null,
    cue: null,
    entity: null,
    source: null,
    language: "en",
  };
}

describe("scoring", () => {
  it("matches spans sharing at least half of the shorter one", () => {
    expect(contentMatch(span(0, 10), span(5, 100))).toBeGreaterThan(0);
    expect(contentMatch(span(0, 10), span(6, 100))).toBe(0);
    expect(contentMatch(span(0, 10), [...span(0, 2), ...span(20, 30)])).toBe(0);
  });

  it("pairs predictions and gold one to one, best overlaps first", () => {
    expect(matchOneToOne([span(0, 10), span(0, 10)], [span(0, 10)])).toEqual([[0, 0]]);
    expect(matchOneToOne([span(0, 20)], [span(0, 5), span(0, 20)])).toEqual([[0, 0]]);
  });

  it("scores the parts of one statement together, as PolNeAR annotates them", () => {
    const t = emptyTally();
    const later = { ...quote(40, 60), partOf: 0 };
    scoreArticle(
      t,
      [quote(0, 20), later],
      [{ content: [...span(0, 20), ...span(40, 60)], cue: null, source: null }],
    );
    expect([t.predicted, t.matched, t.strict]).toEqual([1, 1, 1]);
    const apart = emptyTally();
    scoreArticle(
      apart,
      [quote(0, 20), quote(40, 60)],
      [{ content: [...span(0, 20), ...span(40, 60)], cue: null, source: null }],
    );
    expect([apart.predicted, apart.matched, apart.strict]).toEqual([2, 1, 0]);
  });

  it("tallies precision, recall and source accuracy", () => {
    const t = emptyTally();
    scoreArticle(
      t,
      [quote(0, 10, [20, 25]), quote(40, 50)],
      [
        { content: span(0, 10), cue: null, source: span(21, 23) },
        { content: span(60, 70), cue: null, source: null },
      ],
    );
    const r = ratios(t);
    expect([r.precision, r.recall, r.sourceAccuracy]).toEqual([0.5, 0.5, 1]);
  });

  it("scores the seed format: verbatim spans, names marked as quotes counted", () => {
    const text = "قالت الوكالة إن المدينة سقطت، وذكر “سانا” ذلك.";
    const expected = {
      attributions: [{ source: "الوكالة", cue: "قالت", content: "إن المدينة سقطت" }],
      notQuotations: { spans: ["“سانا”"] },
    };
    const at = text.indexOf("إن");
    const name = text.indexOf("“سانا”");
    const s = scoreSeed(text, expected, [quote(at, at + 15, [5, 12]), quote(name, name + 6)]);
    expect(s).toEqual({
      attributions: 1,
      found: 1,
      speakerRight: 1,
      nonQuotations: 1,
      wronglyMarked: ["“سانا”"],
    });
  });

  it("credits a dropped subject through the mention it is linked to", () => {
    const text = "قالت الوكالة إن المدينة سقطت. وأضافت أن القتال انتهى.";
    const expected = {
      attributions: [
        { source: "الوكالة", cue: "قالت", content: "إن المدينة سقطت" },
        { source: "الوكالة", cue: "وأضافت", content: "أن القتال انتهى" },
      ],
      notQuotations: { spans: [] },
    };
    const first = quote(text.indexOf("إن"), text.indexOf("."), [5, 12]);
    const mention = { start: 5, end: 12, text: "الوكالة" };
    first.entity = { name: "الوكالة", mention, via: "self" };
    const cue = text.indexOf("وأضافت");
    const dropped = quote(text.indexOf("أن"), text.length - 1, [cue, cue + 6]);
    const linked = { ...dropped, speaker: { start: cue, end: cue + 6, text: "", dropped: true } };
    const unlinked = { ...linked, entity: null };
    linked.entity = { name: "الوكالة", mention, via: "dropped-subject" };
    expect(scoreSeed(text, expected, [first, linked]).speakerRight).toBe(2);
    expect(scoreSeed(text, expected, [first, unlinked]).speakerRight).toBe(1);
  });
});
