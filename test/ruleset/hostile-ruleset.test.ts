import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { compileRuleset } from "../../src/core/enrich-matcher";
import { normalize } from "../../src/core/normalize";
import {
  loadBundledRuleset,
  mergeRulesets,
  parseCustomRuleset,
  parseRuleset,
} from "../../src/ruleset/ruleset";
import { LIMITS } from "../../src/ruleset/schema";
import { costOverTokenising, GROWTH_LIMIT, growth } from "../helpers/growth";

/**
 * The engine's time per character with the worst custom ruleset the bounds let through, over its
 * time with the bundled one (both against a tokenising pass of the same run).
 */
const RULESET_COST_LIMIT = 2;

/** An object nested `depth` levels deep under `key`, built without recursion. */
function nested(depth: number, key: string, leaf: unknown = {}): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("a hostile custom ruleset", () => {
  it("of any JSON shape is refused or accepted, never thrown on", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        const result = parseCustomRuleset(json);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.path).toMatch(/^\$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("with the right sections but wrong types is refused, each problem at its JSON path", () => {
    const result = parseCustomRuleset({
      sources: "all of them",
      descriptors: [{ phrase: 42, lang: "fr", alignment: "friendly" }],
      countries: { SY: "Syria" },
      lexicons: { cues: { hedge: { en: [null, "ok", ["nested"]] } } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "$.sources",
        "$.descriptors[0].phrase",
        "$.descriptors[0].lang",
        "$.descriptors[0].alignment",
        "$.countries.SY",
        "$.lexicons.cues.hedge.en[0]",
        "$.lexicons.cues.hedge.en[2]",
      ]),
    );
  });

  it("that is not an object at all is refused with a message", () => {
    for (const json of [null, 0, "ruleset", [], true]) {
      const result = parseCustomRuleset(json);
      expect(result.ok, JSON.stringify(json)).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toBeTruthy();
    }
  });

  it("nested 100,000 objects deep is refused without overflowing the stack", () => {
    for (const json of [
      nested(100_000, "lexicons"),
      { lexicons: { cues: nested(100_000, "hedge") } },
      { sources: nestedArrays(100_000) },
      { countries: nested(100_000, "SY") },
    ]) {
      expect(parseCustomRuleset(json).ok).toBe(false);
    }
  });

  it("of tens of megabytes is refused by its size, before the schema looks at it", () => {
    const huge = {
      version: "1.0.0",
      descriptors: Array.from({ length: 400_000 }, () => "x".repeat(100)),
    };
    expect(parseCustomRuleset(huge)).toEqual({
      ok: false,
      errors: [{ path: "$", message: expect.stringMatching(/at most 1000000 characters/) }],
    });
  });

  it("made of many small language keys is bounded by the total size", () => {
    const languages = Object.fromEntries(
      Array.from({ length: 300_000 }, (_, i) => [`l${i}`, ["x"]]),
    );
    const result = parseCustomRuleset({
      lexicons: { references: { en: [], ar: [], ...languages } },
    });
    expect(result.ok).toBe(false);
  });

  it("cannot pollute Object.prototype through __proto__ keys", () => {
    const json = JSON.parse(
      '{"countries":{"__proto__":{"polluted":{"en":"x","ar":"y"}}},"groups":{"__proto__":{"en":"x","ar":"y"}},' +
        '"lexicons":{"cues":{"hedge":{"en":["rumoured"],"ar":[],"__proto__":["polluted"]}}}}',
    );
    const result = parseCustomRuleset(json);
    if (result.ok) {
      const merged = mergeRulesets(loadBundledRuleset(), result.ruleset);
      expect(Object.getPrototypeOf(merged.countries)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(merged.lexicons.cues.hedge)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).en).toBeUndefined();
  });

  it("with phrases written as regular expressions is refused, or kept as literal text", () => {
    const patterns = ["(a+)+$", ".*", "[a-z]+", "\\d+", "^said", "|b"];
    for (const phrase of patterns) {
      const result = parseCustomRuleset({
        lexicons: { cues: { hedge: { en: [phrase], ar: [] } } },
      });
      expect(result.ok, phrase).toBe(false);
    }
    // Starting with a letter, a pattern passes as a phrase: it is matched as those characters.
    const literal = parseCustomRuleset({
      lexicons: { cues: { hedge: { en: ["a(a+)+b", "x.+y", "a|b"], ar: [] } } },
    });
    expect(literal.ok).toBe(true);
    if (literal.ok)
      expect(literal.ruleset.lexicons?.cues?.hedge?.en).toEqual(["a(a+)+b", "x.+y", "a|b"]);
  });

  it("at every bound at once still parses and merges", () => {
    const phrases = (prefix: string) =>
      Array.from({ length: LIMITS.maxPhrasesPerList }, (_, i) => `${prefix}${i}`);
    const json = {
      lexicons: {
        references: { en: phrases("ref"), ar: phrases("مرجع") },
        cues: { hedge: { en: phrases("maybe"), ar: phrases("ربما") } },
      },
    };
    const result = parseCustomRuleset(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeRulesets(loadBundledRuleset(), result.ruleset);
    expect(merged.lexicons.cues.hedge.en.length).toBeGreaterThanOrEqual(LIMITS.maxPhrasesPerList);
  });
});

describe("a hostile complete ruleset (ruleset validate)", () => {
  it("is refused, not thrown on, whatever its shape", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        expect(parseRuleset(json).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(parseRuleset(nested(100_000, "sources")).ok).toBe(false);
  });
});

describe("analysis with a hostile custom ruleset", () => {
  /** Phrases that are all prefixes of one another, up to the length bound: a worst case for a trie. */
  const stacked = (word: string) =>
    Array.from({ length: Math.floor(LIMITS.maxPhraseLength / (word.length + 1)) }, (_, i) =>
      Array.from({ length: i + 1 }, () => word).join(" "),
    );
  const custom = parseCustomRuleset({
    sources: [
      {
        id: "stacked",
        names: { en: stacked("al"), ar: stacked("ال") },
        alignment: "independent",
        description: { en: "A test outlet", ar: "منفذ للاختبار" },
        references: ["https://example.org/stacked"],
      },
    ],
    lexicons: {
      cues: { hedge: { en: [...stacked("a"), "a(a+)+b", "x.+y"], ar: stacked("ا") } },
      references: { en: stacked("the"), ar: [] },
    },
  });

  it("is accepted within the bounds and stays linear on text made of its phrases", () => {
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    const ruleset = mergeRulesets(loadBundledRuleset(), custom.ruleset);
    for (const unit of ["a ", "al ", "ال ", "the ", "aaaaaaaaaaaa", "said a a a, "]) {
      const g = growth(
        (t) => analyze(t, { ruleset }),
        (n) => unit.repeat(n),
        Math.ceil(4_000 / unit.length),
      );
      expect(g.ratio, `${JSON.stringify(unit)}: ${g.detail}`).toBeLessThanOrEqual(GROWTH_LIMIT);
    }
  }, 120_000);

  it("matches a phrase written like a regular expression only as those characters", () => {
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    const ruleset = mergeRulesets(loadBundledRuleset(), custom.ruleset);
    const cues = (text: string) =>
      analyze(text, { ruleset }).allegations.flatMap((a) => a.cues.map((c) => c.text));
    expect(cues("The army a(a+)+b destroyed the town.")).toContain("a(a+)+b");
    expect(cues("The army aaab destroyed the town.")).not.toContain("aaab");
    expect(cues("The rebels x.+y killed forty people.")).toContain("x.+y");
    expect(cues("The rebels xzzy killed forty people.")).toEqual([]);
    // The input that makes /a(a+)+b/ backtrack forever is plain text here: linear.
    const g = growth(
      (t) => analyze(t, { ruleset }),
      (n) => `${"a".repeat(n)}c, officials said.`,
      4_000,
    );
    expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
  });
});

describe("a custom ruleset bounded by its phrases and languages (issue 15)", () => {
  const source = (id: string, names: Record<string, string[]>) => ({
    id,
    names: { en: ["x"], ar: ["س"], ...names },
    alignment: "independent",
    description: { en: "A test outlet", ar: "منفذ للاختبار" },
    references: ["https://example.org/test"],
  });
  /** "the" 60 times under each of `count` language keys. */
  const theIn = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        i < 2 ? ["en", "ar"][i] : `l${i}`,
        Array(60).fill("the"),
      ]),
    );
  const errorsOf = (json: unknown) => {
    const result = parseCustomRuleset(json);
    return result.ok ? [] : result.errors;
  };

  it("refuses 1,024 language keys (380 KB, under the size bound) at the names' path", () => {
    const json = { sources: [source("many-languages", theIn(1024))] };
    expect(JSON.stringify(json).length).toBeLessThan(LIMITS.maxTotalChars);
    expect(errorsOf(json)).toContainEqual({
      path: "$.sources[0].names",
      message: `at most ${LIMITS.maxLanguages} languages`,
    });
    expect(errorsOf({ lexicons: { cues: { hedge: theIn(9) } } })[0]?.path).toBe(
      "$.lexicons.cues.hedge",
    );
  });

  it("refuses more phrases than the bound, naming the first one over it", () => {
    const sources = Array.from({ length: 400 }, (_, i) =>
      source(`s${i}`, { en: Array(60).fill("a") }),
    );
    // Each source holds 60 English names and one Arabic one: the 20,000th phrase is in source 327.
    expect(errorsOf({ sources })).toEqual([
      {
        path: "$.sources[327].names.en[53]",
        message: `at most ${LIMITS.maxPhrases} phrases in all (names, descriptors, lexicons)`,
      },
    ]);
  });

  it("merges duplicate names: within the bounds, the same cost per character as the bundled one", () => {
    // 40 sources, each "the" 60 times in each of 8 languages: 19,200 names, one phrase.
    const sources = Array.from({ length: 40 }, (_, i) =>
      source(`the-${i}`, theIn(LIMITS.maxLanguages)),
    );
    const custom = parseCustomRuleset({ sources });
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    const bundled = loadBundledRuleset();
    const hostile = mergeRulesets(bundled, custom.ruleset);
    const text = "the ".repeat(1_000);
    const matches = (r: typeof bundled) =>
      compileRuleset(r).matcher.findAll(normalize(text)).length;
    // One match per "the" more than the bundled ruleset finds, not 19,200.
    expect(matches(hostile)).toBe(matches(bundled) + 1_000);
    const cost = (r: typeof bundled) => costOverTokenising((t) => analyze(t, { ruleset: r }), text);
    // Interleaved rounds, the best of each: another job on the machine only ever adds time, and a
    // single pair of measurements varies by a third from one to the next.
    let withHostile = Number.POSITIVE_INFINITY;
    let withBundled = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      withBundled = Math.min(withBundled, cost(bundled));
      withHostile = Math.min(withHostile, cost(hostile));
    }
    expect(withHostile / withBundled).toBeLessThan(RULESET_COST_LIMIT);
  }, 60_000);
});
