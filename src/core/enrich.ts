import { loadBundledRuleset } from "../ruleset/ruleset";
import type { Ruleset } from "../ruleset/schema";
import { findAllegations } from "./allegations";
import { compileRuleset, scanText } from "./enrich-matcher";
import { type Normalized, normalize } from "./normalize";
import { resolveSpeakers } from "./source-matching";
import { matchPublisher, pageSources } from "./sources";
import type { Allegation, Language, PageSource, Quote } from "./types";

export interface EnrichOptions {
  /** The page's publisher: og:site_name, JSON-LD publisher name, or its domain or URL. */
  publisher?: string;
  /** The ruleset to use (the bundled one, possibly merged with a user's); default bundled. */
  ruleset?: Ruleset;
  /** Language of labels and descriptions (the reader's UI language); default English. */
  labelLanguage?: Language;
  /** normalize(text), when the caller already has it (saves folding the text twice). */
  normalized?: Normalized;
  /** Subjects of cues that state nothing: mentions a later "it" may point back to. */
  subjects?: readonly { start: number; end: number }[];
}

export interface Enrichment {
  quotes: Quote[];
  allegations: Allegation[];
  sources: PageSource[];
  publisher: PageSource | null;
}

/**
 * Adds what the ruleset knows to the engine's quotes: each speaker's source and alignment, the
 * named sources of the page, the publisher, and the unverified allegations. Pure.
 */
export function enrich(
  text: string,
  quotes: readonly Quote[],
  options: EnrichOptions = {},
): Enrichment {
  const ruleset = options.ruleset ?? loadBundledRuleset();
  const labelLang = options.labelLanguage ?? "en";
  const compiled = compileRuleset(ruleset);
  const n = options.normalized?.input === text ? options.normalized : normalize(text);
  const matches = scanText(compiled, n);
  const withSources = resolveSpeakers(
    text,
    n,
    quotes,
    compiled,
    matches,
    labelLang,
    options.subjects,
  );
  return {
    quotes: withSources,
    allegations: findAllegations(text, withSources, matches, {
      ruleset,
      labelLang,
      openers: compiled.openers,
    }),
    sources: pageSources(text, withSources, compiled, matches, labelLang),
    publisher: options.publisher
      ? matchPublisher(options.publisher, text, compiled, matches, labelLang)
      : null,
  };
}
