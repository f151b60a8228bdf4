import type { Ruleset } from "../ruleset/schema";
import { type Claim, type Cue, indexAt, placeCues, type Unit } from "./allegation-placement";
import { claimantOf, opposingSides, regionOf } from "./allegation-statements";
import { type TargetContext, targetOf } from "./allegation-targets";
import { claimsOf, opensWithClause } from "./claim-scope";
import type { TextMatches } from "./enrich-matcher";
import { anyWithin, coverage, within } from "./enrich-spans";
import { isSpace } from "./normalize";
import { ownLosses } from "./own-losses";
import { paragraphsOf, type Range, sentencesOf } from "./sentences";
import {
  type Allegation,
  type AllegationCue,
  type Claimant,
  type ClaimType,
  ClaimTypeSchema,
  type CueReason,
  type Language,
  type Quote,
  ReasonSchema,
} from "./types";
import { unnamedSpeakers } from "./unnamed-speakers";

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
 * (a quote whose speakers have different alignments).
 */
function settledRegions(quotes: readonly Quote[]): Range[] {
  const out: Range[] = [];
  for (const q of quotes) {
    if (!q.speaker || !opposingSides(q, true)) continue;
    out.push({
      start: Math.min(q.start, q.speaker.start),
      end: Math.max(q.end, q.speaker.end),
    });
  }
  return out;
}

/** A sentence asked as a question ("Senior ISIS figures killed?") is not sure of its claim. */
function questionCues(text: string, sentences: readonly Range[], regions: readonly Range[]): Cue[] {
  const inStatement = coverage(regions);
  const out: Cue[] = [];
  for (const s of sentences) {
    let end = s.end;
    while (end > s.start && CLOSING.has(text[end - 1] as string)) end--;
    const mark = text[end - 1];
    if ((mark === "?" || mark === "؟") && !inStatement(end - 1)) {
      out.push({ start: end - 1, end, text: mark, reason: "hedge" });
    }
  }
  return out;
}
const CLOSING = new Set(['"', "'", "”", "’", "»", ")"]);

/** What the ruleset and the reader's language add to the allegations (targets' labels). */
export interface AllegationContext {
  ruleset: Ruleset;
  labelLang: Language;
  /** Folded indefinite openers of speakers ("a", "two"): CompiledRuleset.openers. */
  openers: ReadonlySet<string>;
}

/** The kind of claim a cue word itself makes. */
const CUE_CLAIM: Partial<Record<CueReason, ClaimType>> = { accusation: "blame", denial: "denial" };

/** What an independent speaker's statement can still rest on: the text's own doubts. */
const DOUBTS_OF_THE_TEXT = new Set<CueReason>(["anonymous-source", "social-media", "unconfirmed"]);

/**
 * Unverified allegations, in text order. Each statement (a quote) is one candidate, each clause
 * outside statements another. A statement is an allegation when its cue words say so (an
 * accusation, a denial, a hedge, an anonymous source…) or when its speaker is a party to the
 * story and its content is a factual claim about contested events (the claim-type lexicons),
 * unless the text confirms it independently, both sides report it, the party confirms what
 * others report, or it is an admission. A casualty monitor's toll is an unconfirmed report of the
 * monitor's. A verification disclaimer in a sentence of its own
 * qualifies the statements before it (see placeCues).
 */
