import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  paragraphs,
  paragraphsOf,
  sentencesOf,
  sentencesWithin,
  splitSentences,
} from "../../src/core/sentences";

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

describe("sentences shared per text", () => {
  it("splits a text once for every step that asks (the same list back)", () => {
    const s = "One. Two.\n\nThree? Four";
    expect(sentencesOf(s)).toBe(sentencesOf(s));
    expect(paragraphsOf(s)).toBe(paragraphsOf(s));
    expect(sentencesOf(s)).toEqual(splitSentences(s));
    expect(paragraphsOf(s)).toEqual(paragraphs(s));
    const other = `${s} Five.`;
    expect(sentencesOf(other)).toEqual(splitSentences(other));
  });

  it("gives a paragraph the sentences of that paragraph split alone", () => {
    const piece = fc.constantFrom(
      "Mr.",
      "J.",
      "U.S.",
      "said.",
      "a",
      "b!",
      "“no.”",
      "؟",
      "…",
      " ",
      "\n",
      "\r\n",
      "\u2029",
      "x.y",
      "the",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(" ");
        for (const p of paragraphs(text)) {
          const alone = splitSentences(text.slice(p.start, p.end)).map((r) => ({
            start: r.start + p.start,
            end: r.end + p.start,
          }));
          expect(sentencesWithin(text, p)).toEqual(alone);
        }
      }),
    );
  });
});
