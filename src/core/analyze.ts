import {
  type Attribution,
  type Context,
  makeContext,
  outsideQuotations,
  quotationsWithin,
  quoteContent,
} from "./attribution";
import { arabicAttributions, findArabicCues } from "./attribution-ar";
import { englishAttributions, findEnglishCues } from "./attribution-en";
import { type EnrichOptions, enrich } from "./enrich";
import { paragraphLanguages } from "./language";
import { type Normalized, normalize } from "./normalize";
import { findQuotations } from "./quote-marks";
import type { Range } from "./sentences";
import { boundStatements } from "./statement-bounds";
import {
  type Analysis,
  type AnalyzeOptions,
  AnalyzeOptionsSchema,
  type Language,
  type Quote,
} from "./types";

/** One statement as a Quote; built field by field (no spreads), one shape for every quote. */
function toQuote(text: string, a: Attribution, language: Language): Quote {
  let speaker: Quote["speaker"] = null;
  if (a.speaker) {
    speaker = {
      start: a.speaker.start,
      end: a.speaker.end,
      text: text.slice(a.speaker.start, a.speaker.end),
    };
    if (a.speaker.carried) speaker.carried = true;
    if (a.speaker.dropped) speaker.dropped = true;
  }
  const quote: Quote = {
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
    kind: a.kind,
    speaker,
    cue: a.cue
      ? { start: a.cue.start, end: a.cue.end, text: text.slice(a.cue.start, a.cue.end) }
      : null,
    entity: null,
    source: null,
    language,
  };
  if (a.partOf !== undefined) quote.partOf = a.partOf;
  return quote;
}

/** Walks sorted matches paragraph by paragraph, so each paragraph gets its own in linear time. */
function cursor<T extends Range>(sorted: readonly T[]): (para: Range) => T[] {
  let i = 0;
  return (para) => {
    while (i < sorted.length && (sorted[i] as T).start < para.start) i++;
    const first = i;
    while (i < sorted.length && (sorted[i] as T).start < para.end) i++;
    return sorted.slice(first, i);
  };
}

/** Quotations long enough to be speech (not a name or a scare quote). */
const MIN_QUOTE_WORDS = 4;

/**
 * A quotation that fills its paragraph with no cue around it (a pull quote) is still a
 * statement: it is reported as a direct quote without speaker or cue.
 */
function unattributedQuotes(
  ctx: Context,
  para: Range,
  found: readonly Attribution[],
  claimed: ReadonlySet<number>,
): Attribution[] {
  return quotationsWithin(ctx, para.start, para.end)
    .filter(
      (q) =>
        q.start - para.start <= 1 &&
        para.end - q.end <= 1 &&
        (ctx.innerWords.get(q) ?? 0) >= MIN_QUOTE_WORDS &&
        !claimed.has(quoteContent(ctx.text, q).start) &&
        !found.some((a) => a.start < q.end && q.start < a.end),
    )
    .map((q) => ({ ...quoteContent(ctx.text, q), kind: "direct", speaker: null, cue: null }));
}

/** The engine's quotes before the ruleset is applied, with what enrich() can reuse. */
export interface RawAnalysis {
  language: Language;
  /** The language most of the text is in when the engine does not analyse it (BCP 47). */
  unsupportedLanguage?: string;
  quotes: Quote[];
  normalized: Normalized;
  /** Subjects of cues that state nothing ("the group denied involvement"): mentions only. */
  subjects?: Range[];
}

/**
 * Finds the attributed statements of a text and their speakers, without the ruleset. Pure; every
 * offset is a UTF-16 offset into `text`. The language is detected per paragraph unless
 * `options.lang` fixes it.
 */
export function findQuotes(text: string, options: AnalyzeOptions = {}): RawAnalysis {
  const { lang } = AnalyzeOptionsSchema.parse(options);
  const ctx = makeContext(text, normalize(text), findQuotations(text));
  const languages = paragraphLanguages(text);
  // Paragraphs in a language the engine does not analyse are left alone (unless a language is forced).
  const paras = languages.paragraphs
    .filter((p) => lang !== "auto" || p.unsupported === undefined)
    .map((p) => ({ start: p.start, end: p.end, language: lang === "auto" ? p.language : lang }));
  const englishCues = paras.some((p) => p.language === "en") ? findEnglishCues(ctx) : [];
  const arabicCues = paras.some((p) => p.language === "ar") ? findArabicCues(ctx) : [];
  const quotes: Quote[] = [];
  const subjects: Range[] = [];
  let previous: Attribution | undefined;
  // Content starts already taken, so a quotation introduced across paragraphs is not repeated.
  const claimed = new Set<number>();
  const en = cursor(outsideQuotations(ctx, englishCues));
  const ar = cursor(outsideQuotations(ctx, arabicCues));
  for (const para of paras) {
    const found = boundStatements(
      ctx,
      para.language === "en"
        ? englishAttributions(ctx, para, en(para), previous, subjects)
        : arabicAttributions(ctx, para, ar(para)),
    );
    for (const q of unattributedQuotes(ctx, para, found, claimed)) found.push(q);
    for (const a of found) claimed.add(a.start);
    found.sort((a, b) => a.start - b.start);
    for (const a of found) quotes.push(toQuote(text, a, para.language));
    previous = found[found.length - 1] ?? previous;
  }
  return {
    language: lang === "auto" ? languages.language : lang,
    ...(lang === "auto" && languages.unsupported
      ? { unsupportedLanguage: languages.unsupported }
      : {}),
    quotes,
    normalized: ctx.normalized,
    subjects,
  };
}

/**
 * Finds the attributed statements of a text, their speakers' sources and the unverified
 * allegations: findQuotes() then enrich(). Pure: text in, findings out.
 */
export function analyze(text: string, options: AnalyzeOptions & EnrichOptions = {}): Analysis {
  const raw = findQuotes(text, options);
  return withRuleset(text, raw, options);
}

/** Applies the ruleset to the engine's quotes (the second half of analyze()). */
export function withRuleset(text: string, raw: RawAnalysis, options: EnrichOptions = {}): Analysis {
  const enriched = enrich(text, raw.quotes, {
    ...options,
    normalized: raw.normalized,
    ...(raw.subjects ? { subjects: raw.subjects } : {}),
  });
  return {
    language: raw.language,
    ...(raw.unsupportedLanguage ? { unsupportedLanguage: raw.unsupportedLanguage } : {}),
    quotes: enriched.quotes,
    allegations: enriched.allegations,
    sources: enriched.sources,
    publisher: enriched.publisher,
  };
}
