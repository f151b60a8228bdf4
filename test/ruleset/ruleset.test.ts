import { describe, expect, it } from "vitest";
import {
  bundledRulesetJson,
  loadBundledRuleset,
  mergeRulesets,
  parseCustomRuleset,
  parseRuleset,
  requireValidRuleset,
} from "../../src/ruleset/ruleset";
import { LIMITS, type SourceEntry } from "../../src/ruleset/schema";

const ruleset = loadBundledRuleset();
const byId = new Map(ruleset.sources.map((s) => [s.id, s]));

function entry(over: Partial<SourceEntry> = {}): SourceEntry {
  return {
    id: "test-outlet",
    names: { en: ["Test Outlet"], ar: ["منفذ الاختبار"] },
    alignment: "independent",
    description: { en: "A test outlet", ar: "منفذ للاختبار" },
    references: ["https://example.org/test-outlet"],
    ...over,
  };
}

function withSources(sources: unknown[]): Record<string, unknown> {
  return { ...(bundledRulesetJson() as Record<string, unknown>), sources };
}

describe("bundled ruleset", () => {
  it("is valid, versioned and large enough", () => {
    expect(parseRuleset(bundledRulesetJson()).ok).toBe(true);
    expect(ruleset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ruleset.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ruleset.sources.length).toBeGreaterThanOrEqual(150);
  });

  it("gives every entry English and Arabic names, descriptions and an https reference", () => {
    for (const s of ruleset.sources) {
      expect(s.names.en.length, s.id).toBeGreaterThan(0);
      expect(s.names.ar.length, s.id).toBeGreaterThan(0);
      expect(s.description.en && s.description.ar, s.id).toBeTruthy();
      expect(s.references[0], s.id).toMatch(/^https:\/\//);
    }
  });

  it("is parsed once", () => {
    expect(loadBundledRuleset()).toBe(ruleset);
  });

  it("covers every source of the seed article", () => {
    const seed: [string, string][] = [
      ["isis", "armed-group:isis"],
      ["amaq", "armed-group:isis"],
      ["sana", "state-media"],
      ["syrian-government", "government"],
      ["syrian-army", "government"],
      ["syrian-ndf", "pro-government"],
      ["war-media", "pro-government"],
      ["mirat-souria", "opposition"],
    ];
    for (const [id, alignment] of seed) expect(byId.get(id)?.alignment, id).toBe(alignment);
    expect(byId.get("amaq")?.names.ar).toEqual(expect.arrayContaining(["وكالة أعماق", "أعماق"]));
    expect(byId.get("amaq")?.names.en).toEqual(expect.arrayContaining(["Amaq", "A'maq"]));
  });

  it("covers the state media of the countries named in the issue", () => {
    for (const country of ["SY", "RU", "IR", "TR", "CN", "QA", "SA", "AE", "US"]) {
      const found = ruleset.sources.some(
        (s) => s.alignment === "state-media" && s.country === country,
      );
      expect(found, country).toBe(true);
    }
  });

  it("keeps editorially independent public broadcasters apart from state media", () => {
    for (const id of ["bbc", "deutsche-welle", "france-24", "rfi", "nhk"]) {
      expect(byId.get(id)?.alignment, id).toBe("public-broadcaster");
    }
  });

  it("labels UN agencies and humanitarian bodies independent, casualty monitors monitor", () => {
    for (const id of ["united-nations", "unhcr", "ocha", "ohchr", "who", "icrc", "msf", "hrw"]) {
      expect(byId.get(id)?.alignment, id).toBe("independent");
    }
    for (const id of ["sohr", "snhr", "airwars"])
      expect(byId.get(id)?.alignment, id).toBe("monitor");
  });

  it("has a gazetteer entry for every country it names, with both languages", () => {
    expect(ruleset.places.length).toBeGreaterThanOrEqual(195);
    for (const p of ruleset.places) {
      expect(ruleset.countries[p.country], p.country).toBeDefined();
      expect(p.names.ar.length, p.country).toBeGreaterThan(0);
      // "Georgia" is left out in English (the US state): the country keeps "Georgian", "Tbilisi".
      expect(p.names.en.length + p.adjectives.en.length, p.country).toBeGreaterThan(0);
    }
    const syria = ruleset.places.find((p) => p.country === "SY");
    expect(syria?.adjectives.ar).toEqual(expect.arrayContaining(["سوري", "سورية", "سوريين"]));
    const capitals = ruleset.places.flatMap((p) => [...p.capitals.en, ...p.capitals.ar]);
    expect(capitals).toEqual(
      expect.arrayContaining([
        "Moscow",
        "Kyiv",
        "Kiev",
        "Damascus",
        "Washington",
        "واشنطن",
        "موسكو",
      ]),
    );
  });

  it("covers the PolNeAR publishers and the major wire services", () => {
    const ids = [
      ...["breitbart", "huffpost", "nyt", "politico", "usa-today", "wash-post", "western-journal"],
      ...["reuters", "ap", "afp", "upi"],
    ];
    for (const id of ids) expect(byId.has(id), id).toBe(true);
    for (const id of ["reuters", "ap", "afp", "upi"]) {
      expect(byId.get(id)?.alignment).toBe("wire-service");
    }
  });

  it("has descriptor rules in both languages, including the issue's examples", () => {
    const phrases = new Map(ruleset.descriptors.map((d) => [d.phrase, d.alignment]));
    expect(phrases.get("pro-government")).toBe("pro-government");
    expect(phrases.get("state-run")).toBe("state-media");
    expect(phrases.get("موالية للنظام")).toBe("pro-government");
    expect(phrases.get("مناصرة لتنظيم الدولة")).toBe("armed-group:isis");
    expect(phrases.get("الناطق الإعلامي باسم التنظيم")).toBe("armed-group:isis");
    expect(phrases.get("المعارضة")).toBe("opposition");
  });
});

describe("parseRuleset", () => {
  it("refuses an invalid ruleset whole, listing every problem by JSON path", () => {
    const bad = withSources([
      entry({ alignment: "friendly" as never }),
      entry({ id: "no-ref", references: [] }),
      entry({ id: "Bad Id" }),
      entry({ id: "dup" }),
      entry({ id: "dup" }),
    ]);
    const result = parseRuleset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain("$.sources[0].alignment");
    expect(paths).toContain("$.sources[1].references");
    expect(paths).toContain("$.sources[2].id");
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(3);
  });

  it("checks cross-references once the shape is right", () => {
    const result = parseRuleset(
      withSources([
        entry({ id: "a", alignment: "armed-group:nobody" }),
        entry({ id: "b", alignment: "state-media" }),
        entry({ id: "c", country: "ZZ" }),
        entry({ id: "c" }),
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: "$.sources[0].alignment", message: 'armed group "nobody" listed under groups' },
        { path: "$.sources[1].country", message: "a country for alignment state-media" },
        { path: "$.sources[2].country", message: "country ZZ listed under countries" },
        { path: "$.sources[3].id", message: "duplicate id c" },
      ]),
    );
  });

  it("refuses phrases that are not literal (a '*' inside) or do not start with a letter", () => {
    const result = parseRuleset(withSources([entry({ names: { en: ["a*b", "(x"], ar: ["ا"] } })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      "$.sources[0].names.en[0]",
      "$.sources[0].names.en[1]",
    ]);
  });

  it("throws from requireValidRuleset with the problems listed", () => {
    expect(() => requireValidRuleset({ version: "1" }, "custom.json")).toThrow(
      /Invalid ruleset \(custom\.json\)[\s\S]*\$\.version: a version such as 1\.0\.0/,
    );
  });
});

describe("parseCustomRuleset", () => {
  it("accepts a partial ruleset", () => {
    const result = parseCustomRuleset({
      sources: [entry()],
      lexicons: { cues: { hedge: { en: ["rumoured to"] } } },
    });
    expect(result.ok).toBe(true);
  });

  it("refuses unknown sections instead of ignoring them", () => {
    const result = parseCustomRuleset({ sourcse: [] });
    expect(result.ok).toBe(false);
  });

  it("bounds phrase length, entry count and total size", () => {
    const long = parseCustomRuleset({
      sources: [entry({ names: { en: ["x".repeat(LIMITS.maxPhraseLength + 1)], ar: ["ا"] } })],
    });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors[0]?.message).toMatch(/at most 80 characters/);

    const many = parseCustomRuleset({
      sources: Array.from({ length: LIMITS.maxSources + 1 }, (_, i) => entry({ id: `s${i}` })),
    });
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.errors[0]?.path).toBe("$.sources");

    const huge = parseCustomRuleset({
      descriptors: [],
      padding: "x".repeat(LIMITS.maxTotalChars),
    });
    expect(huge).toEqual({
      ok: false,
      errors: [{ path: "$", message: expect.stringMatching(/at most 1000000 characters/) }],
    });
  });
});

