import { describe, expect, it } from "vitest";
import { parseAnn } from "../../src/cli/polnear";

describe("parseAnn", () => {
  it("ties Content, Cue and Source of each attribution, fragments included", () => {
    const ann = [
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;25 30\tthe thing was done",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tContent 40 50\tsomething",
      "T6\tCue 51 55\twant",
      "E2\tAttribution-no-source:T6 Content:T5 Cue:T6",
      "T7\tDiscard 60 70\tRead more",
      "#1\tAnnotatorNotes T1\ta note",
    ].join("\n");
    expect(parseAnn(ann)).toEqual([
      {
        content: [
          { start: 11, end: 20 },
          { start: 25, end: 30 },
        ],
        cue: [{ start: 6, end: 10 }],
        source: [{ start: 0, end: 5 }],
      },
      { content: [{ start: 40, end: 50 }], cue: [{ start: 51, end: 55 }], source: null },
    ]);
  });
});
