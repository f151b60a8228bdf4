import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/core/matcher";
import { normalize } from "../../src/core/normalize";
import { GROWTH_LIMIT, growth } from "../helpers/growth";

function spans<T>(m: PhraseMatcher<T>, input: string, longest = false) {
  const n = normalize(input);
  return (longest ? m.findLongest(n) : m.findAll(n)).map((x) => [
    input.slice(x.start, x.end),
    x.value,
  ]);
}

describe("PhraseMatcher", () => {
  it("matches whole words only, case-insensitively, across whitespace runs", () => {
    const m = new PhraseMatcher([
      { phrase: "said", value: 1 },
      { phrase: "according to", value: 2 },
    ]);
    expect(spans(m, "He SAID it, according\n  to them; unsaid, saidly")).toEqual([
      ["SAID", 1],
      ["according\n  to", 2],
    ]);
  });

  it("finds the seed's presentation-form words with base-letter phrases", () => {
    const m = new PhraseMatcher([{ phrase: "تدمر", value: "palmyra" }]);
    expect(spans(m, "سقطت ﺗﺪﻣﺮ ﺑﺎﻟﻜﺎﻣﻞ")).toEqual([["ﺗﺪﻣﺮ", "palmyra"]]);
  });

  it("lets Arabic proclitics and the article precede a phrase", () => {
    const m = new PhraseMatcher([
      { phrase: "النظام", value: "regime" },
      { phrase: "بحسب", value: "per" },
    ]);
    expect(spans(m, "موالية للنظام وبحسب والنظام فالنظام بالنظام")).toEqual([
      ["لنظام", "regime"],
      ["بحسب", "per"],
      ["النظام", "regime"],
      ["النظام", "regime"],
      ["النظام", "regime"],
    ]);
  });

  it("does not take clitics when a phrase opts out, nor match inside a word", () => {
    const m = new PhraseMatcher([{ phrase: "قال", value: 1, proclitics: false }]);
    expect(spans(m, "وقال قال استقال")).toEqual([["قال", 1]]);
  });

  it("extends prefix phrases to the end of the word", () => {
    const m = new PhraseMatcher([{ phrase: "قال", value: "say", prefix: true }]);
    expect(spans(m, "و قالت وقالوا قال")).toEqual([
      ["قالت", "say"],
      ["قالوا", "say"],
      ["قال", "say"],
    ]);
  });

  it("ignores tatweel and harakat in the text", () => {
    const m = new PhraseMatcher([{ phrase: "إن", value: 1 }]);
    expect(spans(m, "قال إنّ الأمر")).toEqual([["إنّ", 1]]);
  });

  it("returns overlapping matches from findAll and leftmost-longest from findLongest", () => {
    const m = new PhraseMatcher([
      { phrase: "told", value: "a" },
      { phrase: "told reporters", value: "b" },
    ]);
    expect(spans(m, "she told reporters")).toEqual([
      ["told reporters", "b"],
      ["told", "a"],
    ]);
    expect(spans(m, "she told reporters", true)).toEqual([["told reporters", "b"]]);
  });

  it("stays linear on long inputs of overlapping matches", () => {
    const m = new PhraseMatcher([{ phrase: "aaa aaa", value: 1 }]);
    expect(m.findAll(normalize("aaa ".repeat(200_000))).length).toBe(199_999);
    const g = growth(
      (t) => m.findAll(normalize(t)),
      (n) => "aaa ".repeat(n),
      5_000,
    );
    expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
  });
});
