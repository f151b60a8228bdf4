import { isArabicLetter } from "./normalize";
import { paragraphs, type Range } from "./sentences";
import type { Language } from "./types";

export interface LanguageRange extends Range {
  language: Language;
}

/** Counts Arabic letters (presentation forms included) and Latin letters in [start, end). */
function letterCounts(text: string, start: number, end: number): { ar: number; en: number } {
  let ar = 0;
  let en = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c) || (c >= 0xfb50 && c <= 0xfefc)) ar++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) en++;
  }
  return { ar, en };
}

/** The language with more letters in [start, end); English when there are no letters at all. */
export function detectLanguage(text: string, start = 0, end = text.length): Language {
  const { ar, en } = letterCounts(text, start, end);
  return ar > en ? "ar" : "en";
}

export interface TextLanguages {
  /** The language with more letters in the whole text. */
  language: Language;
  paragraphs: LanguageRange[];
}

/**
 * Each paragraph with its language, and the whole text's, from one count of its letters. A
 * paragraph without letters of either script takes the language of the whole text, so a line of
 * numbers does not flip the analysis.
 */
export function paragraphLanguages(text: string): TextLanguages {
  const counted = paragraphs(text).map((p) => ({ p, ...letterCounts(text, p.start, p.end) }));
  let ar = 0;
  let en = 0;
  for (const c of counted) {
    ar += c.ar;
    en += c.en;
  }
  const whole: Language = ar > en ? "ar" : "en";
  return {
    language: whole,
    paragraphs: counted.map(({ p, ar, en }) => ({
      ...p,
      language: ar === en ? whole : ar > en ? "ar" : "en",
    })),
  };
}
