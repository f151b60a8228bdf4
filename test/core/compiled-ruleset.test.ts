import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/core/analyze";
import {
  RulesetTablesSchema,
  restoreRuleset,
  rulesetTables,
} from "../../src/core/compiled-ruleset";
import { compileRuleset, compileRulesetSteps } from "../../src/core/enrich-matcher";
import { PhraseMatcher } from "../../src/core/matcher";
import { normalize } from "../../src/core/normalize";
import { bundledRulesetJson } from "../../src/ruleset/ruleset";
import type { Ruleset } from "../../src/ruleset/schema";

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const texts = [
  fixture("seed/article.txt"),
  "Rebels said the town fell, according to the Syrian Observatory for Human Rights. SANA denied it.",
];

/** A separate copy of the bundled ruleset: compiled forms are cached per ruleset object. */
const freshRuleset = () => structuredClone(bundledRulesetJson()) as Ruleset;

/** The tables as the build ships them: through JSON. */
const shippedTables = () =>
  RulesetTablesSchema.parse(
    JSON.parse(JSON.stringify(rulesetTables(compileRuleset(freshRuleset())))),
  );

afterEach(() => vi.restoreAllMocks());

describe("PhraseMatcher tables", () => {
  it("give a matcher that finds what the original finds, stems and proclitics included", () => {
    const original = new PhraseMatcher([
      { phrase: "قال", value: "said", prefix: true },
      { phrase: "النظام", value: "regime" },
      { phrase: "according to", value: "according", proclitics: false },
      { phrase: "accord", value: "stem", prefix: true },
    ]);
    const { tables, values } = original.toTables();
    const restored = PhraseMatcher.fromTables(JSON.parse(JSON.stringify(tables)), values);
    const text = normalize("وقالت مصادر للنظام according to accordingly والنظام");
    expect(restored.findAll(text)).toEqual(original.findAll(text));
    expect(restored.findAll(text).length).toBeGreaterThanOrEqual(5);
  });

  it("still find their phrases once a phrase is added to the restored matcher", () => {
    const original = new PhraseMatcher([{ phrase: "قال", value: "said", prefix: true }]);
    const { tables, values } = original.toTables();
    const restored = PhraseMatcher.fromTables(tables, values);
    restored.add({ phrase: "denied", value: "denied" });
    const found = restored.findAll(normalize("وقالت المصادر and SANA denied it"));
    expect(found.map((m) => m.value)).toEqual(["said", "denied"]);
    expect(restored.toTables().tables.terminalNodes).toHaveLength(2);
  });
});

describe("a ruleset restored from its tables", () => {
  it("analyses exactly as the compiled ruleset does", () => {
    const ruleset = freshRuleset();
    restoreRuleset(ruleset, shippedTables());
    for (const text of texts) {
      const compiled = analyze(text, { ruleset: freshRuleset(), publisher: "SANA" });
      const restored = analyze(text, { ruleset, publisher: "SANA" });
      expect(restored).toEqual(compiled);
    }
    expect(analyze(texts[0] ?? "", { ruleset }).sources.length).toBeGreaterThan(3);
  });

  it("is loaded without adding or folding a phrase", () => {
    const tables = shippedTables();
    const add = vi.spyOn(PhraseMatcher.prototype, "add");
    const ruleset = freshRuleset();
    const restored = restoreRuleset(ruleset, tables);
    expect(add).not.toHaveBeenCalled();
    expect(compileRuleset(ruleset)).toBe(restored);
  });

  it("is loaded without a map per node of its trie (some 25,000 nodes)", () => {
    const tables = shippedTables();
    expect(tables.matcher.chars.length).toBeGreaterThan(10_000);
    let maps = 0;
    const CountedMap = class<K, V> extends Map<K, V> {
      constructor(entries?: Iterable<readonly [K, V]> | null) {
        super(entries);
        maps++;
      }
    };
    vi.stubGlobal("Map", CountedMap);
    try {
      restoreRuleset(freshRuleset(), tables);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(maps).toBeLessThan(1_000);
  });

  it("refuses tables made from another ruleset", () => {
    const tables = shippedTables();
    const other = freshRuleset();
    other.sources = other.sources.slice(1);
    expect(() => restoreRuleset(other, tables)).toThrow(/ruleset tables made from/);
  });
});

describe("compileRulesetSteps", () => {
  it("pauses every few dozen phrases and gives the same compiled ruleset", () => {
    const steps = compileRulesetSteps(freshRuleset());
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // About 1,750 phrases and 1,000 names: one pause per 64 of them.
    expect(pauses).toBeGreaterThan(30);
    const text = normalize(texts[1] ?? "");
    expect(next.value.matcher.findAll(text)).toEqual(
      compileRuleset(freshRuleset()).matcher.findAll(text),
    );
  });
});
