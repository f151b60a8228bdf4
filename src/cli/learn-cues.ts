/**
 * Learns the English cue lexicon from PolNeAR train and writes src/core/lexicon/cues-en.json.
 * For every cue phrase annotated in train it counts how often the phrase is a cue where it
 * occurs (precision), which side of the cue the content is on, and which side the source is.
 * A speech cue's regular inflections that train annotates too rarely to learn alone ("urges"
 * beside "urged") are learned with their family: their own train counts, smoothed toward the
 * family's precision, and the family's sides.
 * Only the cues the engine reads are written: speech cues at MIN_CUE_PRECISION or more.
 * Usage: npx tsx src/cli/learn-cues.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { MIN_CUE_PRECISION } from "../core/attribution-en";
import { isSpeechCue } from "../core/cue-senses-en";
import { PhraseMatcher } from "../core/matcher";
import { normalize } from "../core/normalize";
import { findQuotations } from "../core/quote-marks";
import { inflections } from "./inflections";
import { type Fragments, loadPolnear, repoRoot } from "./polnear";

const MIN_HITS = 3;
const MAX_WORDS = 4;
/** How many of a family's occurrences a sibling's own counts weigh against (additive smoothing). */
const FAMILY_WEIGHT = 3;

interface Tally {
  hits: number;
  occurrences: number;
  contentAfter: number;
  sourceBefore: number;
  withSource: number;
}

function emptyTally(): Tally {
  return { hits: 0, occurrences: 0, contentAfter: 0, sourceBefore: 0, withSource: 0 };
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
      const t = tallies.get(g.phrase) ?? emptyTally();
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
  const learned = new Set(candidates.map(([phrase]) => phrase));
  // The siblings of each learned one-word speech cue, by the cue they are learned with.
  const familyOf = new Map<string, string>();
  for (const [phrase] of candidates) {
    if (phrase.includes(" ") || !isSpeechCue(phrase)) continue;
    for (const form of inflections(phrase)) {
      // "favors" is no sibling of "favor" when "favored" is support, not speech.
      const speech = isSpeechCue(form) && inflections(form).every(isSpeechCue);
      if (!learned.has(form) && !familyOf.has(form) && speech) familyOf.set(form, phrase);
    }
  }
  for (const form of familyOf.keys()) if (!tallies.has(form)) tallies.set(form, emptyTally());
  const counted = [...candidates.map(([phrase]) => phrase), ...familyOf.keys()];
  const matcher = new PhraseMatcher(counted.map((phrase) => ({ phrase, value: phrase })));
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
  const precisionOf = (t: Tally) => t.hits / Math.max(t.occurrences, t.hits);
  const rows = candidates.map(([phrase, t]) => ({
    phrase,
    t,
    sides: t,
    precision: precisionOf(t),
  }));
  for (const [form, seed] of familyOf) {
    const t = tallies.get(form) as Tally;
    // Only forms train annotates at least once: a generated string is not always a word ("sayed").
    if (t.hits === 0) continue;
    const family = emptyTally();
    for (const member of [seed, ...inflections(seed)]) {
      const m = learned.has(member) ? tallies.get(member) : undefined;
      if (!m) continue;
      family.hits += m.hits;
      family.occurrences += Math.max(m.occurrences, m.hits);
      family.contentAfter += m.contentAfter;
      family.sourceBefore += m.sourceBefore;
      family.withSource += m.withSource;
    }
    const precision =
      (t.hits + FAMILY_WEIGHT * precisionOf(family)) /
      (Math.max(t.occurrences, t.hits) + FAMILY_WEIGHT);
    rows.push({ phrase: form, t, sides: family, precision });
  }
  const phrases = rows
    // Only what the engine reads: the rest would ship in the content script for nothing.
    .filter((c) => round(c.precision) >= MIN_CUE_PRECISION && isSpeechCue(c.phrase))
    .sort((a, b) => b.t.hits - a.t.hits || a.phrase.localeCompare(b.phrase))
    .map((c) => [
      c.phrase,
      c.t.hits,
      round(c.precision),
      round(c.sides.contentAfter / c.sides.hits),
      c.sides.withSource === 0 ? 0.5 : round(c.sides.sourceBefore / c.sides.withSource),
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