export function findAllegations(
  text: string,
  quotes: readonly Quote[],
  matches: TextMatches,
  context: AllegationContext,
): Allegation[] {
  const { lists } = matches;
  const openerStarts = new Set(lists.clauseOpeners.map((m) => m.start));
  const sentences = sentencesOf(text);
  const clauses = sentences.flatMap((s) => splitClauses(text, s, openerStarts));
  const paras = paragraphsOf(text);
  const regions = quotes.map(regionOf);
  const isNeutral = coverage([
    ...lists.backReferencesToClaims,
    ...lists.singleClaimReferences,
    ...lists.neutralPhrases,
  ]);
  const settled = coverage(settledRegions(quotes));
  const opensReport = coverage(lists.reportOpeners);
  const cues: Cue[] = [
    ...matches.cues
      .filter((c) => !isNeutral(c.start) && !settled(c.start))
      .map((c) => ({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        reason: c.value,
        ...(c.value === "unconfirmed" && opensReport(c.start) ? { opensReport: true } : {}),
      })),
    ...conflictingFigures(text, clauses, paras, matches),
    ...questionCues(text, sentences, regions),
  ].sort((a, b) => a.start - b.start);
  const claims: Claim[] = matches.claims
    .filter((c) => !isNeutral(c.start))
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      claimType: c.value,
    }));
  // "could not be independently verified" holds "independently verified": a disclaimer, no proof.
  const inDisclaimer = coverage(cues.filter((c) => c.reason === "unconfirmed"));
  const corroborations = lists.corroborations.filter((c) => !inDisclaimer(c.start));
  const sideWords = lists.partyWords.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
  }));
  /** Only a perpetrator claims an attack: a speaker claiming responsibility is a party to it. */
  const claimingAttack = (by: Claimant | null, region: Range): Claimant | null => {
    if (!by || by.party) return by;
    const words = within(lists.responsibilityClaims, region.start, region.end)[0];
    if (!words || anyWithin(lists.negations, region.start, words.start)) return by;
    const sideWords = {
      start: words.start,
      end: words.end,
      text: text.slice(words.start, words.end),
    };
    return { ...by, party: true, sideWords };
  };
  const unnamed = unnamedSpeakers(text, quotes, lists.unnamedRoles, context.openers);
  const { statements, others, hollow } = placeCues({
    text,
    quotes,
    regions,
    cues,
    claims,
    singleReferences: lists.singleClaimReferences,
    sentences,
    clauses,
    paras,
  });

  const targets: TargetContext = {
    text,
    ruleset: context.ruleset,
    labelLang: context.labelLang,
    entities: matches.entities,
  };
  const clauseStart = (at: number) => {
    const c = clauses[indexAt(clauses, at)];
    return c && c.start <= at ? c.start : at;
  };
  const sentenceAround = (r: Range): Range => ({
    start: sentences[indexAt(sentences, r.start)]?.start ?? r.start,
    end: sentences[indexAt(sentences, Math.max(r.start, r.end - 1))]?.end ?? r.end,
  });
  const out: Allegation[] = [];
  const build = (unit: Unit, region: Range, q: Quote | null, i: number) => {
    const by = q ? claimingAttack(claimantOf(q, sideWords), region) : null;
    let own = unit.cues;
    if (q?.speaker) {
      // An unnamed speaker, wherever the speaker stands (also carried from an earlier sentence),
      // or the unnamed source a pronoun or dropped subject refers back to («مشيرين» after «شهود عيان»).
      const referred = q.entity && q.entity.via !== "self" ? q.entity.mention : null;
      const extra = [q.speaker, referred].flatMap((s) =>
        s ? within(cues, s.start, s.end).filter((c) => c.reason === "anonymous-source") : [],
      );
      // A role inside a neutral phrase names the body speaking («مصدر مسؤول في وزارة…»: its official voice).
      const role = unnamed[i];
      if (role && !isNeutral(role.start)) extra.push({ ...role, reason: "anonymous-source" });
      if (extra.length > 0) own = dedupe([...own, ...extra]);
    }
    const partyClaims =
      q && by?.party ? withoutDenied(claimsOf(q, claims, lists, clauseStart)) : [];
    const monitorTolls =
      q && by?.source?.alignment === "monitor" && !by.party
        ? claimsOf(q, claims, lists, clauseStart).filter((c) => c.claimType === "casualties")
        : [];
    if (own.length === 0 && partyClaims.length === 0 && monitorTolls.length === 0) return;
    // A party reporting its own dead concedes them; unless it also accuses or denies, whoever
    // reports it (even an unnamed source), that is no allegation.
    if (
      q &&
      by &&
      partyClaims.length > 0 &&
      !own.some((c) => c.reason === "accusation" || c.reason === "denial") &&
      ownLosses(q, by, partyClaims, matches)
    ) {
      return;
    }
    const admitted = within(lists.admissions, region.start, region.end)[0];
    const independent = by?.source?.alignment === "independent";
    const found: AllegationCue[] = own
      // A party conceding a fact against its own interest is not alleging it.
      .filter((c) => !admitted || c.start < admitted.start || c.start >= region.end)
      .filter((c) => !independent || DOUBTS_OF_THE_TEXT.has(c.reason))
      .map((c) => ({ start: c.start, end: c.end, text: c.text, reason: c.reason }));
    const confirms = q ? confirmsOthers(q, lists) : false;
    if (q && !admitted && !confirms && !opposingSides(q)) {
      for (const c of partyClaims) {
        const reason = c.claimType === "denial" ? "denial" : "party-claim";
        found.push({ start: c.start, end: c.end, text: c.text, reason, claimType: c.claimType });
      }
    }
    // A monitor counts the dead from its own network of sources: its toll is an unconfirmed report,
    // unless a source of another side gives it too.
    if (q && !admitted && !confirms && !opposingSides(q)) {
      for (const c of monitorTolls) {
        found.push({ ...c, reason: "unconfirmed-report" });
      }
    }
    if (found.length === 0) return;
    if (corroborations.length > 0) {
      const around = sentenceAround(region);
      if (within(corroborations, around.start, around.end).length > 0) return;
    }
    found.sort((a, b) => a.start - b.start);
    const span = unit.span;
    const types = new Set<ClaimType>();
    for (const c of found) {
      const t = c.claimType ?? CUE_CLAIM[c.reason as CueReason];
      if (t) types.add(t);
    }
    for (const c of withoutDenied(within(claims, span.start, span.end))) types.add(c.claimType);
    const accusation = found.find((c) => c.reason === "accusation");
    out.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      reasons: ReasonSchema.options.filter((r) => found.some((c) => c.reason === r)),
      cues: found,
      claimTypes: ClaimTypeSchema.options.filter((t) => types.has(t)),
      by,
      against: accusation
        ? targetOf(targets, accusation, q?.speaker ?? null, Math.max(region.end, span.end))
        : null,
      statement: q ? { start: q.start, end: q.end } : null,
    });
  };
  statements.forEach((u, i) => {
    if (!hollow.has(i)) build(u, regions[i] as Range, quotes[i] as Quote, i);
  });
  for (const u of others) build(u, u.span, null, -1);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a statement's cue says the party confirms what others report: a confirmation ("confirmed"),
 * or a confirming verb with a noun object, not a clause («أكد حصيلة القتلى», not «أكد أن…»).
 */
function confirmsOthers(q: Quote, lists: TextMatches["lists"]): boolean {
  if (!q.cue) return false;
  if (anyWithin(lists.confirmations, q.cue.start, q.cue.end)) return true;
  if (q.kind !== "indirect" || !anyWithin(lists.confirmingVerbs, q.cue.start, q.cue.end)) {
    return false;
  }
  return !opensWithClause(q, lists.complementisers);
}

/** A claim's words inside a denial are the denial's ("doesn't fire at": no attack claimed). */
function withoutDenied(claims: Claim[]): Claim[] {
  const denials = claims.filter((c) => c.claimType === "denial");
  if (denials.length === 0) return claims;
  return claims.filter(
    (c) => c.claimType === "denial" || !denials.some((d) => d.start < c.end && c.start < d.end),
  );
}

/** Cues in text order, each once (a role word may also be a cue of the lexicon). */
function dedupe(cues: Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues
    .sort((a, b) => a.start - b.start)
    .filter((c) => {
      const key = `${c.start}:${c.end}:${c.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
