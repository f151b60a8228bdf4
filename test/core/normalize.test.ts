import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { normalize, toOriginal } from "../../src/core/normalize";
import type { Analysis } from "../../src/core/types";

describe("normalize", () => {
  it("folds Arabic presentation forms to base letters and keeps offsets", () => {
    const input = "سقطت ﺗﺪﻣﺮ ﺑﺎﻟﻜﺎﻣﻞ";
    const n = normalize(input);
    expect(n.text).toBe("سقطت تدمر بالكامل");
    const at = n.text.indexOf("تدمر");
    const [a, b] = toOriginal(n, at, at + 4);
    expect(input.slice(a, b)).toBe("ﺗﺪﻣﺮ");
  });

  it("folds a lam-alef ligature into two letters mapped to the one source char", () => {
    const input = "ﺍﻻﺭﻫﺎﺏ";
    const n = normalize(input);
    expect(n.text).toBe("الارهاب");
    expect(n.map[1]).toBe(1);
    expect(n.map[2]).toBe(1);
    expect(n.map[n.text.length]).toBe(input.length);
  });

  it("unifies alef and yeh variants and drops tatweel, harakat, zero-width and bidi controls", () => {
    const input = "أَعلنَ إِنّ آخر مستشفى بـــ\u200f\u2067x\u2069\u200b";
    const n = normalize(input);
    expect(n.text).toBe("اعلن ان اخر مستشفي بx");
  });

  it("lower-cases Latin but keeps the curly apostrophe", () => {
    expect(normalize("Isn’t ÉTÉ").text).toBe("isn’t été");
  });

  it("widens the last character to cover its harakat", () => {
    const input = "قالَ إنّ";
    const n = normalize(input);
    expect(toOriginal(n, 0, 3)).toEqual([0, 4]);
    expect(input.slice(...toOriginal(n, 4, 6))).toBe("إنّ");
  });

  it("maps every normalized char to a source char that folds to it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("a", "B", "ت", "ﺗ", "ﻻ", "ـ", "َ", "\u200f", "أ", " ", "“", "😀", "ى"),
          { maxLength: 40 },
        ),
        (parts) => {
          const input = parts.join("");
          const n = normalize(input);
          expect(n.map.length).toBe(n.text.length + 1);
          for (let i = 0; i < n.text.length; i++) {
            const [a, b] = toOriginal(n, i, i + 1);
            expect(a).toBeLessThan(b);
            expect(b).toBeLessThanOrEqual(input.length);
            const folded = normalize(input.slice(a, b)).text;
            expect(folded).toContain(n.text[i]);
            if (i > 0) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1] ?? 0);
          }
        },
      ),
    );
  });
});

/** Every code point whose NFKC form is more than one code point: «ﷺ» (18), «ﷻ», "ﬁ", "¼", "㎏"… */
const EXPANDING: string[] = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCodePoint(c);
  if ([...ch.normalize("NFKC")].length > 1) EXPANDING.push(ch);
}

const ARTICLES = [
  "قال المتحدث باسم وزارة الخارجية إن الجيش تقدم في المدينة، بحسب وكالة سانا.",
  '"We will not leave," said Maria Lopez, a spokeswoman. Rebels allegedly shelled the market, SANA said.',
];

/** The findings of `a` that start at or after `from`, moved back by `from`. */
function findingsAfter(a: Analysis, from: number): string {
  const kept = {
    quotes: a.quotes.filter((q) => q.start >= from),
    allegations: a.allegations.filter((x) => x.start >= from),
    sources: a.sources.map((s) => ({ ...s, mentions: s.mentions.filter((m) => m.start >= from) })),
  };
  return JSON.stringify(kept, (key, value) =>
    (key === "start" || key === "end") && typeof value === "number" ? value - from : value,
  );
}

describe("characters whose NFKC form is longer than one character", () => {
  it("are all listed (over a thousand, «ﷺ» among them)", () => {
    expect(EXPANDING.length).toBeGreaterThan(1000);
    expect(EXPANDING).toContain("\ufdfa");
  });

  it("keep normalize()'s map ordered and inside the input, for every one of them", () => {
    const bad: string[] = [];
    for (const ch of EXPANDING) {
      const input = `${ch}${ch} قال ${ch} said ${ch}`;
      const n = normalize(input);
      let ok = n.map.length === n.text.length + 1 && n.map[n.text.length] === input.length;
      for (let i = 0; ok && i < n.text.length; i++) {
        const [a, b] = toOriginal(n, i, i + 1);
        ok = a < b && b <= input.length && (n.map[i] ?? 0) >= (n.map[i - 1] ?? 0);
      }
      if (!ok) bad.push(`U+${ch.codePointAt(0)?.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });

  it("change none of an article's findings when written before it, for every one of them", () => {
    const expected = ARTICLES.map((text) => findingsAfter(analyze(text), 0));
    const bad: string[] = [];
    for (const ch of EXPANDING) {
      const prefix = `${ch.repeat(5)} ${ch}\n`;
      ARTICLES.forEach((text, k) => {
        const got = findingsAfter(analyze(prefix + text), prefix.length);
        if (got !== expected[k])
          bad.push(`U+${ch.codePointAt(0)?.toString(16)} before article ${k}`);
      });
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
