import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ConflictArticle, loadConflictDev } from "../../src/cli/conflict-dev";
import {
  conflictFigures,
  emptyConflictTally,
  jaccard,
  type Prediction,
  scoreConflictArticle,
} from "../../src/cli/conflict-score";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/conflict-dev");
const [english] = loadConflictDev(path.join(fixtures, "en")) as ConflictArticle[];
const [arabic] = loadConflictDev(path.join(fixtures, "ar")) as ConflictArticle[];

/** The annotation itself as a prediction: every attribution with its speaker and side. */
function goldAsPrediction(article: ConflictArticle): Prediction {
  return {
    quotes: article.gold.attributions.map((a) => ({
      start: a.offsets.content[0],
      end: a.offsets.content[1],
      speaker: a.offsets.source ? { start: a.offsets.source[0], end: a.offsets.source[1] } : null,
      source: a.alignment === "unknown" ? null : { alignment: a.alignment },
    })),
    allegations: article.gold.allegations.map((a) => ({ start: a.offset[0], end: a.offset[1] })),
  };
}

function figures(article: ConflictArticle, prediction: Prediction) {
  const tally = emptyConflictTally();
  scoreConflictArticle(tally, article, prediction);
  return conflictFigures(tally);
}

describe("the conflict dev scorer", () => {
  it("loads both languages with offsets that slice out their strings", () => {
    for (const article of [english, arabic] as ConflictArticle[]) {
      for (const a of article.gold.attributions) {
        expect(article.text.slice(...a.offsets.content)).toBe(a.content);
      }
    }
  });

  it.each([
    ["English", english],
    ["Arabic", arabic],
  ])("gives the annotation itself full marks (%s)", (_name, article) => {
    const a = article as ConflictArticle;
    const f = figures(a, goldAsPrediction(a));
    expect(f).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      strict_f1: 1,
      speaker: 1,
      speaker_strict: 1,
      alignment: 1,
      labelled: 1,
      allegation_recall: 1,
    });
  });

  it("gives an empty prediction nothing, and counts every known side in the denominator", () => {
    const f = figures(english as ConflictArticle, { quotes: [], allegations: [] });
    expect(f).toMatchObject({ precision: 0, recall: 0, f1: 0, alignment: 0, labelled: 0 });
    expect(f.gold).toBe(english?.gold.attributions.length);
  });

  it("compares armed groups by the side before the colon, and a wrong side as labelled but wrong", () => {
    const a = english as ConflictArticle;
    const base = goldAsPrediction(a);
    const swapped: Prediction = {
      ...base,
      quotes: base.quotes.map((q) =>
        q.source
          ? {
              ...q,
              source: {
                alignment: q.source.alignment === "government" ? "opposition" : "armed-group:other",
              },
            }
          : q,
      ),
    };
    const f = figures(a, swapped);
    expect(f.labelled).toBe(1);
    const groups = a.gold.attributions.filter((x) => x.alignment.startsWith("armed-group:")).length;
    const known = a.gold.attributions.filter((x) => x.alignment !== "unknown").length;
    expect(f.alignment).toBeCloseTo(groups / known, 3);
  });

  it("matches one to one: a second prediction over the same statement is a false positive", () => {
    const a = english as ConflictArticle;
    const base = goldAsPrediction(a);
    const first = base.quotes[0];
    const f = figures(a, { ...base, quotes: first ? [...base.quotes, first] : base.quotes });
    expect(f.recall).toBe(1);
    expect(f.predicted).toBe(base.quotes.length + 1);
    expect(f.precision).toBeLessThan(1);
  });

  it("counts a content span sharing under half of the shorter span as no match", () => {
    const text = "The army said the town fell. Residents said nothing.";
    const article: ConflictArticle = {
      file: "synthetic.txt",
      text,
      gold: {
        source: "test",
        outlet: "test",
        date: "2026",
        attributions: [
          {
            content: "the town fell",
            source: "The army",
            cue: "said",
            kind: "indirect",
            alignment: "government",
            offsets: { content: [14, 27], source: [0, 8], cue: [9, 13] },
          },
        ],
        notQuotations: [],
        allegations: [],
        notAllegations: [],
      },
    };
    const at = (start: number, end: number) => ({ start, end, speaker: null, source: null });
    // 6 of 13 characters shared: under half.
    expect(figures(article, { quotes: [at(21, 40)], allegations: [] }).recall).toBe(0);
    // 7 of 13: half or more.
    expect(figures(article, { quotes: [at(20, 40)], allegations: [] }).recall).toBe(1);
  });

  it("measures Jaccard over the hull of two spans", () => {
    expect(jaccard([0, 10], [5, 15])).toBeCloseTo(5 / 15);
    expect(jaccard([0, 10], [20, 30])).toBe(0);
    expect(jaccard([3, 3], [3, 3])).toBe(0);
  });
});
