import { readFileSync } from "node:fs";
import path from "node:path";
import type { Quote } from "../../src/core/types";

const dir = path.resolve(import.meta.dirname, "../fixtures/seed");

export const seedText = readFileSync(path.join(dir, "article.txt"), "utf8");

interface Attribution {
  source: string | null;
  cue: string | null;
  content: string;
  kind: Quote["kind"];
  alignment: string;
}

export const seedExpected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as {
  attributions: Attribution[];
  allegations: { span: string }[];
  notAllegations: { span: string }[];
};

/** The occurrence of `needle` nearest to `at` (as expected.json defines source and cue spans). */
function nearest(needle: string, at: number): number {
  let best = -1;
  for (let i = seedText.indexOf(needle); i >= 0; i = seedText.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best;
}

function span(start: number, text: string) {
  return { start, end: start + text.length, text };
}

/** The hand-annotated attributions as the engine would report them, sources left empty. */
export function goldQuotes(): { quote: Quote; alignment: string }[] {
  return seedExpected.attributions.map((a) => {
    const start = seedText.indexOf(a.content);
    return {
      alignment: a.alignment,
      quote: {
        ...span(start, a.content),
        kind: a.kind,
        speaker: a.source ? span(nearest(a.source, start), a.source) : null,
        cue: a.cue ? span(nearest(a.cue, start), a.cue) : null,
        entity: null,
        source: null,
        language: "ar",
      },
    };
  });
}
