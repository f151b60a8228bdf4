import type { PageSource, Quote } from "../core/types";
import { quoteSources, speakerEntity } from "./finding-fields";
import type { Voice } from "./page-state";
import { SIDES, sideOf } from "./sides";

export type { Voice } from "./page-state";

/** The id under which a statement's voice is counted; null when the text names no speaker. */
export function voiceId(quote: Quote): string | null {
  const ref = quoteSources(quote)[0];
  if (ref) return ref.id;
  const name = speakerEntity(quote) ?? quote.speaker?.text;
  return name ? `speaker:${name.toLocaleLowerCase().replace(/\s+/g, " ").trim()}` : null;
}

/**
 * The page's voices, most statements first, then in the order the article first quotes them. A
 * statement counts for its first source; a speaker with none counts under its own name (its entity
 * when the engine resolved one), without label. Statements with no speaker at all are left out.
 */
export function voicesOf(quotes: readonly Quote[], sources: readonly PageSource[]): Voice[] {
  const details = new Map(sources.map((s) => [s.id, s]));
  const voices = new Map<string, Voice>();
  for (const quote of quotes) {
    const id = voiceId(quote);
    if (!id) continue;
    const known = voices.get(id);
    if (known) {
      known.statements++;
      continue;
    }
    const ref = quoteSources(quote)[0];
    const detail = ref ? details.get(ref.id) : undefined;
    voices.set(id, {
      id,
      name: ref?.name ?? speakerEntity(quote) ?? quote.speaker?.text ?? id,
      label: ref?.label ?? null,
      alignment: ref?.alignment ?? null,
      side: sideOf(ref?.alignment),
      statements: 1,
      ...(detail ? { reference: detail.reference } : {}),
    });
  }
  // Ties keep the article's order (the sort is stable): a locale-aware order of names would load
  // ICU's collation data on the page, a 60–130 ms task at 4x CPU throttling on a conflict article.
  return [...voices.values()].sort((a, b) => b.statements - a.statements);
}

/** Statements per side, for the "Whose voices" bar; statements without a speaker count as "none". */
export function statementsBySide(quotes: readonly Quote[]): Record<(typeof SIDES)[number], number> {
  const counts = Object.fromEntries(SIDES.map((s) => [s, 0])) as Record<
    (typeof SIDES)[number],
    number
  >;
  for (const quote of quotes) counts[sideOf(quoteSources(quote)[0]?.alignment)]++;
  return counts;
}
