import type { TextMatches } from "./enrich-matcher";
import { anyWithin, coverage, within } from "./enrich-spans";
import { isSpace } from "./normalize";
import { paragraphs, type Range, splitSentences } from "./sentences";
import { type Allegation, type Quote, type Reason, ReasonSchema, type Span } from "./types";

const WAW = "و";

/**
 * Clauses of a sentence: it is cut at ; and ؛, and at a comma followed by a clause opener
 * ("while", «في حين») or by the Arabic conjunction و, which starts a new clause far more often
 * than it joins a list.
 */
export function splitClauses(text: string, sentence: Range, openerStarts: Set<number>): Range[] {
  const out: Range[] = [];
  let start = sentence.start;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) out.push({ start: a, end: b });
  };
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i];
    if (ch === ";" || ch === "؛") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "," && ch !== "،") continue;
    let j = i + 1;
    while (j < sentence.end && isSpace(text.charCodeAt(j))) j++;
    if (openerStarts.has(j) || text[j] === WAW) {
      push(i);
      start = j;
    }
  }
  push(sentence.end);
  return out;
}

interface Cue extends Span {
  reason: Reason;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669);
}

/** Digit runs (Latin and Arabic-Indic) inside [start, end). */
function digitRuns(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  for (let i = start; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const s = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    out.push({ start: s, end: i });
  }
  return out;
}

/** How far apart two conflicting figures may be (in characters) to count as one dispute. */
const FIGURE_WINDOW = 400;

/**
 * Clauses that give a count ("400 dead") set against another count by a contrast
 * ("whereas", «في حين») in the same paragraph: the sides give conflicting figures.
 */
function conflictingFigures(
  text: string,
  clauses: readonly Range[],
  paras: readonly Range[],
  matches: TextMatches,
): Cue[] {
  const { countNouns: counts, numberWords: numbers, contrasts } = matches.lists;
  const paraOf = (at: number) => {
    let lo = 0;
    let hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paras[mid]?.end ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const figures = clauses.map((c) => {
    if (within(counts, c.start, c.end).length === 0) return [];
    return [...digitRuns(text, c.start, c.end), ...within(numbers, c.start, c.end)];
  });
  const paraIndex = clauses.map((c) => paraOf(c.start));
  const out: Cue[] = [];
  const flagged = new Set<number>();
  for (let j = 0; j < clauses.length; j++) {
    const fj = figures[j] ?? [];
    const cj = clauses[j] as Range;
    if (fj.length === 0) continue;
    const firstFigure = fj.reduce((min, f) => Math.min(min, f.start), cj.end);
    // Every clause within the window is looked at: a clause is a character or more, so at most
    // FIGURE_WINDOW of them.
    for (let i = j - 1; i >= 0; i--) {
      const ci = clauses[i] as Range;
      if (cj.start - ci.end > FIGURE_WINDOW) break;
      const fi = figures[i] ?? [];
      if (fi.length === 0 || paraIndex[i] !== paraIndex[j]) continue;
      if (!anyWithin(contrasts, ci.end, firstFigure)) continue;
      for (const k of [i, j]) {
        if (flagged.has(k)) continue;
        flagged.add(k);
        for (const f of figures[k] ?? []) {
          out.push({ ...f, text: text.slice(f.start, f.end), reason: "contested" });
        }
      }
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Regions where cues do not make an allegation: what sources on opposite sides both report
 * (a quote whose speakers have different alignments), and what a party admits.
 */
function settledRegions(quotes: readonly Quote[]): Range[] {
  const out: Range[] = [];
  for (const q of quotes) {
    const sides = new Set((q.sources ?? []).map((s) => s.alignment).filter((a) => a !== "unknown"));
    if (sides.size < 2 || !q.speaker) continue;
    out.push({
      start: Math.min(q.start, q.speaker.start),
      end: Math.max(q.end, q.speaker.end),
    });
  }
  return out;
}

/**
 * Unverified allegations: each clause that makes an accusation or a contested claim the text
 * does not confirm itself, with the cues that show it and the reasons, in text order.
 */
export function findAllegations(
  text: string,
  quotes: readonly Quote[],
  matches: TextMatches,
): Allegation[] {
  const { lists } = matches;
  const openerStarts = new Set(lists.clauseOpeners.map((m) => m.start));
  const clauses = splitSentences(text).flatMap((s) => splitClauses(text, s, openerStarts));
  const isNeutral = coverage([...lists.backReferencesToClaims, ...lists.neutralPhrases]);
  const settled = coverage(settledRegions(quotes));
  const cues: Cue[] = matches.cues
    .filter((c) => !isNeutral(c.start) && !settled(c.start))
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      reason: c.value,
    }));
  const figureCues = conflictingFigures(text, clauses, paragraphs(text), matches);
  const out: Allegation[] = [];
  for (const clause of clauses) {
    const admitted = within(lists.admissions, clause.start, clause.end)[0];
    const found = [
      ...within(cues, clause.start, clause.end),
      ...within(figureCues, clause.start, clause.end),
    ]
      // A party conceding a fact against its own interest is not alleging it.
      .filter((c) => !admitted || c.start < admitted.start)
      .sort((a, b) => a.start - b.start);
    if (found.length === 0) continue;
    const reasons = ReasonSchema.options.filter((r) => found.some((c) => c.reason === r));
    out.push({
      start: clause.start,
      end: clause.end,
      text: text.slice(clause.start, clause.end),
      reasons,
      cues: found.map(({ start, end, text: t }) => ({ start, end, text: t })),
    });
  }
  return out;
}
