/**
 * Learns the English cue lexicon from PolNeAR train and writes src/core/lexicon/cues-en.json.
 * For every cue phrase annotated in train it counts how often the phrase is a cue where it
 * occurs (precision), which side of the cue the content is on, and which side the source is.
 * Usage: npx tsx src/cli/learn-cues.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PhraseMatcher } from "../core/matcher";
import { normalize } from "../core/normalize";
import { findQuotations } from "../core/quote-marks";
import { type Fragments, loadPolnear, repoRoot } from "./polnear";

const MIN_HITS = 3;
const MIN_PRECISION = 0.1;
const MAX_WORDS = 4;

interface Tally {
  hits: number;
  occurrences: number;
  contentAfter: number;
  sourceBefore: number;
  withSource: number;
}

function cuePhrase(text: string, fragments: Fragments): string | null {
  const raw = fragments.map((f) => text.slice(f.start, f.end)).join(" ");
  const phrase = normalize(raw)
    .text.replace(/[^\p{L}\p{N}'’ -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (phrase.length === 0 || !/^\p{L}/u.test(phrase)) return null;
  if (phrase.split(" ").length > MAX_WORDS) return null;
  return phrase;
}

function main(): void {
  const train = loadPolnear("train");
  if (!train) {
    console.log("PolNeAR train not found under ../shared/data/polnear: nothing learned.");
    return;
  }
  const tallies = new Map<string, Tally>();
  const gold = train.map((article) =>
    article.attributions.flatMap((a) => {
      if (!a.cue) return [];
      const phrase = cuePhrase(article.text, a.cue);
      if (!phrase) return [];
      const cue = a.cue[0] as { start: number; end: number };
      const content = a.content[0] as { start: number; end: number };
      const source = a.source?.[0];
      return [{ phrase, cue, contentAfter: content.start >= cue.start, source }];
    }),
  );
  for (const cues of gold) {
    for (const g of cues) {
      const t = tallies.get(g.phrase) ?? {
        hits: 0,
        occurrences: 0,
        contentAfter: 0,
        sourceBefore: 0,
        withSource: 0,
      };
      t.hits++;
      if (g.contentAfter) t.contentAfter++;
      if (g.source) {
        t.withSource++;
        if (g.source.start < g.cue.start) t.sourceBefore++;
      }
      tallies.set(g.phrase, t);
    }
  }
  const candidates = [...tallies].filter(([, t]) => t.hits >= MIN_HITS);
  const matcher = new PhraseMatcher(candidates.map(([phrase]) => ({ phrase, value: phrase })));
  for (const article of train) {
    const quotes = findQuotations(article.text).filter((q) => q.depth === 0);
    for (const m of matcher.findAll(normalize(article.text))) {
      // Speech inside quotations is not annotated (and the engine skips it): count only outside.
      if (quotes.some((q) => q.innerStart <= m.start && m.end <= q.innerEnd)) continue;
      const t = tallies.get(m.value);
      if (t) t.occurrences++;
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const phrases = candidates
    .map(([phrase, t]) => ({ phrase, t, precision: t.hits / Math.max(t.occurrences, t.hits) }))
    .filter((c) => c.precision >= MIN_PRECISION)
    .sort((a, b) => b.t.hits - a.t.hits || a.phrase.localeCompare(b.phrase))
    .map((c) => [
      c.phrase,
      c.t.hits,
      round(c.precision),
      round(c.t.contentAfter / c.t.hits),
      c.t.withSource === 0 ? 0.5 : round(c.t.sourceBefore / c.t.withSource),
    ]);
  const out = {
    about:
      "English attribution cues learned from PolNeAR train by src/cli/learn-cues.ts. Each row: [phrase, times annotated as a cue, precision (annotated / occurrences outside quotations in train), share with the content after the cue, share with the source before the cue].",
    phrases,
  };
  const file = path.join(repoRoot, "src/core/lexicon/cues-en.json");
  writeFileSync(file, `${JSON.stringify(out).replace(/\],\[/g, "],\n[")}\n`);
  console.log(`${phrases.length} cue phrases written to ${path.relative(repoRoot, file)}`);
}

main();
