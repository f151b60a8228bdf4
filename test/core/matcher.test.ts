import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PhraseEntry, PhraseMatcher } from "../../src/core/matcher";
import { isArabicLetter, isWordChar, normalize, toOriginal } from "../../src/core/normalize";
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

  it("finds exactly what a phrase-by-phrase search finds, built or restored from tables", () => {
    const letters = ["a", "b", " ", "و", "ل", "ا", "ب", "ق", "ال", "لل", ".", "B"];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 });
    const entry = fc.record({
      phrase: word.map((w) => w.join("").trim()).filter((p) => isWordChar(p.charCodeAt(0))),
      prefix: fc.boolean(),
      proclitics: fc.boolean(),
    });
    // Texts of the letters and of the phrases themselves, bare, after proclitics or "لل".
    const textOf = (phrases: string[]) => {
      const pieces = phrases.flatMap((p) => [p, `و${p}`, `لل${p.replace(/^ال/, "")}`, `${p}a`]);
      return fc
        .array(fc.constantFrom(...letters, ...pieces), { maxLength: 16 })
        .map((t) => t.join(""));
    };
    const cases = fc
      .array(entry, { minLength: 1, maxLength: 8 })
      .chain((specs) => fc.tuple(fc.constant(specs), textOf(specs.map((e) => e.phrase))));
    fc.assert(
      fc.property(cases, ([specs, input]) => {
        const entries = specs.map((e, i) => ({ ...e, value: i }));
        const built = new PhraseMatcher(entries);
        const { tables, values } = built.toTables();
        const expected = reference(entries, input);
        expect(built.findAll(normalize(input))).toEqual(expected);
        expect(PhraseMatcher.fromTables(tables, values).findAll(normalize(input))).toEqual(
          expected,
        );
      }),
      { numRuns: 500 },
    );
  });
});

const CLITICS = "و ف ب ل ك وب وك ول فب فك فل ال وال فال بال كال وبال فبال وكال فكال لل ولل فلل";

/**
 * The matcher's contract, one phrase and one position at a time: at each word start, the phrase
 * itself, or after a proclitic (followed by an Arabic letter) when the phrase takes them, "لل"
 * also standing for ل + ال; whole words unless a prefix; one match per phrase and span.
 */
function reference(entries: readonly PhraseEntry<number>[], input: string) {
  const n = normalize(input);
  const t = n.text;
  const isSpaceChar = (c: string | undefined) => c !== undefined && /\s/.test(c);
  const matchAt = (phrase: string, at: number): number => {
    let i = at;
    for (let k = 0; k < phrase.length; k++) {
      if (phrase[k] === " ") {
        if (!isSpaceChar(t[i])) return -1;
        while (isSpaceChar(t[i])) i++;
      } else if (t[i] === phrase[k]) i++;
      else return -1;
    }
    return i;
  };
  const found = new Map<string, { start: number; end: number; value: number; id: number }>();
  entries.forEach((e, id) => {
    const phrase = normalize(e.phrase).text.trim().replace(/\s+/g, " ");
    if (!phrase) return;
    const tryAt = (at: number, reported: number, body: string) => {
      let end = matchAt(body, at);
      if (end < 0) return;
      if (e.prefix) while (end < t.length && isWordChar(t.charCodeAt(end))) end++;
      else if (end < t.length && isWordChar(t.charCodeAt(end))) return;
      const [start, stop] = toOriginal(n, reported, end);
      found.set(`${start},${stop},${id}`, { start, end: stop, value: e.value, id });
    };
    for (let p = 0; p < t.length; p++) {
      if (!isWordChar(t.charCodeAt(p)) || (p > 0 && isWordChar(t.charCodeAt(p - 1)))) continue;
      tryAt(p, p, phrase);
      if (e.proclitics === false) continue;
      for (const clitic of CLITICS.split(" ")) {
        const after = p + clitic.length;
        if (!t.startsWith(clitic, p) || after >= t.length) continue;
        if (!isArabicLetter(t.charCodeAt(after))) continue;
        tryAt(after, after, phrase);
        if (clitic.endsWith("لل") && phrase.startsWith("ال") && phrase.length > 2)
          tryAt(after, after - 1, phrase.slice(2));
      }
    }
  });
  return [...found.values()]
    .sort((x, y) => x.start - y.start || y.end - x.end || x.id - y.id)
    .map(({ start, end, value }) => ({ start, end, value }));
}
