import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { enrich } from "../../src/core/enrich";
import { normalize } from "../../src/core/normalize";
import { AnalysisSchema } from "../../src/core/types";
import { GROWTH_LIMIT, growth } from "../helpers/growth";
import { badSpans } from "../helpers/spans";

/** Pieces the rules react to, so random texts reach deep into the engine rather than bounce off. */
const PIECES = [
  // Quotation marks of every family, and what sits around them.
  '"',
  "“",
  "”",
  "„",
  "'",
  "‘",
  "’",
  "‚",
  "«",
  "»",
  "‹",
  "›",
  "「",
  "」",
  "『",
  "』",
  ": ",
  ", ",
  ". ",
  "? ",
  "، ",
  "؟ ",
  " — ",
  "\n",
  "\n\n",
  " ",
  // English and Arabic attribution and allegation cues, speakers and content.
  "said",
  " said ",
  "told reporters",
  "according to",
  "the ministry",
  "Reuters",
  "allegedly",
  "accused",
  "he",
  "that",
  "the army killed 80 people",
  "قال",
  "قالت",
  "وفقا ل",
  "بحسب",
  "الوكالة",
  "إن",
  "أن",
  "الجيش",
  "اتهم",
  "زعم",
  "مصادر",
  // Controls that must never move an offset.
  "\u200f",
  "\u200e",
  "\u202b",
  "\u202c",
  "\u2067",
  "\u2069",
  "\u200d",
  "\u0640",
  "\u064e",
  "\ud83d\ude00",
  "\ud800",
  "\udc00",
  "\ufeff",
  "\r\n",
  "\t",
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const texts = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join("")),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 120 })
    .map((parts) => parts.join("")),
);

const options = fc.record(
  {
    lang: fc.constantFrom("auto", "en", "ar") as fc.Arbitrary<"auto" | "en" | "ar">,
    publisher: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: [] },
);

describe("analyze on arbitrary text", () => {
  it("never throws, and returns an Analysis the schema accepts", () => {
    fc.assert(
      fc.property(texts, options, (text, opts) => {
        const result = analyze(text, opts);
        expect(AnalysisSchema.safeParse(result).error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every span inside the text, well ordered, and equal to its slice", () => {
    fc.assert(
      fc.property(texts, options, (text, opts) => {
        expect(badSpans(text, analyze(text, opts))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(texts, options, (text, opts) => {
        expect(analyze(text, opts)).toEqual(analyze(text, opts));
      }),
      { numRuns: 200 },
    );
  });

  it("enriches the same with the text's folding handed over as without (analyze reuses it)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { quotes } = analyze(text);
        expect(enrich(text, quotes, { normalized: normalize(text) })).toEqual(enrich(text, quotes));
      }),
      { numRuns: 200 },
    );
  });

  it("catches a span that strays (the offset check is not vacuous)", () => {
    const text = "“We will win,” the minister said.";
    const result = analyze(text);
    expect(result.quotes.length).toBeGreaterThan(0);
    const moved = {
      ...result,
      quotes: result.quotes.map((q) => ({ ...q, start: q.start + 1 })),
    };
    expect(badSpans(text, moved).length).toBeGreaterThan(0);
  });
});

/** Repeats `unit` to exactly `n` characters. */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A fixed pseudo-random mix of pieces (a linear congruential generator: the same text each run). */
function mix(pieces: readonly string[], n: number, seed = 7): string {
  let state = seed;
  const parts: string[] = [];
  let length = 0;
  while (length < n) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const piece = pieces[state % pieces.length] ?? "";
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("").slice(0, n);
}

const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"];

/** Texts built to find superlinear paths: name -> text of about n characters. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  "straight double quotes": (n) => repeat('"', n),
  "curly quotes, one kind": (n) => repeat("“", n),
  "every mark, mixed": (n) => mix(['"', "“", "”", "«", "»", "'", "‘", "’", "„", " ", "a", "\n"], n),
  "marks nested deep": (n) => `${repeat("«“‘", n / 2)}x${repeat("’”»", n / 2)}`,
  "an unclosed quotation": (n) => `He said "${repeat("word ", n)}`,
  "English cue words": (n) => repeat("said ", n),
  "Arabic cue words": (n) => repeat("قال ", n),
  "a quote and a cue per word": (n) => repeat('"a" said b, ', n),
  "one giant sentence": (n) => `He said that ${repeat("the army, which ", n)}`,
  "many short quoted paragraphs": (n) => repeat('"Yes," he said.\n\n', n),
  "announcements with purposes and adjuncts, one sentence": (n) =>
    repeat("وأعلن الجيش انطلاق العمليات لتحرير المدينة من سيطرة المسلحين، في أعقاب القصف، ", n),
  "confirming verbs with complementisers, one sentence": (n) =>
    repeat("وأكد الجيش السوري أن القوات تقدمت لتحرير القرية بعد المعارك، ", n),
  "English purposes in one sentence": (n) =>
    repeat("the army said its units moved to retake the town and captured villages, ", n),
  "one statement continued by every sentence": (n) =>
    `“It began,” he said. ${repeat("“We went on and on.” ", n)}`,
  "one statement continued by every paragraph": (n) =>
    `“It began,” he said.\n\n${repeat("“We went on and on.”\n\n", n)}`,
  "random bidi controls": (n) =>
    mix([...BIDI, "\u2069", "\u200f", "\u200e", "قال", " ", "said", "«", "»", '"', "."], n),
  "unpaired surrogates": (n) => mix(["\ud800", "\udc00", "a", " ", '"', "said", "\ud83d\ude00"], n),
  "only newlines": (n) => repeat("\n", n),
};

/** 1x is 8 K characters: long enough to measure, short enough that 16x stays quick. */
const BASE_CHARS = 8_000;

describe("analyze stays linear on adversarial text", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: per-character time at 16x the text within ${GROWTH_LIMIT}x that at 1x`, {
      timeout: 120_000,
    }, () => {
      const g = growth((t) => analyze(t), make, BASE_CHARS);
      expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
    });
  }

  it.each([
    "every mark, mixed",
    "English cue words",
    "Arabic cue words",
    "one giant sentence",
    "random bidi controls",
  ])(
    "a million characters (2 MB) of %s give valid spans",
    (name) => {
      const text = ADVERSARIAL[name]?.(1_000_000) ?? "";
      expect(badSpans(text, analyze(text))).toEqual([]);
    },
    120_000,
  );
});
