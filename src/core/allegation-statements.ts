import { within } from "./enrich-spans";
import type { Range } from "./sentences";
import type { Alignment, Claimant, Quote, SourceRef, Span } from "./types";

/** Sides that are parties to the story: what they say about contested events is their claim. */
const PARTY_SIDES = new Set(["government", "pro-government", "opposition", "state-media"]);

export function isParty(alignment: Alignment): boolean {
  return PARTY_SIDES.has(alignment) || alignment.split(":")[0] === "armed-group";
}

/**
 * Who makes the claims of a statement: its speaker, with the source model's label. A speaker with
 * no label is still a party when its own words, or its entity's fullest mention, name a side in
 * the fighting (`partyWords`: "rebels", «المقاومة»); those words are kept as the evidence.
 */
export function claimantOf(q: Quote, partyWords: readonly Span[] = []): Claimant | null {
  if (!q.speaker) return null;
  const sources = sidesOf(q);
  const party = sources.find((s) => isParty(s.alignment));
  const claimant: Claimant = {
    speaker: q.speaker,
    entity: q.entity ?? null,
    source: party ?? q.source,
    party: party !== undefined,
  };
  if (q.source || partyWords.length === 0) return claimant;
  const spans = [q.speaker, q.entity?.mention].filter((s): s is Span => s !== undefined);
  for (const span of spans) {
    const words = within(partyWords, span.start, span.end)[0];
    if (words) {
      const { start, end, text } = words;
      return { ...claimant, party: true, sideWords: { start, end, text } };
    }
  }
  return claimant;
}

/**
 * The sources a statement's speaker names. A descriptor in an apposition of a source the ruleset
 * knows by name ("the Syrian Observatory for Human Rights, an activist group that tracks…")
 * describes that source, whose side the ruleset gives: it names no second one.
 */
export function sidesOf(q: Quote): SourceRef[] {
  const sources = q.sources?.length ? q.sources : q.source ? [q.source] : [];
  const sp = q.speaker;
  if (!sp || q.source?.evidence.kind !== "ruleset") return sources;
  const inApposition = (s: SourceRef) =>
    s.matchedBy === "descriptor" &&
    s.evidence.kind === "text" &&
    /[,،]\s*$/.test(sp.text.slice(0, Math.max(0, s.evidence.start - sp.start)));
  return sources.filter((s) => !inApposition(s));
}

/** How far a speaker may stand from its statement and still be part of the same attribution. */
const SPEAKER_REACH = 200;

/**
 * The words of one attribution: its content and cue, and its speaker when it stands next to
 * them (a speaker carried over from an earlier sentence is not part of this one).
 */
export function regionOf(q: Quote): Range {
  let start = q.start;
  let end = q.end;
  if (q.cue) {
    start = Math.min(start, q.cue.start);
    end = Math.max(end, q.cue.end);
  }
  const sp = q.speaker;
  if (sp && !sp.carried && sp.end >= start - SPEAKER_REACH && sp.start <= end + SPEAKER_REACH) {
    start = Math.min(start, sp.start);
    end = Math.max(end, sp.end);
  }
  return { start, end };
}

/**
 * Whether the sources named for a statement take different sides (both sides report it): by
 * their whole alignment (`exact`, armed groups apart) or by its kind. Labels read from the same
 * words of the speaker ("Rebel fighters": rebels, fighters), or one read from the whole speaker
 * («جماعة لواء الإسلام المعارضة»: the group, and the opposition it is), are one speaker's.
 */
export function opposingSides(q: Quote, exact = false): boolean {
  const named = sidesOf(q).filter((s) => s.alignment !== "unknown");
  const side = (s: SourceRef) => (exact ? s.alignment : s.alignment.split(":")[0]);
  const sp = q.speaker;
  const wholeSpeaker = (s: SourceRef) =>
    sp !== null &&
    s.evidence.kind === "text" &&
    s.evidence.start <= sp.start &&
    s.evidence.end >= sp.end;
  const sameWords = (a: SourceRef, b: SourceRef) =>
    wholeSpeaker(a) ||
    wholeSpeaker(b) ||
    (a.evidence.kind === "text" &&
      b.evidence.kind === "text" &&
      a.evidence.start < b.evidence.end &&
      b.evidence.start < a.evidence.end);
  return named.some((a, i) =>
    named.some((b, j) => j > i && side(a) !== side(b) && !sameWords(a, b)),
  );
}

/**
 * For each item (sorted by start), the index of the innermost range holding it, or -1: a cue
 * inside a statement nested in another belongs to the nested one. Ranges are searched by
 * binary search over their starts; each item looks at the ranges that hold it.
 */
export function innermost(
  items: readonly { start: number; end: number }[],
  ranges: readonly Range[],
): number[] {
  const order = ranges
    .map((_, i) => i)
    .sort((a, b) => (ranges[a]?.start ?? 0) - (ranges[b]?.start ?? 0));
  const out = items.map(() => -1);
  const best = items.map(() => Number.POSITIVE_INFINITY);
  let lo = 0;
  for (const i of order) {
    const r = ranges[i] as Range;
    while (lo < items.length && (items[lo]?.start ?? 0) < r.start) lo++;
    for (let k = lo; k < items.length; k++) {
      const item = items[k] as { start: number; end: number };
      if (item.start >= r.end) break;
      const length = r.end - r.start;
      if (item.end <= r.end && length < (best[k] ?? 0)) {
        best[k] = length;
        out[k] = i;
      }
    }
  }
  return out;
}
