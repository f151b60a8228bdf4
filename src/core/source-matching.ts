import { alignmentLabel } from "../ruleset/labels";
import type { Descriptor, Ruleset, SourceEntry } from "../ruleset/schema";
import { type CompiledRuleset, foldedWords, type TextMatches } from "./enrich-matcher";
import { coverage, maximal, within } from "./enrich-spans";
import { type Normalized, normalize } from "./normalize";
import type { Entity, Evidence, Language, NoLabel, Quote, SourceRef, Span } from "./types";

export function entityRef(
  ruleset: Ruleset,
  entry: SourceEntry,
  lang: Language,
  matchedBy: SourceRef["matchedBy"],
  labelLang: Language,
): SourceRef {
  return {
    id: entry.id,
    name: entry.names[lang]?.[0] ?? entry.names.en[0] ?? entry.id,
    alignment: entry.alignment,
    ...(entry.country ? { country: entry.country } : {}),
    label: alignmentLabel(ruleset, entry.alignment, entry.country, labelLang),
    matchedBy,
    evidence: rulesetEvidence(entry, labelLang),
  };
}

/** A ruleset entry as a label's evidence: its description and first reference. */
export function rulesetEvidence(entry: SourceEntry, labelLang: Language): Evidence {
  return {
    kind: "ruleset",
    id: entry.id,
    description: entry.description[labelLang],
    reference: entry.references[0] ?? "",
  };
}

/** The language of the script at `at`: Arabic letters (presentation forms too) or not. */
export function langOf(text: string, at: number): Language {
  const c = text.charCodeAt(at);
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff) ? "ar" : "en";
}

/** Where a named part of a speaker ends: at a comma or a conjunction. */
const PART_BREAK = /[،,;؛]|\s(?:و|and|&)\s/g;

