import { describe, expect, it } from "vitest";
import { enrich } from "../../src/core/enrich";
import { compileRuleset } from "../../src/core/enrich-matcher";
import { normalize } from "../../src/core/normalize";
import { AllegationSchema, PageSourceSchema, type Quote, QuoteSchema } from "../../src/core/types";
import { loadBundledRuleset } from "../../src/ruleset/ruleset";
import { costOverTokenising, GROWTH_LIMIT, growthOf } from "../helpers/growth";
import { goldQuotes, seedText } from "../ruleset/seed-gold";

describe("enrich", () => {
  const quotes = goldQuotes().map((g) => g.quote);
  const result = enrich(seedText, quotes, { publisher: "مرآة سوريا" });

  it("returns data that fits the shared schemas", () => {
    for (const q of result.quotes) expect(QuoteSchema.safeParse(q).success).toBe(true);
    for (const a of result.allegations) expect(AllegationSchema.safeParse(a).success).toBe(true);
    for (const s of result.sources) expect(PageSourceSchema.safeParse(s).success).toBe(true);
    expect(PageSourceSchema.safeParse(result.publisher).success).toBe(true);
  });

  it("keeps the engine's quotes and offsets, only adding entities and sources", () => {
    expect(result.quotes).toHaveLength(quotes.length);
    result.quotes.forEach((q, i) => {
      const { source, sources, entity, noLabel, ...rest } = q;
      const { source: _s, entity: _e, ...before } = quotes[i] ?? { source: null, entity: null };
      expect(rest).toEqual(before);
      expect(source === null || sources?.[0] === source).toBe(true);
      expect(noLabel === undefined).toBe(source !== null);
      expect(entity !== null).toBe(q.speaker !== null);
    });
    expect(quotes.every((q) => q.source === null)).toBe(true);
  });

  it("finds the publisher and marks its mentions", () => {
    expect(result.publisher).toMatchObject({ id: "mirat-souria", label: "Opposition (Syria)" });
    expect(result.publisher?.mentions.map((m) => m.text)).toEqual([
      "مرآة سوريا",
      "موقع مرآة سوريا",
    ]);
  });

  it("handles empty text and text with no quotes", () => {
    expect(enrich("", [])).toEqual({ quotes: [], allegations: [], sources: [], publisher: null });
    const plain = enrich("Reuters said nothing.", []);
    expect(plain.sources.map((s) => s.id)).toEqual(["reuters"]);
  });

  it("compiles the bundled ruleset's matchers once", () => {
    expect(compileRuleset()).toBe(compileRuleset(loadBundledRuleset()));
  });

  it("costs an article within 100x a tokenising pass over it", () => {
    expect(costOverTokenising((t) => enrich(t, quotes), seedText)).toBeLessThan(100);
  });
});

describe("enrich on adversarial input", () => {
  /** `unit` repeated to `size` characters, with a quote per unit when speaker/content are given. */
  function synth(unit: string, size: number, speaker?: string, content?: string) {
    const reps = Math.ceil(size / unit.length);
    const quotes: Quote[] = [];
    for (let k = 0; speaker && content && k < reps; k++) {
      const s = k * unit.length + unit.indexOf(speaker);
      const c = k * unit.length + unit.indexOf(content);
      quotes.push({
        start: c,
        end: c + content.length,
        text: content,
        kind: "indirect",
        speaker: { start: s, end: s + speaker.length, text: speaker },
        cue: null,
        entity: null,
        source: null,
        language: "en",
      });
    }
    return { text: unit.repeat(reps), quotes };
  }

  it.each<[string, string, string?, string?]>([
    ["conflicting figures", "1 قتيل، في حين 2 قتيل، "],
    [
      "back-references",
      "Reuters said the dam broke. The agency said villages flooded.\n",
      "The agency",
      "villages flooded",
    ],
    [
      "accounts named again",
      "و ينقل حساب “فلان” عن مراسل قوله. بحسب ” فلان” الصور. ",
      "” فلان”",
      "الصور",
    ],
    ["names and cues", "داعش قالت allegedly denied accused "],
  ])("grows linearly: %s", { timeout: 60_000 }, (_name, unit, speaker, content) => {
    const small = synth(unit, 8_000, speaker, content);
    const large = synth(unit, 128_000, speaker, content);
    // The quotes belong to the text: each size is run with its own.
    const quotesOf = new Map([
      [small.text, small.quotes],
      [large.text, large.quotes],
    ]);
    const g = growthOf((t) => enrich(t, quotesOf.get(t) ?? []), small.text, large.text);
    expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
  });
});

describe("enrich twice", () => {
  it("does not keep sources from an earlier enrichment", () => {
    const text = "Reuters said the dam broke.";
    const q = {
      start: 13,
      end: 26,
      text: "the dam broke",
      kind: "indirect" as const,
      speaker: { start: 0, end: 7, text: "Reuters" },
      cue: null,
      entity: null,
      source: null,
      language: "en" as const,
    };
    const once = enrich(text, [q]).quotes[0];
    expect(once?.sources?.[0]?.id).toBe("reuters");
    const custom = { ...loadBundledRuleset(), sources: [] };
    const again = enrich(text, once ? [once] : [], { ruleset: custom }).quotes[0];
    expect(again?.source).toBeNull();
    expect(again?.sources).toBeUndefined();
  });
});

describe("a normalized text from the caller", () => {
  it("is used when it is the same text, and ignored otherwise", () => {
    const text = "قالت وكالة أعماق إن الهجوم بدأ";
    const other = normalize("Reuters said so.");
    expect(enrich(text, [], { normalized: normalize(text) }).sources.map((s) => s.id)).toEqual([
      "amaq",
    ]);
    expect(enrich(text, [], { normalized: other }).sources.map((s) => s.id)).toEqual(["amaq"]);
  });
});
