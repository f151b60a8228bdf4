import { findQuotes, withRuleset } from "../core/analyze";
import type { EnrichOptions } from "../core/enrich";
import type { Allegation, Analysis, PageSource, Quote, SourceRef, Span } from "../core/types";
import { yieldToPage } from "./yield";

/** About 10 ms of engine time on this size: small enough that no task on the page runs long. */
export const CHUNK_CHARS = 24_000;

/** Splits at paragraph breaks into pieces of at most about CHUNK_CHARS. */
export function chunkBounds(text: string, size = CHUNK_CHARS): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const paragraph = text.lastIndexOf("\n\n", end);
      if (paragraph > start) end = paragraph + 2;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

const shift = <T extends Span | null>(span: T, by: number): T =>
  (span ? { ...span, start: span.start + by, end: span.end + by } : span) as T;

function shiftRef(r: SourceRef, by: number): SourceRef {
  return r.evidence.kind === "text" ? { ...r, evidence: shift(r.evidence, by) } : r;
}

function shiftQuote(q: Quote, by: number): Quote {
  return {
    ...shift(q, by),
    speaker: shift(q.speaker, by),
    cue: shift(q.cue, by),
    entity: q.entity ? { ...q.entity, mention: shift(q.entity.mention, by) } : null,
    source: q.source ? shiftRef(q.source, by) : null,
    ...(q.sources ? { sources: q.sources.map((r) => shiftRef(r, by)) } : {}),
  };
}

function shiftAllegation(a: Allegation, by: number): Allegation {
  return { ...shift(a, by), cues: a.cues.map((c) => shift(c, by)) };
}

/**
 * Analyses long text piece by piece, yielding to the page between pieces; offsets are shifted back
 * into the whole text and each source is listed once with all its mentions.
 */
export async function analyzeInChunks(
  text: string,
  options: EnrichOptions,
  /** Adds the time spent in the engine ("engine") and applying the ruleset ("sources"). */
  timings: Record<string, number> = {},
): Promise<Analysis> {
  const quotes: Quote[] = [];
  const allegations: Allegation[] = [];
  const sources = new Map<string, PageSource>();
  const languages = { en: 0, ar: 0 };
  let publisher: PageSource | null = null;
  for (const [start, end] of chunkBounds(text)) {
    const piece = text.slice(start, end);
    // The engine and the ruleset each get a task: together they can pass 50 ms on a cold page.
    let t = performance.now();
    const raw = findQuotes(piece, options);
    timings.engine = (timings.engine ?? 0) + performance.now() - t;
    await yieldToPage();
    t = performance.now();
    const part = withRuleset(piece, raw, options);
    timings.sources = (timings.sources ?? 0) + performance.now() - t;
    languages[part.language] += end - start;
    publisher ??= part.publisher ?? null;
    quotes.push(...part.quotes.map((q) => shiftQuote(q, start)));
    allegations.push(...part.allegations.map((a) => shiftAllegation(a, start)));
    for (const source of part.sources) {
      const mentions = source.mentions.map((m) => shift(m, start));
      const known = sources.get(source.id);
      if (known) known.mentions.push(...mentions);
      else {
        const evidence =
          source.evidence.kind === "text" ? shift(source.evidence, start) : source.evidence;
        sources.set(source.id, { ...source, evidence, mentions });
      }
    }
    if (end < text.length) await yieldToPage();
  }
  return {
    language: languages.ar > languages.en ? "ar" : "en",
    quotes,
    allegations,
    sources: [...sources.values()],
    publisher,
  };
}