/** The part of `text` between separators that contains [start, end), without a leading «و». */
function partAround(text: string, from: number, to: number, start: number, end: number): Span {
  let a = from;
  let b = to;
  for (const m of text.slice(from, to).matchAll(PART_BREAK)) {
    const at = from + (m.index ?? 0);
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end && b === to) b = at;
  }
  const part = text.slice(a, b);
  const lead = /^[\s"'“”«»‘’]*(?:و\s+)?/.exec(part)?.[0].length ?? 0;
  const trail = /[\s"'“”«»‘’]*$/.exec(part.slice(lead))?.[0].length ?? 0;
  return { start: a + lead, end: b - trail, text: part.slice(lead, part.length - trail) };
}

/** How far back a back-reference ("the agency") may look for the source it stands for. */
export const REFERENCE_WINDOW = 1500;

interface Candidate {
  at: number;
  /** The mention this candidate stands for: a name, or the entity a speaker resolved to. */
  mention: Span;
  refs: SourceRef[];
  /** Folded words of the mention and of the entries it names; computed when first asked. */
  words: () => Set<string>;
}

/** What a speaker resolves to: its labels (possibly none) and the entity it stands for. */
interface Resolution {
  refs: SourceRef[];
  entity: Entity;
}

const spanOf = (text: string, r: { start: number; end: number }): Span => ({
  start: r.start,
  end: r.end,
  text: text.slice(r.start, r.end),
});

/**
 * Resolves the speakers of quotes to sources: named entities first, then descriptor phrases
 * («مصادر إعلامية موالية للنظام»), then back-references («الوكالة») to the last source before
 * them, then an account introduced by name to the source named before its introduction.
 * Returns the quotes, in input order, with `entity`, `source` and `sources` filled, and
 * `noLabel` where no source was found.
 */
export function resolveSpeakers(
  text: string,
  n: Normalized,
  quotes: readonly Quote[],
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
): Quote[] {
  const order = quotes
    .map((q, i) => ({ q, i }))
    .filter((x) => x.q.speaker)
    .sort((x, y) => (x.q.speaker?.start ?? 0) - (y.q.speaker?.start ?? 0));
  // Names inside quoted words or inside a speaker phrase are not what a later "the agency"
  // points back to: the quoted speech is someone else's, and the speaker is resolved as a whole.
  const insideQuote = coverage(quotes);
  const insideSpeaker = coverage(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const named: Candidate[] = matches.entities
    .filter((e) => !insideQuote(e.start) && !insideSpeaker(e.start))
    .map((e) => ({
      at: e.start,
      mention: spanOf(text, e),
      refs: [entityRef(c.ruleset, e.value, langOf(text, e.start), "entity", labelLang)],
      words: () => c.words.get(e.value.id) ?? NO_WORDS,
    }));
  // Speakers are resolved in text order, so `spoken` stays sorted as it grows.
  const spoken: Candidate[] = [];
  const resolved = new Map<number, Resolution>();
  for (const { q, i } of order) {
    const sp = q.speaker;
    if (!sp) continue;
    const self: Entity = { name: sp.text, mention: spanOf(text, sp), via: "self" };
    const refs = direct(text, sp, c, matches, labelLang);
    const found = (refs.length > 0 ? { refs, entity: self } : null) ??
      byReference(text, named, spoken, matches, sp) ??
      byIntroducedAccount(text, n, sp, named, spoken, matches) ?? { refs: [], entity: self };
    resolved.set(i, found);
    if (found.refs.length === 0) continue;
    const foundRefs = found.refs;
    spoken.push({
      at: sp.start,
      mention: found.entity.mention,
      refs: foundRefs,
      words: memo(() => speakerWords(text, sp, foundRefs, c)),
    });
  }
  return quotes.map((q, i) => {
    const { sources: _stale, noLabel: _none, ...rest } = q;
    const found = resolved.get(i);
    const entity = found?.entity ?? null;
    if (found && found.refs.length > 0) {
      return { ...rest, entity, source: found.refs[0] ?? null, sources: found.refs };
    }
    const noLabel: NoLabel = !q.speaker
      ? "no-speaker"
      : formerTie(text, q.speaker, matches)
        ? "former"
        : "no-signal";
    return { ...rest, entity, source: null, noLabel };
  });
}

/** Whether the speaker names a source only through a tie it has left ("a former CIA officer"). */
function formerTie(
  text: string,
  sp: { start: number; end: number },
  matches: TextMatches,
): boolean {
  const former = within(matches.lists.formerMarkers, sp.start, sp.end);
  if (former.length === 0) return false;
  const named = [
    ...within(matches.entities, sp.start, sp.end),
    ...within(matches.descriptors, sp.start, sp.end),
  ];
  return named.some((m) => former.some((f) => formerOf(text, f, m)));
}

const NO_WORDS = new Set<string>();

function memo<T>(f: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= f();
    return value;
  };
}

/** The words of a speaker and of the entries it was resolved to. */
function speakerWords(
  text: string,
  sp: { start: number; end: number },
  refs: readonly SourceRef[],
  c: CompiledRuleset,
): Set<string> {
  const words = foldedWords(text.slice(sp.start, sp.end));
  for (const r of refs) for (const w of c.words.get(r.id) ?? []) words.add(w);
  return words;
}

/** Words between two spans, counted by spaces. */
function wordsBetween(text: string, from: number, to: number): number {
  const gap = text.slice(from, to).trim();
  return gap === "" ? 0 : gap.split(/\s+/).length;
}

/**
 * Whether a "former" marker governs an entity: just before it ("former White House doctor",
 * "ex-CIA"), or within a few words after it in Arabic order («المتحدث باسم الخارجية الروسية السابق»).
 */
function formerOf(
  text: string,
  marker: { start: number; end: number },
  entity: { start: number; end: number },
): boolean {
  if (marker.end <= entity.start) return wordsBetween(text, marker.end, entity.start) <= 1;
  return marker.start >= entity.end && wordsBetween(text, entity.end, marker.start) <= 2;
}

/** A descriptor's label; its evidence is the part of the speaker that holds the phrase. */
function descriptorRef(
  c: CompiledRuleset,
  d: Descriptor,
  part: Span,
  labelLang: Language,
): SourceRef {
  return {
    id: `descriptor:${d.alignment}${d.country ? `:${d.country}` : ""}`,
    name: part.text,
    alignment: d.alignment,
    ...(d.country ? { country: d.country } : {}),
    label: alignmentLabel(c.ruleset, d.alignment, d.country, labelLang),
    matchedBy: "descriptor",
    evidence: { kind: "text", ...part },
  };
}

/** Sources the speaker names itself: entities, or descriptors that qualify it. */
function direct(
  text: string,
  sp: { start: number; end: number },
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
): SourceRef[] {
  const former = within(matches.lists.formerMarkers, sp.start, sp.end);
  // A tie the speaker has left ("a former Pentagon official", «المتحدث السابق باسم …») is not
  // theirs any more.
  const current = (m: { start: number; end: number }) => !former.some((f) => formerOf(text, f, m));
  const descs = maximal(within(matches.descriptors, sp.start, sp.end));
  // An entity inside a descriptor («مناصرة لتنظيم الدولة») is the object, not the speaker.
  const ents = within(matches.entities, sp.start, sp.end).filter(
    (e) => !descs.some((d) => d.start <= e.start && e.end <= d.end) && current(e),
  );
  const items = [
    ...ents.map((e) => ({
      start: e.start,
      ref: entityRef(c.ruleset, e.value, langOf(text, e.start), "entity", labelLang),
    })),
    ...descs
      .filter((d) => current(d) && !ents.some((e) => e.start <= d.start && d.end <= e.end))
      .map((d) => ({
        start: d.start,
        ref: descriptorRef(
          c,
          d.value,
          partAround(text, sp.start, sp.end, d.start, d.end),
          labelLang,
        ),
      })),
  ].sort((a, b) => a.start - b.start);
  const refs: SourceRef[] = [];
  for (const { ref } of items) {
    // A descriptor that repeats a named source's alignment qualifies it («أعماق التابعة للتنظيم»).
    const redundant = refs.some(
      (r) => r.id === ref.id || (ref.matchedBy === "descriptor" && r.alignment === ref.alignment),
    );
    if (!redundant) refs.push(ref);
  }
  return refs;
}

/**
 * What a back-reference before `at` stands for. With a head noun ("agency" for "the agency"),
 * the last source of that kind (by its names or description), named or speaking; failing that,
 * or without a head, the last speaker: a bare mention is not enough to be "the spokesman".
 */
function nearestBefore(
  at: number,
  named: readonly Candidate[],
  spoken: readonly Candidate[],
  via: Entity["via"],
  head?: string,
): Resolution | null {
  const fitting = head ? (c: Candidate) => fits(c.words(), head) : null;
  const found =
    (fitting && latest([lastBefore(named, at, fitting), lastBefore(spoken, at, fitting)])) ??
    lastBefore(spoken, at, () => true);
  if (!found) return null;
  return {
    refs: found.refs.map((r) => ({ ...r, matchedBy: "reference" as const })),
    entity: { name: found.mention.text, mention: found.mention, via },
  };
}

function latest(cs: (Candidate | undefined)[]): Candidate | undefined {
  return cs.reduce<Candidate | undefined>((a, c) => (c && (!a || c.at > a.at) ? c : a), undefined);
}

/** The last candidate of a list sorted by position that lies before `at`, within the window. */
function lastBefore(
  list: readonly Candidate[],
  at: number,
  accept: (c: Candidate) => boolean,
): Candidate | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const c = list[i] as Candidate;
    if (at - c.at > REFERENCE_WINDOW) return undefined;
    if (accept(c)) return c;
  }
  return undefined;
}

