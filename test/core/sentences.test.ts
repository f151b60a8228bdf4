import { describe, expect, it } from "vitest";
import { paragraphs, splitSentences } from "../../src/core/sentences";

const texts = (s: string, rs: { start: number; end: number }[]) =>
  rs.map((r) => s.slice(r.start, r.end));

describe("splitSentences", () => {
  it("splits English sentences but not after abbreviations and initials", () => {
    const s = "Mr. Smith went to the U.S. Senate. He said “no.” Then J. R. Doe left! Why? Done";
    expect(texts(s, splitSentences(s))).toEqual([
      "Mr. Smith went to the U.S. Senate.",
      "He said “no.”",
      "Then J. R. Doe left!",
      "Why?",
      "Done",
    ]);
  });

  it("does not split before a lower-case word or inside numbers", () => {
    const s = "It rose 3.5 percent, i.e. a lot. the end";
    expect(texts(s, splitSentences(s))).toEqual(["It rose 3.5 percent, i.e. a lot. the end"]);
  });

  it("handles Arabic punctuation: ؟ ends a sentence, ، and ؛ do not", () => {
    const s = "قال المتحدث، إن الوضع سيئ؛ والمدينة محاصرة. هل سقطت؟ نعم";
    expect(texts(s, splitSentences(s))).toEqual([
      "قال المتحدث، إن الوضع سيئ؛ والمدينة محاصرة.",
      "هل سقطت؟",
      "نعم",
    ]);
  });

  it("splits at line breaks and skips blank lines", () => {
    const s = "One\n\n  Two  \r\nThree";
    expect(texts(s, splitSentences(s))).toEqual(["One", "Two", "Three"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n ")).toEqual([]);
  });
});

describe("paragraphs", () => {
  it("returns trimmed non-blank lines", () => {
    const s = "Title\n\nFirst para. Two sentences.\n \nLast";
    expect(texts(s, paragraphs(s))).toEqual(["Title", "First para. Two sentences.", "Last"]);
  });
});
