import vocabulary from "./boilerplate.json";
import signals from "./news-signals.json";

/**
 * Whether one rendered line (a block's text) is page furniture rather than the story: a "Read
 * more:" or «اقرأ أيضا» teaser, a photo caption or credit, a byline, a line holding only a date.
 * The rules are data (boilerplate.json); each applies only to lines short enough to be furniture,
 * so a paragraph of prose that happens to start with "By" stays.
 */

const PREFIXES = vocabulary.linePrefixes;
const SHORT_PREFIXES = vocabulary.shortLinePrefixes;
const CREDIT_SUFFIXES = vocabulary.creditSuffixes;
const DATE_WORDS = new Set([...vocabulary.dateWords, ...signals.monthWords]);
/** The end of a sentence: a byline has none. */
const SENTENCE_END = /[.!?؟…"”»]$/;

function onlyDate(line: string): boolean {
  const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.some((w) => /^\d{4}$|^[١٢][٠-٩]{3}$/.test(w))) return false;
  return words.every((w) => /^[\d٠-٩]+(?:st|nd|rd|th)?$/.test(w) || DATE_WORDS.has(w));
}

/** `line` is the block's text, trimmed; it is compared in lower case. */
export function isBoilerplateLine(line: string): boolean {
  if (line.length === 0 || line.length > vocabulary.maxLineLength) return false;
  const text = line.toLowerCase().replace(/[\u00a0\u202f]/g, " ");
  if (PREFIXES.some((p) => text.startsWith(p))) return true;
  if (text.length <= vocabulary.maxCreditLineLength) {
    if (CREDIT_SUFFIXES.some((s) => text.endsWith(s))) return true;
  }
  if (text.length > vocabulary.maxShortLineLength) return false;
  if (SHORT_PREFIXES.some((p) => text.startsWith(p)) && !SENTENCE_END.test(text)) return true;
  return onlyDate(text);
}
