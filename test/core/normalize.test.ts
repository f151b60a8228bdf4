import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, toOriginal } from "../../src/core/normalize";

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
