import { describe, expect, it } from "vitest";
import { wordsOf } from "../../src/core/text-labels";

describe("wordsOf", () => {
  it("gives the words of a range, folded, with their offsets", () => {
    expect(wordsOf("The U.S. envoy's aide", { start: 0, end: 21 })).toEqual([
      { start: 0, end: 3, w: "the" },
      { start: 4, end: 8, w: "u.s" },
      { start: 9, end: 16, w: "envoy's" },
      { start: 17, end: 21, w: "aide" },
    ]);
  });

  it("reads each text's own words for the same range, whichever was asked before", () => {
    const range = { start: 4, end: 9 };
    expect(wordsOf("the mayor said", range).map((w) => w.w)).toEqual(["mayor"]);
    expect(wordsOf("the envoy said", range).map((w) => w.w)).toEqual(["envoy"]);
    expect(wordsOf("the mayor said", range).map((w) => w.w)).toEqual(["mayor"]);
  });

  it("answers a range asked again with the same words", () => {
    const text = "a spokesman for the group said";
    const first = wordsOf(text, { start: 2, end: 25 });
    expect(wordsOf(text, { start: 2, end: 25 })).toEqual(first);
    expect(wordsOf(text, { start: 2, end: 15 }).map((w) => w.w)).toEqual(["spokesman", "for"]);
  });
});