function fits(words: Set<string>, head: string): boolean {
  return words.has(head) || words.has(`ال${head}`);
}

/** The head noun of a back-reference: its last word, without the Arabic article. */
function headOf(reference: string): string {
  const words = [...foldedWords(reference)];
  const last = words[words.length - 1] ?? "";
  return last.startsWith("ال") && last.length > 4 ? last.slice(2) : last;
}

function byReference(
  text: string,
  named: readonly Candidate[],
  spoken: readonly Candidate[],
  matches: TextMatches,
  sp: { start: number; end: number },
): Resolution | null {
  // The speaker must be the back-reference itself ("The agency said"), not merely contain one
  // ("USCIS, the agency that oversees the program").
  const ref = within(matches.lists.references, sp.start, sp.end)[0];
  if (!ref || !/^[\s"'“”«»‘’„]*(?:و\s*)?$/.test(text.slice(sp.start, ref.start))) return null;
  const head = headOf(text.slice(ref.start, ref.end));
  return nearestBefore(sp.start, named, spoken, "description", head);
}

/** The speaker's words without quotation marks and spaces around them. */
function bareName(text: string, sp: { start: number; end: number }): string {
  return text
    .slice(sp.start, sp.end)
    .replace(/^[\s"'“”«»‘’„]+/, "")
    .replace(/[\s"'“”«»‘’„]+$/, "");
}

/**
 * A name the text introduced as an account or page («و ينقل حساب “إيفان سيدورينكو”») stands
 * for the source named just before that introduction («حساب موال للنظام»). Other repeated
 * names ("Clinton" … "Clinton") say nothing about alignment and are left alone.
 */
function byIntroducedAccount(
  text: string,
  n: Normalized,
  sp: { start: number; end: number },
  named: readonly Candidate[],
  spoken: readonly Candidate[],
  matches: TextMatches,
): Resolution | null {
  const name = normalize(bareName(text, sp)).text;
  if (name.length < 4) return null;
  const to = normalizedOffset(n, sp.start);
  const from = normalizedOffset(n, Math.max(0, sp.start - REFERENCE_WINDOW));
  const first = n.text.slice(from, to).indexOf(name);
  if (first < 0) return null;
  const at = n.map[from + first] ?? sp.start;
  const noun = within(matches.lists.accountNouns, Math.max(0, at - 30), at).at(-1);
  if (!noun || !/^[\s"'“”«»‘’„@]*$/.test(text.slice(noun.end, at))) return null;
  return nearestBefore(noun.start, named, spoken, "name");
}

/** The first normalized offset whose original offset is at or after `original`. */
function normalizedOffset(n: Normalized, original: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.map[mid] ?? 0) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
