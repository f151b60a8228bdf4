import data from "./lexicon/languages.json";
import { bmpTest, isArabicLetter } from "./normalize";
import { paragraphsOf, type Range } from "./sentences";
import type { Language } from "./types";

/**
 * Which language each paragraph is in: one the engine analyses (English, Arabic) or another one,
 * named by its BCP 47 code so the UI can say which. Scripts other than Latin and Arabic are told
 * apart by their letters; Latin-script languages by their most frequent function words, and
 * Persian and Urdu by the letters they add to the Arabic alphabet (all of it data:
 * lexicon/languages.json). One pass over the text's characters, one over its Latin words.
 */

export interface LanguageRange extends Range {
  language: Language;
  /** The paragraph's language when the engine does not analyse it ("fr", "zh"). */
  unsupported?: string;
}

const SCRIPT_RANGES: [number, number, number][] = data.scripts.flatMap((s, i) =>
  s.ranges.map(([from, to]) => [from as number, to as number, i] as [number, number, number]),
);
/** Per UTF-16 unit: the entry of data.arabicScript that adds the letter, -1 for none. */
const ARABIC_EXTRA = new Int16Array(0x10000).fill(-1);
data.arabicScript.forEach((s, i) => {
  for (const ch of s.letters) ARABIC_EXTRA[ch.charCodeAt(0)] = i;
});
const LATIN_LANGUAGES = Object.keys(data.latinWords);
const ENGLISH = LATIN_LANGUAGES.indexOf("en");
/** Word -> bit set of the Latin-script languages it is frequent in. */
const LATIN_WORDS = new Map<string, number>();
LATIN_LANGUAGES.forEach((language, i) => {
  for (const w of data.latinWords[language as keyof typeof data.latinWords]) {
    LATIN_WORDS.set(w, (LATIN_WORDS.get(w) ?? 0) | (1 << i));
  }
});
/**
 * The listed words written in a-z only, by their letters read as digits 1-26 in base 27: a word
 * of the text in ASCII letters is looked up by a number computed while it is scanned, without
 * cutting it out and lower-casing it. Exact up to 11 letters (27¹¹ < 2⁵³); a longer word is
 * looked up by its string.
 */
const MAX_KEY_LETTERS = 11;
const ASCII_WORDS = new Map<number, number>();
for (const [w, bits] of LATIN_WORDS) {
  if (!/^[a-z]+$/.test(w) || w.length > MAX_KEY_LETTERS) continue;
  let key = 0;
  for (let k = 0; k < w.length; k++) key = key * 27 + (w.charCodeAt(k) - 0x60);
  ASCII_WORDS.set(key, bits);
}
const LONGEST_LATIN_WORD = [...LATIN_WORDS.keys()].reduce((most, w) => Math.max(most, w.length), 0);
const LETTER = /\p{L}/u;
const isBmpLetter = bmpTest(LETTER);

/** How many code units the letter (\p{L}) at `i` takes: 0 when none starts there. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i) as number;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isBmpLetter(c) ? 1 : 0;
}

/** Fewer words than this say too little about a Latin paragraph's language. */
const MIN_WORDS = 4;
/** Another language's share of a paragraph's words it must reach to pass for it. */
const MIN_SHARE = 0.1;
/** Share of the Arabic-script letters Persian or Urdu letters must make up. */
const ARABIC_EXTRA_SHARE = 0.02;

interface Counts {
  ar: number;
  latin: number;
  /** Letters per entry of data.scripts. */
  scripts: number[];
  /** Letters per entry of data.arabicScript. */
  arabicExtra: number[];
}

function isLatinLetter(c: number): boolean {
  return (
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function scriptOf(c: number): number {
  for (const [from, to, i] of SCRIPT_RANGES) if (c >= from && c <= to) return i;
  return -1;
}

function letterCounts(text: string, start: number, end: number): Counts {
  const counts: Counts = {
    ar: 0,
    latin: 0,
    scripts: data.scripts.map(() => 0),
    arabicExtra: data.arabicScript.map(() => 0),
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) counts.latin++;
    } else if (isArabicLetter(c) || (c >= 0xfb50 && c <= 0xfefc)) {
      counts.ar++;
      const extra = ARABIC_EXTRA[c] as number;
      if (extra >= 0) (counts.arabicExtra[extra] as number)++;
    } else if (isLatinLetter(c)) {
      counts.latin++;
    } else {
      const script = scriptOf(c);
      if (script >= 0) (counts.scripts[script] as number)++;
    }
  }
  return counts;
}

