import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findQuotations } from "../../src/core/quote-marks";
import { GROWTH_LIMIT, growth } from "../helpers/growth";

const inner = (s: string) => findQuotations(s).map((q) => s.slice(q.innerStart, q.innerEnd));

describe("findQuotations", () => {
  it("pairs every kind of quotation mark", () => {
    const s = `a "one" b “two” c ‘three’ d «four» e ‹five› f „six“ g ‚seven‘ h 「eight」 i 『nine』`;
    expect(inner(s)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
    ]);
  });

  it("nests single quotes in double quotes", () => {
    const s = `He said, "They told me 'go home' twice."`;
    const qs = findQuotations(s);
    expect(qs.map((q) => [s.slice(q.innerStart, q.innerEnd), q.depth])).toEqual([
      ["They told me 'go home' twice.", 0],
      ["go home", 1],
    ]);
  });

  it("reads two apostrophes as a double quotation mark (typewriter style)", () => {
    const s =
      "''We will win,'' said Mr. Brown, who 'likes' it. ''Wow, what a great idea,'' she said.";
    expect(inner(s)).toEqual(["We will win,", "likes", "Wow, what a great idea,"]);
  });

  it("leaves apostrophes alone", () => {
    expect(inner("It isn't Jones' car, it's rock 'n' roll from the '90s.")).toEqual([]);
    expect(inner("Don’t touch the Joneses’ dog")).toEqual([]);
  });

  it("drops a stray mark at the end of its paragraph instead of swallowing the article", () => {
    const s = `He said "this never closes.\n\nA second paragraph with "a real quote" in it.`;
    expect(inner(s)).toEqual(["a real quote"]);
  });

  it("joins a quote across paragraphs when each paragraph reopens it", () => {
    const s = `“First part of the speech.\n\n“Second part,” she said.`;
    const qs = findQuotations(s);
    expect(qs).toHaveLength(1);
    expect(s.slice(qs[0]?.start, qs[0]?.end)).toBe(s.slice(0, s.indexOf(",”") + 2));
  });

  it("reads Arabic web typing: ” opening after a colon or a space, “ closing after a space", () => {
    const s = "قوله:”تدمر نباعت” ثم ” إيفان”، و قال “كانت خجولة “\nبعد";
    expect(inner(s)).toEqual(["تدمر نباعت", " إيفان", "كانت خجولة "]);
  });

  it("finds all 28 quotations of the seed", () => {
    const seed = readFileSync(new URL("../fixtures/seed/article.txt", import.meta.url), "utf8");
    const qs = findQuotations(seed);
    expect(qs).toHaveLength(28);
    expect(qs.every((q) => q.end - q.start < 300)).toBe(true);
  });

  it("stays linear on nothing but quotation marks", { timeout: 60_000 }, () => {
    for (const mark of ['"', "«", "“", "'", "”"]) {
      const s = mark.repeat(500_000);
      for (const q of findQuotations(s)) expect(q.end).toBeLessThanOrEqual(s.length);
      const g = growth(findQuotations, (n) => mark.repeat(n), 8_000);
      expect(g.ratio, `${mark}: ${g.detail}`).toBeLessThanOrEqual(GROWTH_LIMIT);
    }
  });
});
