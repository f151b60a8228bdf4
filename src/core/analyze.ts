import { type Attribution, makeContext } from "./attribution";
import { englishAttributions, findEnglishCues } from "./attribution-en";
import { detectLanguage, paragraphLanguages } from "./language";
import { normalize } from "./normalize";
import { findQuotations } from "./quote-marks";
import {
  type Analysis,
  type AnalyzeOptions,
  AnalyzeOptionsSchema,
  type Language,
  type Quote,
} from "./types";

function toQuote(text: string, a: Attribution, language: Language): Quote {
  const span = (r: { start: number; end: number }) => ({
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
  });
  return {
    ...span(a),
    kind: a.kind,
    speaker: a.speaker
      ? { ...span(a.speaker), ...(a.speaker.carried ? { carried: true } : {}) }
      : null,
    cue: a.cue ? span(a.cue) : null,
    source: null,
    language,
  };
}

/**
 * Finds the attributed statements of a text. Pure: text in, findings out; every offset is a
 * UTF-16 offset into `text`. The language is detected per paragraph unless `options.lang` fixes it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { lang } = AnalyzeOptionsSchema.parse(options);
  const ctx = makeContext(text, normalize(text), findQuotations(text));
  const englishCues = findEnglishCues(ctx);
  const quotes: Quote[] = [];
  for (const para of paragraphLanguages(text)) {
    const language = lang === "auto" ? para.language : lang;
    if (language === "en") {
      for (const a of englishAttributions(ctx, para, englishCues)) {
        quotes.push(toQuote(text, a, language));
      }
    }
  }
  return {
    language: lang === "auto" ? detectLanguage(text) : lang,
    quotes,
    allegations: [],
    sources: [],
  };
}
