import { within } from "./enrich-spans";
import abbreviationData from "./lexicon/abbreviations.json";
import { isSpace, isWordChar } from "./normalize";

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

/** Closing quotation marks and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "」", "』"]);

const LINE_BREAK = /[\n\r\u2029]/g;
/** Where a sentence may end: a line break or one of . ! ? ؟ … */
const BREAK_OR_MARK = /[\n\r\u2029.!?\u061f\u2026]/g;

/**
 * The offset of the next character of `chars` (a global class of single characters) at or
 * after `from`, -1 for none: the regex engine passes over the characters between far faster
 * than a loop reading each one.
 */
function nextOf(chars: RegExp, text: string, from: number): number {
  chars.lastIndex = from;
  return chars.test(text) ? chars.lastIndex - 1 : -1;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029;
}

/** Trims whitespace from both ends of [start, end); null when nothing is left. */
function trimmed(text: string, start: number, end: number): Range | null {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return a < b ? { start: a, end: b } : null;
}

/** Paragraphs: runs of text between line breaks, trimmed, blank lines dropped. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = nextOf(LINE_BREAK, text, 0); ; i = nextOf(LINE_BREAK, text, i + 1)) {
    const end = i < 0 ? text.length : i;
    const r = trimmed(text, start, end);
    if (r) out.push(r);
    if (i < 0) return out;
    start = i + 1;
  }
}

/** Whether the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && (isWordChar(text.charCodeAt(w - 1)) || text[w - 1] === ".")) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N."; in Arabic «د.» (Dr.) and «د.ب.أ» (dpa).
  return /^([a-z]\.)*[a-z]$/.test(word) || /^([\u0621-\u064a]\.)*[\u0621-\u064a]$/.test(word);
}

/**
 * Sentences: split after . ! ? ؟ … (with any closing quotes) when whitespace follows, and at
 * line breaks. A period after an abbreviation or an initial, or one followed by a lower-case
 * word, does not split. The Arabic comma ، and semicolon ؛ do not end sentences.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    const r = trimmed(text, start, end);
    if (r) out.push(r);
    start = next;
  };
  for (let i = nextOf(BREAK_OR_MARK, text, 0); i >= 0; i = nextOf(BREAK_OR_MARK, text, i + 1)) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      close(i, i + 1);
      continue;
    }
    const ch = text[i] as string;
    let end = i + 1;
    while (end < text.length && (text[end] === "." || text[end] === "!" || text[end] === "?"))
      end++;
    while (end < text.length && CLOSERS.has(text[end] as string)) end++;
    if (end < text.length && !isSpace(text.charCodeAt(end))) {
      // Every mark of this run ends at the same `end`: none of them splits ("a....b").
      i = end - 1;
      continue;
    }
    let next = end;
    while (
      next < text.length &&
      isSpace(text.charCodeAt(next)) &&
      !isLineBreak(text.charCodeAt(next))
    )
      next++;
    if (ch === "." && end === i + 1 && isAbbreviation(text, i)) {
      i = end - 1;
      continue;
    }
    // Read only inside the text: a read past its end costs the optimised code a deopt.
    const following = next < text.length ? text.charCodeAt(next) : 0;
    if (ch === "." && following >= 0x61 && following <= 0x7a) {
      i = end - 1;
      continue;
    }
    close(end, end);
    i = end - 1;
  }
  close(text.length, text.length);
  return out;
}

/**
 * The last text's paragraphs and sentences: language detection, quotation marks, attributions
 * and allegations all read them, so analyze() splits a text once.
 */
let last: { text: string; paragraphs: Range[] | null; sentences: Range[] | null } = {
  text: "",
  paragraphs: null,
  sentences: null,
};

function memoFor(text: string) {
  if (last.text !== text) last = { text, paragraphs: null, sentences: null };
  return last;
}

/** paragraphs(text), split once per text (the list is shared: read it, do not change it). */
export function paragraphsOf(text: string): readonly Range[] {
  const memo = memoFor(text);
  memo.paragraphs ??= paragraphs(text);
  return memo.paragraphs;
}

/** splitSentences(text), split once per text (the list is shared: read it, do not change it). */
export function sentencesOf(text: string): readonly Range[] {
  const memo = memoFor(text);
  memo.sentences ??= splitSentences(text);
  return memo.sentences;
}

/**
 * The sentences of `text` inside `range`, a paragraph of it: the same as splitting the
 * paragraph alone, since a paragraph ends at a line break, where a sentence always ends.
 */
export function sentencesWithin(text: string, range: Range): Range[] {
  return within(sentencesOf(text), range.start, range.end);
}
