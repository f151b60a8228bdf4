import type { Allegation, PageSource, Quote, SourceRef } from "../core/types";

/**
 * What the UI reads of a finding beyond the spans, in one place. Each reader returns null when a
 * field is absent (who makes an allegation and against whom are not always known), so the UI says
 * less rather than something wrong.
 */

const asString = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

/** The named entity the speaker refers to ("he" → "Faisal Mekdad, Syria's foreign minister"). */
export function speakerEntity(quote: Quote): string | null {
  const name = quote.entity?.name?.trim();
  return name && name !== quote.speaker?.text ? name : null;
}

/** Every source the speaker names, the winning one first. */
export function quoteSources(quote: Quote): SourceRef[] {
  if (quote.sources?.length) return quote.sources;
  return quote.source ? [quote.source] : [];
}

export type Evidence =
  | { kind: "ruleset"; description: string; reference: string }
  | { kind: "text"; words: string };

/**
 * Why a label was given: the ruleset entry's description and reference (from the page's sources,
 * in the UI language, when the label's own evidence lacks them), or the words of the text it was
 * read from ("Syria's state news agency", "state-run").
 */
export function labelEvidence(
  ref: SourceRef,
  sources: ReadonlyMap<string, PageSource>,
): Evidence | null {
  const evidence = ref.evidence as SourceRef["evidence"] | undefined;
  if (evidence?.kind === "text") return { kind: "text", words: evidence.text };
  const entry = sources.get(ref.id);
  const description = entry?.description ?? evidence?.description;
  const reference = entry?.reference ?? evidence?.reference;
  return description && reference ? { kind: "ruleset", description, reference } : null;
}

/**
 * Who makes an allegation, when the engine says (`by`): the entity the speaker resolves to, else
 * the speaker's words (never the cue word of a dropped subject), with the source's label.
 */
export function allegationBy(
  allegation: Allegation,
): { name: string; label: string | null } | null {
  const by = allegation.by;
  if (!by) return null;
  const name = asString(by.entity?.name) ?? (by.speaker.dropped ? null : asString(by.speaker.text));
  if (!name) return null;
  return { name, label: asString(by.source?.label) };
}

/** Against whom an allegation is made, when the text says so, with the ruleset's label. */
export function allegationAgainst(allegation: Allegation): string | null {
  const against = allegation.against;
  const name = asString(against?.text);
  if (!name) return null;
  const label = asString(against?.source?.label);
  return label ? `${name} (${label})` : name;
}
