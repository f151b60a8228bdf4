import { describe, expect, it, vi } from "vitest";
import type { PageSource, Quote } from "../../src/core/types";
import { exportJson, exportMarkdown, findingsExport } from "../../src/shared/export-findings";
import { statementsBySide, voicesOf } from "../../src/shared/voices";

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
function quote(speaker: string | null, source: Quote["source"], extra: object = {}): Quote {
  return {
    ...span("the town was shelled", 40),
    kind: "indirect",
    speaker: speaker ? span(speaker) : null,
    cue: span("said", 20),
    source,
    entity: null,
    language: "en",
    ...extra,
  };
}
const sana = {
  id: "sana",
  name: "SANA",
  alignment: "state-media",
  label: "State media (Syria)",
  matchedBy: "entity" as const,
  evidence: {
    kind: "ruleset" as const,
    id: "sana",
    description: "Syria's state news agency",
    reference: "https://example.org/sana",
  },
};
const sanaPage: PageSource = {
  ...sana,
  description: "Syria's state news agency",
  reference: "https://example.org/sana",
  mentions: [],
};

describe("voicesOf", () => {
  it("counts statements, not mentions, and lists unlabelled speakers by name", () => {
    const quotes = [
      quote("Obama", null),
      quote("obama", null),
      quote("SANA", sana),
      quote(null, null),
    ];
    expect(voicesOf(quotes, [sanaPage])).toEqual([
      {
        id: "speaker:obama",
        name: "Obama",
        label: null,
        alignment: null,
        side: "none",
        statements: 2,
      },
      {
        id: "sana",
        name: "SANA",
        label: "State media (Syria)",
        alignment: "state-media",
        side: "state",
        statements: 1,
        reference: "https://example.org/sana",
      },
    ]);
    expect(statementsBySide(quotes)).toEqual({
      state: 1,
      armed: 0,
      opposition: 0,
      independent: 0,
      none: 3,
    });
  });

  it("counts a pronoun under the entity the engine resolved it to", () => {
    const he = quote("he", null, {
      entity: { name: "Faisal Mekdad", mention: span("Faisal Mekdad", 100), via: "pronoun" },
    });
    expect(voicesOf([he, quote("Faisal Mekdad", null)], [])[0]).toMatchObject({
      name: "Faisal Mekdad",
      statements: 2,
    });
  });
});

describe("the voices' order", () => {
  it("is most statements first, then the article's order, with no locale-aware comparison", () => {
    // Comparing names by locale loads ICU's collation data on the page: a long task at 4x.
    const perCall = vi.spyOn(String.prototype, "localeCompare");
    const collator = vi.spyOn(Intl, "Collator");
    try {
      const names = Array.from({ length: 60 }, (_, i) => `Speaker ${(i * 37) % 60}`);
      const quotes = [...names, "Speaker 59"].map((n) => quote(n, null));
      const voices = voicesOf(quotes, []);
      expect(voices.map((v) => v.name)).toEqual([
        "Speaker 59",
        ...names.filter((n) => n !== "Speaker 59"),
      ]);
      expect(perCall).not.toHaveBeenCalled();
      expect(collator).not.toHaveBeenCalled();
    } finally {
      perCall.mockRestore();
      collator.mockRestore();
    }
  });
});

describe("the findings export", () => {
  const data = findingsExport({
    url: "https://news.example/a",
    title: "Shelling | Town",
    language: "en",
    quotes: [quote("SANA", sana), quote("Obama", null)],
    allegations: [
      {
        ...span("the town was shelled", 40),
        reasons: ["hedge", "party-claim"],
        cues: [{ ...span("allegedly"), reason: "hedge" }],
        claimTypes: [],
        by: null,
        against: null,
        statement: null,
      },
    ],
  });

  it("has speaker, label, statement, allegation reasons and the page URL, as JSON", () => {
    const json = JSON.parse(exportJson(data));
    expect(json.url).toBe("https://news.example/a");
    expect(json.statements[0]).toMatchObject({
      speaker: "SANA",
      label: "State media (Syria)",
      statement: "the town was shelled",
    });
    expect(json.statements[1]).toMatchObject({ speaker: "Obama", label: null });
    expect(json.allegations[0]).toEqual({
      text: "the town was shelled",
      reasons: ["hedge", "party-claim"],
      triggers: ["allegedly"],
    });
  });

  it("and as Markdown tables, names in the UI language, unknown reasons by their id", () => {
    const names: Record<string, string> = {
      reasonShort_hedge: "hedged",
      exportNoLabel: "no label",
    };
    const md = exportMarkdown(data, (key) => names[key] ?? key);
    expect(md).toContain("# Shelling \\| Town");
    expect(md).toContain("<https://news.example/a>");
    expect(md).toContain("| SANA | State media (Syria) | the town was shelled |");
    expect(md).toContain("| Obama | no label | the town was shelled |");
    expect(md).toContain("| the town was shelled | hedged; party-claim |");
  });
});
