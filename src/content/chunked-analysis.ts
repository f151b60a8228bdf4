import { findQuotes, withRuleset } from "../core/analyze";
import type { EnrichOptions } from "../core/enrich";
import type { Allegation, Analysis, PageSource, Quote, SourceRef, Span } from "../core/types";
import { type Clock, SLICE_MS, slicer } from "./yield";

/**
 * The first piece's size. Later pieces are sized from the time the engine took on the previous
 * one, so that each half of the work (engine, ruleset) takes about one slice on this machine.
 */
export const FIRST_CHUNK_CHARS = 2_000;
const MIN_CHUNK_CHARS = 500;
const MAX_CHUNK_CHARS = 200_000;

/** Where a piece from `start` of about `size` characters ends: after a paragraph break if any. */
export function chunkEnd(text: string, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return end;
  const paragraph = text.lastIndexOf("\n\n", end);
  return paragraph > start ? paragraph + 2 : end;
}

/** Splits at paragraph breaks into pieces of at most about `size` characters. */
export function chunkBounds(text: string, size: number): [number, number][] {
  const bounds: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, size);
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** The next piece's size: what the last one's slower half would do in one slice, within 4x. */
export function nextChunkSize(size: number, chars: number, slowestMs: number): number {
  const fitting = (chars * SLICE_MS) / Math.max(slowestMs, 0.1);
  const bounded = Math.min(size * 4, Math.max(size / 4, fitting));
  return Math.round(Math.min(MAX_CHUNK_CHARS, Math.max(MIN_CHUNK_CHARS, bounded)));
}

const shift = <T extends Pick<Span, "start" | "end"> | null>(span: T, by: number): T =>
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
  return {
    ...shift(a, by),
    cues: a.cues.map((c) => shift(c, by)),
    by: a.by
      ? {
          ...a.by,
          speaker: shift(a.by.speaker, by),
          entity: a.by.entity ? { ...a.by.entity, mention: shift(a.by.entity.mention, by) } : null,
          source: a.by.source ? shiftRef(a.by.source, by) : null,
        }
      : null,
    against: a.against
      ? {
          ...shift(a.against, by),
          source: a.against.source ? shiftRef(a.against.source, by) : null,
        }
      : null,
    statement: shift(a.statement, by),
  };
}

/**
 * Analyses text on the page (when the background cannot be reached) piece by piece, in slices
 * measured in time, yielding to the page between them; offsets are shifted back into the whole
 * text and each source is listed once with all its mentions. A statement across two pieces may
 * be missed: pieces end at paragraph breaks.
 */
export async function analyzeInChunks(
  text: string,
  options: EnrichOptions,
  /** Adds the time spent in the engine ("engine") and applying the ruleset ("sources"). */
  timings: Record<string, number> = {},
  clock: Clock = () => performance.now(),
): Promise<Analysis> {
  const quotes: Quote[] = [];
  const allegations: Allegation[] = [];
  const sources = new Map<string, PageSource>();
  const languages = { en: 0, ar: 0 };
  // Characters of the pieces mostly in a language the engine does not analyse, by language.
  const unsupported = new Map<string, number>();
  let publisher: PageSource | null = null;
  let size = FIRST_CHUNK_CHARS;
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, size);
    const piece = text.slice(start, end);
    // The engine and the ruleset each get a task of their own.
    let t = clock();
    const raw = findQuotes(piece, options);
    const engineMs = clock() - t;
    timings.engine = (timings.engine ?? 0) + engineMs;
    await slicer.pause(true);
    t = clock();
    const part = withRuleset(piece, raw, options);
    const sourcesMs = clock() - t;
    timings.sources = (timings.sources ?? 0) + sourcesMs;
    size = nextChunkSize(size, end - start, Math.max(engineMs, sourcesMs));
    languages[part.language] += end - start;
    const other = part.unsupportedLanguage;
    if (other) unsupported.set(other, (unsupported.get(other) ?? 0) + end - start);
    publisher ??= part.publisher ?? null;
    // Loops, not push(...spread): a piece may hold more findings than a call takes arguments.
    for (const q of part.quotes) quotes.push(shiftQuote(q, start));
    for (const a of part.allegations) allegations.push(shiftAllegation(a, start));
    for (const source of part.sources) {
      const mentions = source.mentions.map((m) => shift(m, start));
      const known = sources.get(source.id);
      if (known) for (const m of mentions) known.mentions.push(m);
      else {
        const evidence =
          source.evidence.kind === "text" ? shift(source.evidence, start) : source.evidence;
        sources.set(source.id, { ...source, evidence, mentions });
      }
    }
    if (end < text.length) await slicer.pause(true);
    start = end;
  }
  const [other] = [...unsupported].sort((a, b) => b[1] - a[1]);
  return {
    language: languages.ar > languages.en ? "ar" : "en",
    ...(other && other[1] * 2 > text.length ? { unsupportedLanguage: other[0] } : {}),
    quotes,
    allegations,
    sources: [...sources.values()],
    publisher,
  };
}