/** The Latin-script language of [start, end) by its function words; null when it says too little. */
function latinLanguage(text: string, start: number, end: number): string | null {
  const hits = LATIN_LANGUAGES.map(() => 0);
  let words = 0;
  // One walk over the paragraph's letters; only a word short enough to be listed is looked up.
  for (let i = start; i < end; ) {
    let step = letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const from = i;
    let ascii = true;
    let key = 0;
    while (step > 0 && i < end) {
      const c = text.charCodeAt(i);
      if (c < 0x80) key = key * 27 + ((c | 0x20) - 0x60);
      else ascii = false;
      i += step;
      // Not read at `end`, which may be the text's: a read past it costs the optimised code a deopt.
      step = i < end ? letterAt(text, i) : 0;
    }
    words++;
    if (i - from > LONGEST_LATIN_WORD) continue;
    const bits =
      ascii && i - from <= MAX_KEY_LETTERS
        ? ASCII_WORDS.get(key)
        : LATIN_WORDS.get(text.slice(from, i).toLowerCase());
    if (bits === undefined) continue;
    for (let k = 0; k < hits.length; k++) if (bits & (1 << k)) (hits[k] as number)++;
  }
  if (words < MIN_WORDS) return null;
  let best = ENGLISH;
  for (let i = 0; i < hits.length; i++) if ((hits[i] as number) > (hits[best] as number)) best = i;
  // No function word of any list (a caption of names, a list of places): the text around decides.
  if (hits[best] === 0) return null;
  if (best === ENGLISH) return "en";
  return (hits[best] as number) >= Math.max(2, MIN_SHARE * words)
    ? (LATIN_LANGUAGES[best] as string)
    : "en";
}

/** A paragraph's language code ("en", "ar", "fr"…) and its letter count; null code: no letters. */
function classify(text: string, range: Range): { code: string | null; letters: number } {
  const counts = letterCounts(text, range.start, range.end);
  let code: string | null = null;
  let most = 0;
  if (counts.ar > most) {
    most = counts.ar;
    const extra = counts.arabicExtra.findIndex(
      (n) => n >= 2 && n >= ARABIC_EXTRA_SHARE * counts.ar,
    );
    code = extra >= 0 ? (data.arabicScript[extra]?.language ?? "ar") : "ar";
  }
  counts.scripts.forEach((n, i) => {
    if (n > most) {
      most = n;
      code = data.scripts[i]?.language ?? null;
    }
  });
  if (counts.latin > most) {
    most = counts.latin;
    code = latinLanguage(text, range.start, range.end) ?? "latin";
  }
  return { code, letters: most };
}

/** The language with more letters in [start, end); English when there are no letters at all. */
export function detectLanguage(text: string, start = 0, end = text.length): Language {
  const { ar, latin } = letterCounts(text, start, end);
  return ar > latin ? "ar" : "en";
}

export interface TextLanguages {
  /** Of the languages the engine analyses, the one with more letters in the whole text. */
  language: Language;
  paragraphs: LanguageRange[];
  /** The language most of the text is in, when the engine does not analyse it. */
  unsupported?: string;
}

/**
 * Each paragraph with its language, and the whole text's. A paragraph without letters, or a
 * Latin one too short to tell, takes the language of the whole text, so a line of numbers or a
 * name does not flip the analysis.
 */
export function paragraphLanguages(text: string): TextLanguages {
  const classified = paragraphsOf(text).map((p) => ({ p, ...classify(text, p) }));
  const letters = new Map<string, number>();
  for (const { code, letters: n } of classified) {
    if (code && code !== "latin") letters.set(code, (letters.get(code) ?? 0) + n);
  }
  const ar = letters.get("ar") ?? 0;
  const en = letters.get("en") ?? 0;
  const whole: Language = ar > en ? "ar" : "en";
  let unsupported: string | undefined;
  let most = ar + en;
  for (const [code, n] of letters) {
    if (code !== "ar" && code !== "en" && n > most) {
      most = n;
      unsupported = code;
    }
  }
  // Short Latin paragraphs follow the whole text: English, or its unsupported language.
  const fallback = unsupported ?? whole;
  return {
    language: whole,
    paragraphs: classified.map(({ p, code }) => {
      const resolved = code === null || code === "latin" ? fallback : code;
      if (resolved === "ar" || resolved === "en") return { ...p, language: resolved };
      return { ...p, language: whole, unsupported: resolved };
    }),
    ...(unsupported ? { unsupported } : {}),
  };
}
