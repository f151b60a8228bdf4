import type { Analysis, Span } from "../../src/core/types";

/** Every span of an analysis, with where it was found, for the offset properties. */
export function spans(result: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  result.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    if (q.speaker) out.push([`quotes[${i}].speaker`, q.speaker]);
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
  });
  result.allegations.forEach((a, i) => {
    out.push([`allegations[${i}]`, a]);
    a.cues.forEach((c, j) => {
      out.push([`allegations[${i}].cues[${j}]`, c]);
    });
  });
  result.sources.forEach((s, i) => {
    s.mentions.forEach((m, j) => {
      out.push([`sources[${i}].mentions[${j}]`, m]);
    });
  });
  return out;
}

/** The spans that are not well-ordered integer offsets inside `text` equal to their slice. */
export function badSpans(text: string, result: Analysis): string[] {
  return spans(result)
    .filter(
      ([, s]) =>
        !Number.isInteger(s.start) ||
        !Number.isInteger(s.end) ||
        s.start < 0 ||
        s.start > s.end ||
        s.end > text.length ||
        s.text !== text.slice(s.start, s.end),
    )
    .map(([where, s]) => `${where} ${JSON.stringify(s)}`);
}
