import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { enrich } from "../../src/core/enrich";
import { namedInFull } from "../../src/core/source-matching";

const asRegex = (text: string, name: string) =>
  new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+${name}(?![\\p{L}])`, "u").test(text);

describe("namedInFull", () => {
  it("finds a surname after a capitalised word and spaces", () => {
    expect(namedInFull("Foreign Minister Sergey Lavrov", "Lavrov")).toBe(true);
    expect(namedInFull("J.\u00a0Lavrov", "Lavrov")).toBe(true);
    expect(namedInFull("the minister Lavrov", "Lavrov")).toBe(false);
    expect(namedInFull("Sergey Lavrova", "Lavrov")).toBe(false);
    expect(namedInFull("Lavrov", "Lavrov")).toBe(false);
  });

  it("says what the regex it replaces says", () => {
    const piece = fc.constantFrom(
      "Lavrov",
      "Lav",
      "rov",
      "S",
      "s",
      " ",
      "\u00a0",
      "\n",
      ".",
      "-",
      "’",
      "'",
      "é",
      "É",
      "ب",
      "𝐀",
      "1",
      ",",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.constantFrom("Lavrov", "Lav", "O’Neil"),
        (pieces, name) => {
          const text = pieces.join("");
          expect(namedInFull(text, name)).toBe(asRegex(text, name));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("resolving quotes resolved before", () => {
  it("gives the same quotes, field for field and in the same key order", () => {
    const text = readFileSync("test/fixtures/seed/article.txt", "utf8");
    const first = analyze(text).quotes;
    expect(first.some((q) => q.noLabel) && first.some((q) => q.sources)).toBe(true);
    expect(JSON.stringify(enrich(text, first).quotes)).toBe(JSON.stringify(first));
  });
});
