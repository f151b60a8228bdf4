import type { Ruleset, SourceEntry } from "../ruleset/schema";
import type { PhraseMatch } from "./matcher";
import { entityRef, langOf } from "./source-matching";
import type { Language, Span, Target } from "./types";

/** How far after an accusation's cue its target may stand (characters). */
const TARGET_WINDOW = 120;

/** "accused government forces of", "blamed Hezbollah for": the words before "of" or "for". */
const ENGLISH_TARGET = /^[\s,]+((?:[\p{L}\p{N}'’.-]+\s+){0,6}?[\p{L}\p{N}'’.-]+)\s+(?:of|for)\s/u;

/** «اتهم الحوثيين بقصف»: the words before the one that opens with the preposition ب. */
const ARABIC_TARGET = /^[\s،]+((?:[^\s،,.:؛]+\s+){0,3}?[^\s،,.:؛]+)\s+ب[^\s،,.:؛]{2,}/u;

export interface TargetContext {
  text: string;
  ruleset: Ruleset;
  labelLang: Language;
  /** Names of sources in the text, sorted by start. */
  entities: readonly PhraseMatch<SourceEntry>[];
}

function firstEntityIn(
  entities: readonly PhraseMatch<SourceEntry>[],
  from: number,
  to: number,
): PhraseMatch<SourceEntry> | undefined {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entities[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const e = entities[lo];
  return e && e.end <= to ? e : undefined;
}

/**
 * Against whom an accusation is made: the source named first after its cue (past the speaker,
 * which Arabic puts between the verb and its object), else the object phrase the wording gives
 * ("accused X of", «اتهم X بـ»). Null when the text names nobody there.
 */
export function targetOf(
  ctx: TargetContext,
  cue: Span,
  speaker: Span | null,
  limit: number,
): Target | null {
  const { text } = ctx;
  let from = cue.end;
  if (speaker && speaker.start >= cue.end && speaker.start - cue.end <= 2) from = speaker.end;
  const to = Math.min(limit, from + TARGET_WINDOW);
  if (from >= to) return null;
  const lang = langOf(text, cue.start);
  const entity = firstEntityIn(ctx.entities, from, to);
  const rest = text.slice(from, to);
  const m = (lang === "ar" ? ARABIC_TARGET : ENGLISH_TARGET).exec(rest);
  if (m?.[1]) {
    const start = from + (m.index ?? 0) + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const named = entity && entity.start >= start && entity.end <= end ? entity : undefined;
    return {
      start,
      end,
      text: text.slice(start, end),
      source: named ? entityRef(ctx.ruleset, named.value, lang, "entity", ctx.labelLang) : null,
    };
  }
  if (!entity) return null;
  return {
    start: entity.start,
    end: entity.end,
    text: text.slice(entity.start, entity.end),
    source: entityRef(ctx.ruleset, entity.value, lang, "entity", ctx.labelLang),
  };
}