describe("mergeRulesets", () => {
  it("replaces entries with the same id and adds new ones, leaving the base untouched", () => {
    const custom = parseCustomRuleset({
      sources: [entry({ id: "sana", alignment: "independent" }), entry({ id: "new-outlet" })],
      descriptors: [{ phrase: "regime mouthpiece", lang: "en", alignment: "state-media" }],
      lexicons: { cues: { hedge: { en: ["rumoured to"] } }, references: { ar: ["المنصة"] } },
    });
    if (!custom.ok) throw new Error(JSON.stringify(custom.errors));
    const merged = mergeRulesets(ruleset, custom.ruleset);
    const mergedIds = merged.sources.map((s) => s.id);
    expect(merged.sources.length).toBe(ruleset.sources.length + 1);
    expect(mergedIds.filter((id) => id === "sana")).toHaveLength(1);
    expect(merged.sources.find((s) => s.id === "sana")?.alignment).toBe("independent");
    expect(byId.get("sana")?.alignment).toBe("state-media");
    expect(merged.descriptors.at(-1)?.phrase).toBe("regime mouthpiece");
    expect(merged.lexicons.cues.hedge.en).toContain("rumoured to");
    expect(ruleset.lexicons.cues.hedge.en).not.toContain("rumoured to");
    expect(merged.lexicons.references.ar).toContain("المنصة");
    expect(parseRuleset(merged).ok).toBe(true);
  });
});
