import {
  type Attribution,
  type Context,
  kindOf,
  NAMING,
  quotationClosingAt,
  quotationOpeningAt,
  quotationsOverlapping,
  quoteContent,
  trimInSentence,
  trimRange,
  wordCount,
} from "./attribution";
import { carried, chainAcross, continueChain } from "./continuation";
import { creditedQuotes, speakerLabel } from "./credited-quotes";
import {
  asksAddressee,
  asksNothing,
  deniesSpeech,
  hasNounForm,
  isPassiveHedge,
  isQuestionWord,
  isSpeechCue,
  isSubjectPronoun,
  isThatClause,
  needsClause,
  needsQuote,
  opensClause,
  possessorBefore,
  readsAsClause,
  relaysSpeech,
  takesAddressee,
  takesAsComplement,
  usedAsNoun,
  voiceOf,
} from "./cue-senses-en";
import abbreviationData from "./lexicon/abbreviations.json";
import cueData from "./lexicon/cues-en.json";
import handCueData from "./lexicon/cues-en-hand.json";
import grammar from "./lexicon/english-grammar.json";
import { type PhraseMatch, PhraseMatcher } from "./matcher";
import { isSpace } from "./normalize";
import type { Quotation } from "./quote-marks";
import { type Range, sentencesWithin } from "./sentences";
import {
  afterRelative,
  hasVerb,
  isNounPhraseList,
  isTimePhrase,
  minimalSubject,
  nounPhraseAfter,
  trailingNounPhrase,
} from "./speaker-en";
import { LONGEST_SPEAKER_CHARS } from "./statement-bounds";

export interface EnglishCue {
  phrase: string;
  precision: number;
  /** Share of training attributions with the content after the cue. */
  contentAfter: number;
  /** Share of training attributions with the source before the cue. */
  sourceBefore: number;
}

/** Cues rarer than this as attributions (in PolNeAR train) make more noise than findings. */
export const MIN_CUE_PRECISION = 0.12;

export function englishCueMatcher(minPrecision = MIN_CUE_PRECISION): PhraseMatcher<EnglishCue> {
  const entries = [];
  for (const row of cueData.phrases) {
    const [phrase, , precision, contentAfter, sourceBefore] = row as [
      string,
      number,
      number,
      number,
      number,
    ];
    if (precision < minPrecision || !isSpeechCue(phrase)) continue;
    const value = { phrase, precision, contentAfter, sourceBefore };
    entries.push({ phrase, value, proclitics: false });
  }
  // Hand-kept speech cues are always wanted: they have no learned precision to filter on.
  for (const row of handCueData.phrases) {
    const [phrase, contentAfter, sourceBefore] = row as [string, number, number, string];
    const value = { phrase, precision: 1, contentAfter, sourceBefore };
    entries.push({ phrase, value, proclitics: false });
  }
  return new PhraseMatcher(entries);
}

const DEFAULT_CUES = englishCueMatcher();
const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const CLAUSE_BREAKS = new Set(grammar.clauseBreaks);
const ZERO_RELATIVE_HEADS = new Set(grammar.zeroRelativeHeads);
const ARTICLES = new Set(["a", "an", "the"]);
const ADJUNCTS = new Set(grammar.adjuncts);
const AUXILIARIES = new Set(grammar.auxiliaries);
const ADVERBS = new Set(grammar.adverbs);
const SUBORDINATORS = new Set(grammar.subordinators);
/** A cue whose source comes before it more often than this is never read as "…, said X". */
const MAX_INVERTIBLE_SOURCE_BEFORE = 0.97;
/** At most this many words between the content's comma and the cue: "…, the senator said". */
const MAX_INVERTED_WORDS = 9;
/** "told the Associated Press in an interview on Tuesday": how long an addressee phrase may be. */
const MAX_ADDRESSEE_WORDS = 8;
const BOUNDARY = ',;:—–[]"“”«»‘';
/** A comma and an -ing word right after a cue: ", wiping sweat off his face". */
const PARTICIPLE_AFTER_CUE = /^\s*,\s*(\p{Ll}{2,}ing)\b/u;
/** "…, the Times said, including speeches": these continue the statement instead. */
const PREPOSITIONAL_PARTICIPLES = new Set(grammar.prepositionalParticiples);
/** A clause set after a cue, on when or why it was said: "said as he left", "said angrily when…". */
const ADJUNCT_CLAUSE = new RegExp(
  `^(?:[\\p{L}-]+ly\\s+)?(?:${[...SUBORDINATORS, "as"].join("|")})\\s`,
  "iu",
);
/** Before a naming cue: an indefinite noun phrase ("a group") or "so-": the cue names. */
const NAMED_AFTER = /(?:\b(?:a|an|another)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+\s+|\bso[-\s])$/iu;
/** Apostrophes, which close single quotations ('…,' and NYT's ''…,'') as often as they elide. */
const APOSTROPHES = "'’";
/** Clause boundaries a wider speaker scan (across an appositive's commas) still stops at. */
const HARD_BOUNDARY = ';:—–[]"“”«»‘';
/** How far back a speaker may reach across commas: "X, 21, a junior from Y, said". */
const MAX_WIDE_SPEAKER_WORDS = 40;
const MAX_SPEAKER_WORDS = 12;
const MAX_TRAILING_WORDS = 10;
/** How long a name and its appositions after a cue may be ("said X, an assistant professor…"). */
const MAX_NAMED_SPEAKER_WORDS = 25;
const MAX_TAIL_CHARS = 120;
/** How long a time or place phrase between a cue and its quotation may be. */
const MAX_ADJUNCT_CHARS = 60;
/** How many words may stand between a cue and the "that" its content begins with. */
const MAX_THAT_WORDS = 4;
/** …when they are the one told or a time or place phrase ("told reporters in Iowa on Monday"). */
const MAX_LEAD_WORDS = 12;
const MAX_LEAD_CHARS = 120;
/** Adjuncts that open the content itself ("to leave", "of winning"), not a phrase before it. */
const CONTENT_OPENERS = new Set(grammar.contentOpeners);
const MAX_SPEAKER_CHARS = 160;
const NOMINATIVES = new Set(grammar.nominativePronouns);
/** Words after which a pronoun belongs to a clause inside the one told ("voters who wonder why he…"). */
const QUESTION_OPENERS = new Set(["who", "whom", "whose", "which", "what", "why", "how", "where"]);

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** Boundary punctuation, or one of the two apostrophes of a typewriter quotation mark (''). */
function isBoundary(text: string, i: number, boundary: string): boolean {
  const c = text[i] as string;
  // Neighbours read only inside the text: a read past either end costs the optimised code a deopt.
  return (
    boundary.includes(c) ||
    (c === "'" && ((i > 0 && text[i - 1] === "'") || (i + 1 < text.length && text[i + 1] === "'")))
  );
}

/** Longer than this, a run without spaces is no word of a speaker ("said‹x›said‹x›…"). */
const MAX_WORD_CHARS = 64;

/**
 * Words of [start, end), scanning back from end, stopping at boundary punctuation. The scan
 * looks back at most LONGEST_SPEAKER_CHARS (no speaker is longer) and over words of at most
 * MAX_WORD_CHARS, so a text without spaces costs each cue a short scan; where either limit
 * cuts the scan, the cut word is left out and `stop` is `start` (no boundary found).
 */
function wordsBack(
  text: string,
  start: number,
  end: number,
  max: number,
  boundary = BOUNDARY,
): { words: Word[]; stop: number } {
  const words: Word[] = [];
  const floor = Math.max(start, end - LONGEST_SPEAKER_CHARS);
  const inWord = (at: number) => !isSpace(text.charCodeAt(at)) && !isBoundary(text, at, boundary);
  let i = end;
  while (i > floor && words.length < max) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    if (i <= floor || isBoundary(text, i - 1, boundary)) break;
    const wEnd = i;
    const wordFloor = Math.max(floor, wEnd - MAX_WORD_CHARS);
    while (i > wordFloor && inWord(i - 1)) i--;
    if (i > start && i === wordFloor && inWord(i - 1)) return { words, stop: start };
    words.unshift({ start: i, end: wEnd, lower: text.slice(i, wEnd).toLowerCase() });
  }
  return { words, stop: i <= floor ? start : i };
}

/**
 * The words after the last clause-joining word ("and", "that"…), as a span, without the
 * auxiliaries and adverbs between the subject and its cue ("officials have", "he also").
 */
function afterClauseBreak(text: string, words: readonly Word[]): Range | null {
  let first = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    if (CLAUSE_BREAKS.has((words[k] as Word).lower) || opensZeroRelative(words, k)) {
      first = k + 1;
      break;
    }
  }
  // "Trump and Ryan said": "and" joins two names, not two clauses, when no verb comes before it.
  const joiner = words[first - 1];
  if (joiner && (joiner.lower === "and" || joiner.lower === "or") && first < words.length) {
    let from = first - 1;
    while (from > 0 && !CLAUSE_BREAKS.has((words[from - 1] as Word).lower)) from--;
    const before = words[from];
    if (before && from < first - 1 && !hasVerb(text, { start: before.start, end: joiner.start })) {
      first = from;
    }
  }
  let last = words.length - 1;
  while (last > first && isVerbal((words[last] as Word).lower)) last--;
  const a = words[first];
  const b = words[last];
  return a && b && first < words.length ? { start: a.start, end: b.end } : null;
}

/** "on the same day a UN official implored": a time noun, then an article that opens a clause. */
function opensZeroRelative(words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  return (
    ZERO_RELATIVE_HEADS.has((words[k] as Word).lower) &&
    k > 0 &&
    next !== undefined &&
    k + 2 < words.length &&
    ARTICLES.has(next.lower)
  );
}

function isVerbal(word: string): boolean {
  return AUXILIARIES.has(word) || ADVERBS.has(word);
}

/**
 * The noun phrase before a cue: back to a boundary mark or a clause-joining word. When a comma
 * comes right before the cue ("X, a spokesman for Y, said"; "X did Y, saying"), the subject is
 * further back: the scan crosses commas up to a harder boundary.
 */
function speakerBefore(text: string, sentence: Range, cueStart: number): Range | null {
  const near = wordsBack(text, sentence.start, cueStart, MAX_SPEAKER_WORDS);
  const r = afterClauseBreak(text, near.words);
  // "…, but now said": adverbs alone are no speaker; the subject is further back.
  // "…, Saleh, has formally announced": an auxiliary and an -ly adverb are no speaker either.
  const adverbial = (w: Word) =>
    isVerbal(w.lower) || CLAUSE_BREAKS.has(w.lower) || /^[a-z]{3,}ly$/.test(w.lower);
  const fromClause = (clause: Range) => {
    const subject = afterRelative(text, clause);
    // "a boy who calls himself…": the relative pronoun is the speaker.
    return subject.relative
      ? { start: subject.start, end: subject.end }
      : minimalSubject(text, subject);
  };
  // "X, a UK-based monitoring group, and numerous activist groups have confirmed": the last
  // conjunct of a list whose parts before the comma hold no verb; the subject is the list.
  const list = r && near.words[0]?.lower === "and" ? listBefore(text, sentence, near, r) : null;
  if (list) return list;
  if (r && !near.words.every(adverbial)) return fromClause(r);
  const lastWord = near.words[near.words.length - 1];
  // "She greeted supporters in Houston and told them…": the subject of the first verb.
  if (r === null && lastWord && COORDINATORS.has(lastWord.lower)) {
    return subjectOfClause(text, sentence, lastWord.start);
  }
  if (near.words.length > 0 && r === null) return null;
  // "Hadi, who was ousted in January, but still claims…": a verb coordinated inside a relative
  // clause has the relative pronoun as its subject, as the clause's first verb has.
  const lead = near.words[0];
  const relative =
    lead && COORDINATORS.has(lead.lower)
      ? RELATIVE_BEFORE.exec(text.slice(sentence.start, lead.start))
      : null;
  if (relative) {
    const start = sentence.start + relative.index + relative[0].indexOf(relative[1] as string);
    return { start, end: start + (relative[1] as string).length };
  }
  const across = speakerAcrossCommas(text, sentence, near.words[0]?.start ?? cueStart);
  // What the words before the cue give when no subject is found across the commas.
  const old = (w: Word) => ADVERBS.has(w.lower) || CLAUSE_BREAKS.has(w.lower);
  return across ?? (r && !near.words.every(old) ? fromClause(r) : null);
}

const COORDINATORS = new Set(["and", "but", "then", "or"]);
/** A relative clause of one comma part closing right before a coordinated cue. */
const RELATIVE_BEFORE = /,\s*(who|which)\s[^,;:.!?"“”]*,\s*$/;
const QUOTE_MARKS = '"“”‘’«»';
const OPENING_QUOTES = '"“‘«';

/**
 * The subject of a cue whose words back to a comma open with "and": the list of noun phrases
 * before the comma and the conjunct after it, when none of the parts has a verb; null otherwise.
 */
function listBefore(
  text: string,
  sentence: Range,
  near: { words: Word[]; stop: number },
  conjunct: Range,
): Range | null {
  if (text[near.stop - 1] !== ",") return null;
  const wide = wordsBack(
    text,
    sentence.start,
    near.stop - 1,
    MAX_WIDE_SPEAKER_WORDS,
    HARD_BOUNDARY,
  );
  const first = wide.words[0];
  if (!first || wide.words.length >= MAX_WIDE_SPEAKER_WORDS) return null;
  if (!isNounPhraseList(text, { start: first.start, end: near.stop - 1 })) return null;
  if (hasVerb(text, conjunct)) return null;
  return minimalSubject(text, { start: first.start, end: conjunct.end });
}

/** The subject opening the clause that ends at `before`, or null past MAX_WIDE_SPEAKER_WORDS. */
function subjectOfClause(text: string, sentence: Range, before: number): Range | null {
  const wide = wordsBack(text, sentence.start, before, MAX_WIDE_SPEAKER_WORDS, HARD_BOUNDARY);
  // "X decried the attack as “a disaster” and vowed…": the scan stopped at a quotation inside
  // the first verb phrase; the clause, and its subject, open the sentence (unless a quotation
  // opens it).
  if (wide.stop > sentence.start && QUOTE_MARKS.includes(text[wide.stop - 1] as string)) {
    const head = trimRange(text, sentence.start, before, ",");
    if (OPENING_QUOTES.includes(text[head.start] as string)) return null;
    return before - head.start <= LONGEST_SPEAKER_CHARS * 2 ? minimalSubject(text, head) : null;
  }
  const first = wide.words[0];
  const last = wide.words[wide.words.length - 1];
  if (!first || !last || wide.words.length >= MAX_WIDE_SPEAKER_WORDS) return null;
  return minimalSubject(text, trimRange(text, first.start, last.end, ","));
}

/**
 * "X, 21, a junior from Y, said" / "X spoke on TV, saying": the subject before an appositive or
 * the rest of its clause, across commas, as its minimal noun phrase.
 */
function speakerAcrossCommas(text: string, sentence: Range, before: number): Range | null {
  const at = trimInSentence(text, sentence, sentence.start, before);
  if (text[at.end - 1] !== ",") return null;
  const wide = wordsBack(text, sentence.start, at.end - 1, MAX_WIDE_SPEAKER_WORDS, HARD_BOUNDARY);
  const first = wide.words[0];
  const last = wide.words[wide.words.length - 1];
  // The subject opens the clause: a scan that stopped mid-clause has not reached it.
  if (!first || !last || wide.words.length >= MAX_WIDE_SPEAKER_WORDS) return null;
  return minimalSubject(text, trimRange(text, first.start, last.end, ","));
}

/**
 * Whether a quotation reads as a quoted statement before its attribution: it closes on
 * punctuation ("…," he said) or is followed by a comma or a dash, unlike a scare quote
 * ("green" goals were discussed).
 */
function closesSpeech(text: string, q: { end: number; innerEnd: number }): boolean {
  const last = text[q.innerEnd - 1] as string;
  const after = text[q.end] as string;
  return ",.!?…—–".includes(last) || ",—–".includes(after ?? "");
}

/**
 * The noun phrase after a cue ("…," said Maria Lopez, a spokeswoman for Y, in…): the name and
 * its appositions, up to a boundary; none when a time phrase follows the cue.
 */
function speakerAfter(text: string, from: number, limit: number): Range | null {
  let end = from;
  const stop = Math.min(limit, from + MAX_SPEAKER_CHARS);
  while (end < stop && !isStop(text, end)) {
    const c = text[end] as string;
    if (c === "(") {
      const aside = afterNameAside(text, end);
      if (aside < 0) break;
      end = aside;
      continue;
    }
    if (';:!?()"“”'.includes(c)) break;
    end++;
  }
  const r = trimRange(text, from, end, "'‘’");
  if (r.end <= r.start) return null;
  return nounPhraseAfter(text, r);
}

const NAME_ASIDE = /^\([^()"“”;:!?]{1,24}\)/;

/**
 * The end of a short parenthetical right after a name ("Rep. Jim Clyburn (D-S.C.), the…"): part
 * of the speaker, not its end; -1 when the bracket at `at` opens no such aside.
 */
function afterNameAside(text: string, at: number): number {
  if (!/[\p{L}.]/u.test(text[at - 2] ?? "") || !isSpace(text.charCodeAt(at - 1))) return -1;
  const m = NAME_ASIDE.exec(text.slice(at, at + 26));
  return m ? at + m[0].length : -1;
}

/** A full stop that ends the sentence, not one of "U.S.", "J." or "Sen.". */
function isStop(text: string, i: number): boolean {
  if (text[i] !== "." || (i + 1 < text.length && !isSpace(text.charCodeAt(i + 1)))) return false;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? "";
  return !/^\p{Lu}$|\.\p{L}$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase());
}

const MAX_NAME_WORDS = 5;
const MAX_APPOSITION_WORDS = 12;
const APPOSITION_OPENERS = new Set(["the", "a", "an", "who", "which", "whose"]);

/**
 * The speaker standing between its content's comma and the cue, with the comma that ends the
 * content: noun-phrase parts opening with a capitalised name ("<content>, Marie Harf, deputy
 * spokeswoman for the U.S. State Department, said"), else a short name (capitalised, or any noun
 * phrase when the apposition opens with an article or a relative pronoun) and one apposition
 * ("<content>, the source, who spoke on condition of anonymity, told Reuters"). Null when the
 * words before the cue have neither shape.
 */
function speakerBeforeCue(
  text: string,
  sentence: Range,
  cueStart: number,
): { speaker: Range; contentEnd: number } | null {
  const at = trimRange(text, sentence.start, cueStart);
  if (text[at.end - 1] !== ",") return null;
  const trailing = trailingNounPhrase(text, {
    start: Math.max(sentence.start, at.end - 1 - TRAILING_WINDOW),
    end: at.end - 1,
  });
  if (trailing) return { speaker: trailing.speaker, contentEnd: trailing.comma };
  const apposition = wordsBack(text, sentence.start, at.end - 1, MAX_APPOSITION_WORDS + 1);
  const name = wordsBack(text, sentence.start, apposition.stop - 1, MAX_NAME_WORDS + 1);
  if (text[apposition.stop - 1] !== "," || text[name.stop - 1] !== ",") return null;
  if (apposition.words.length > MAX_APPOSITION_WORDS || name.words.length > MAX_NAME_WORDS) {
    return null;
  }
  const first = name.words[0];
  const opener = apposition.words[0]?.lower ?? "";
  if (!first || apposition.words.length === 0) return null;
  if (!/^\p{Lu}/u.test(text.slice(first.start, first.end)) && !APPOSITION_OPENERS.has(opener)) {
    return null;
  }
  if (name.words.some((w) => CLAUSE_BREAKS.has(w.lower) || isVerbal(w.lower))) return null;
  const last = apposition.words[apposition.words.length - 1] as Word;
  return { speaker: { start: first.start, end: last.end }, contentEnd: name.stop - 1 };
}

/**
 * “…,” Terrie Rizzo, the Democratic chair of Palm Beach County, said / “…,” Blunt, after a long
 * pause, said: a quotation closing on speech punctuation, then a name or a noun phrase with its
 * appositions up to the comma before the cue (no clause, no other quotation between).
 */
function quoteBeforeApposition(
  ctx: Context,
  sentence: Range,
  cueStart: number,
  previous: Attribution | undefined,
): { quote: Quotation; speaker: Range } | null {
  const text = ctx.text;
  const before = trimRange(text, sentence.start, cueStart);
  if (text[before.end - 1] !== ",") return null;
  const near = quotationsOverlapping(ctx, Math.max(0, cueStart - LONGEST_SPEAKER_CHARS), cueStart);
  const quote = near[near.length - 1];
  if (!quote || quote.end > cueStart || quote.end <= sentence.start) return null;
  // He called it “absurd,” Smith said: a quotation inside the content is not all of it.
  const lead = trimRange(text, sentence.start, Math.max(sentence.start, quote.start));
  if (lead.end > lead.start || !closesSpeech(text, quote)) return null;
  // “…,” McCain said, citing…: the quotation is the statement of the cue between.
  if (previous?.cue && previous.cue.start >= quote.end) return null;
  const gap = trimRange(text, quote.end, before.end, ",");
  const words = wordCount(text, gap.start, gap.end);
  if (words === 0 || words > MAX_WIDE_SPEAKER_WORDS) return null;
  const first = /^[\p{L}']+/u.exec(text.slice(gap.start, gap.start + 20))?.[0] ?? "";
  if (!/^\p{Lu}/u.test(first) && !APPOSITION_OPENERS.has(first)) return null;
  if (readsAsClause(text, gap) || /\bthat\b/i.test(text.slice(gap.start, gap.end))) return null;
  return { quote, speaker: minimalSubject(text, gap) ?? gap };
}

/** A quotation closing on . ! ? … right before `start` (spaces between), on the same line. */
function quotationEndingBefore(ctx: Context, start: number) {
  let p = start;
  while (p > 0 && isSpace(ctx.text.charCodeAt(p - 1)) && ctx.text[p - 1] !== "\n") p--;
  const q = ctx.byEnd.get(p);
  return q && ".!?…".includes(ctx.text[q.innerEnd - 1] ?? "") ? q : undefined;
}

/** The position of the comma (or closing mark) that ends the content of a quote-first sentence. */
function lastBoundary(text: string, sentence: Range, before: number): number {
  const { stop } = wordsBack(text, sentence.start, before, MAX_SPEAKER_WORDS);
  return stop > sentence.start ? stop - 1 : -1;
}

const JOINERS = new Set([" and ", " but "]);
/** How far before the cue a speaker after its content is looked for (a name, appositions). */
const TRAILING_WINDOW = 240;
/** The agent of a passive cue: "criticized by X". */
const PASSIVE_AGENT = /^\s+by\s+/i;
const RELATIVES = /^(which|who|whom|whose|where)\b/i;
/** What ends the words that may name an inverted cue's speaker: ", who…", " -- a development…". */
const SPEAKER_TAIL_END = /,\s*(?:who|whom|whose|which)\b|\s?(?:—|–|--)/i;
/** "quoted <speaker> as saying": group 1 runs up to " as saying". */
const AS_SAYING = /^(\s+[^.;:"“”]{1,80}?)\s+as\s+saying\b/i;

/**
 * Where a content running toward the next cue of its sentence stops: at the last comma, dash
 * or " and "/" but " before that cue ("X said A, but Y denied B"); null when nothing separates
 * them (then the next cue's statement is nested in this one: "X said Y told him B").
 */
function cutBefore(text: string, from: number, nextCue: number): number | null {
  const limit = Math.max(from, nextCue - MAX_TAIL_CHARS);
  for (let i = nextCue - 1; i > limit; i--) {
    const c = text[i] as string;
    if (c === "," || c === ";" || c === "—" || c === "–") return i;
    if (c === "-" && (text[i - 1] === "-" || text[i - 1] === " ")) return i - 1;
    if (c === " " && JOINERS.has(text.slice(i - 4, i + 1).toLowerCase())) return i - 4;
  }
  return null;
}

const DASH = /\s?(?:—|–|--|\s-\s)/g;

/**
 * Where an indirect content stops at a dash that opens no pair: "…every battle -- saying so
 * hours after…" ends at the dash; "heads—or at least their guts—look" is one aside. Dashes
 * inside quotations are the quote's own.
 */
function lonelyDash(ctx: Context, start: number, end: number): number {
  DASH.lastIndex = 0;
  const span = ctx.text.slice(start, end);
  const dashes: number[] = [];
  for (let m = DASH.exec(span); m; m = DASH.exec(span)) {
    const at = start + m.index;
    if (quotationsOverlapping(ctx, at, at + m[0].length).length === 0) dashes.push(at);
  }
  return dashes.length % 2 === 1 ? (dashes[dashes.length - 1] as number) : end;
}

/**
 * The content after a cue, up to the sentence's end or the cut before a later cue (`later`: the
 * starts of the sentence's next cues, nearest first).
 */
function contentAfterCue(
  ctx: Context,
  sentence: Range,
  from: number,
  later: readonly number[],
  addressee = false,
  asked = false,
): Range {
  const text = ctx.text;
  const nextCue = later[0] ?? sentence.end;
  const quote = quotationOpeningAt(ctx, from, sentence.end);
  if (quote) return quotedThenReported(ctx, sentence, quote, later) ?? quoteContent(text, quote);
  let start = trimInSentence(text, sentence, from, sentence.end, ",:").start;
  const rest = text.slice(start, Math.min(sentence.end, start + MAX_LEAD_CHARS)).toLowerCase();
  // "told reporters that…", "said Tuesday that…": the content begins at "that" (annotated inside).
  const that = rest.search(/\bthat\s/);
  const firstWord = /^[\p{L}']+/u.exec(rest)?.[0] ?? "";
  // "told The Associated Press on Monday that…", "said during a news conference in Iowa that…":
  // the one told or a time or place phrase may be longer than a few words.
  const leadWords =
    (addressee || (ADJUNCTS.has(firstWord) && !CONTENT_OPENERS.has(firstWord))) &&
    that >= 0 &&
    start + that < nextCue &&
    !/[:;"“”‘’()—–]/.test(rest.slice(0, that)) &&
    readsAsClause(text, { start: start + that + 5, end: Math.min(sentence.end, start + that + 65) })
      ? MAX_LEAD_WORDS
      : MAX_THAT_WORDS;
  // …but "denied claims that…": the claims are what was denied.
  // …not "said he has supported legislation that…": a subject or an auxiliary first opens the
  // content's own clause, and "that" is a relative inside it.
  const leadStart = start;
  if (that >= 0 && wordCount(rest, 0, that) <= leadWords) {
    const head = rest.slice(0, that);
    // "told reporters in May that…": a capitalised word is a name or a month, not "may".
    const named = text.slice(start, start + that).replace(/\b\p{Lu}[\p{L}'’]+/gu, " ");
    if (!hasNounForm(head) && !opensClause(named)) start += that;
  }
  if (addressee && start === leadStart) start = clauseAfterAddressee(text, start, nextCue) ?? start;
  if (asked && that < 0) start = questionAfterAddressee(text, start, nextCue) ?? start;
  // "said to People: “…”", "wrote in December, “…”": a time or place phrase, then the quote;
  // "told The Huffington Post: “…”": the one told, then the quote.
  // …but "urged her husband to come out, “…”": the infinitive is the content.
  const told = addressee && !/\bto\s+\p{Ll}/u.test(rest);
  if ((ADJUNCTS.has(firstWord) || told) && that < 0) {
    const limit = Math.min(sentence.end, start + MAX_ADJUNCT_CHARS);
    for (let p = start; p < limit; p++) {
      const q = ctx.byStart.get(p);
      if (q && /[,:]\s*$/.test(text.slice(start, p))) return quoteContent(text, q);
    }
  }
  // "…, he said:" then the quotation in the next paragraph.
  if (text[sentence.end - 1] === ":" && nextCue >= sentence.end) {
    const following = quotationOpeningAt(ctx, sentence.end, sentence.end + 4);
    if (following) return quoteContent(text, following);
  }
  // "Asked if she believed A, Clinton said B": when nothing separates the next cue (nested in
  // this content), a later one of the sentence may still stand apart.
  let cut: number | null = null;
  for (const at of later) {
    cut = cutBefore(text, start, at);
    if (cut !== null) break;
  }
  const fronted = frontedClauseEnd(ctx, sentence, from, start);
  if (fronted !== null && (cut === null || fronted < cut)) cut = fronted;
  const r = trimInSentence(
    text,
    sentence,
    start,
    lonelyDash(ctx, start, cut ?? sentence.end),
    ".,",
  );
  // "said that “…” ": a quotation running past the sentence's end is taken whole (mixed).
  const afterThat = that >= 0 && text.startsWith("that", r.start) ? r.start + 4 : r.start;
  const opening = quotationOpeningAt(ctx, afterThat, sentence.end);
  if (opening && opening.end > r.end) return { start: r.start, end: opening.end };
  return { start: r.start, end: quotedSentencesEnd(ctx, r) };
}

/**
 * "said “it gets me mad” every time he thinks about…", "admitted “one or two instances” where…":
 * a quotation opening the content that the sentence runs on from in lower case is the start of
 * a mixed content running to the sentence's end (PolNeAR's convention), or to the cut before a
 * later cue; null when the quotation ends its clause or a later cue follows it uncut.
 */
function quotedThenReported(
  ctx: Context,
  sentence: Range,
  quote: Quotation,
  later: readonly number[],
): Range | null {
  const text = ctx.text;
  if (!/^ +\p{Ll}/u.test(text.slice(quote.end, Math.min(sentence.end, quote.end + 3)))) return null;
  let end = sentence.end;
  const next = later.find((at) => at >= quote.end);
  if (next !== undefined) {
    const cut = cutBefore(text, quote.end, next);
    if (cut === null) return null;
    end = cut;
  }
  return trimInSentence(text, sentence, quote.start, end, ".,");
}

const WORD_AT = /[\p{L}'’]+|[^\s\p{L}'’]/gu;

/**
 * "told POLITICO he planned to stay neutral", "told a news conference in Ohio they are…": with
 * no "that", the content of a cue with an addressee begins at a subject-only pronoun followed by
 * a lower-case word, within a few words; the words before it are the one told. None when
 * punctuation, a clause word or a question word comes first (then the pronoun is inside a clause
 * of the addressee's: "told voters who wonder why he…") or the content opens with the pronoun.
 */
function clauseAfterAddressee(text: string, start: number, nextCue: number): number | null {
  const span = text.slice(start, Math.min(nextCue, start + MAX_LEAD_CHARS));
  const words = [...span.matchAll(WORD_AT)].slice(0, MAX_ADDRESSEE_WORDS + 2);
  for (let i = 1; i < words.length - 1; i++) {
    const w = (words[i] as RegExpExecArray)[0].toLowerCase();
    if (!/\p{L}/u.test(w) || CLAUSE_BREAKS.has(w) || QUESTION_OPENERS.has(w)) return null;
    const next = (words[i + 1] as RegExpExecArray)[0];
    if (NOMINATIVES.has(w) && /^\p{Ll}/u.test(next)) return start + (words[i]?.index ?? 0);
  }
  return null;
}

/**
 * "asked Sanders how he is feeling", "asked her whether she would run": after a cue whose object
 * is the one asked, the content begins at a lower-case question word within a few words, with no
 * punctuation before it; null otherwise ("asked about the war").
 */
function questionAfterAddressee(text: string, start: number, nextCue: number): number | null {
  const span = text.slice(start, Math.min(nextCue, start + MAX_LEAD_CHARS));
  const words = [...span.matchAll(WORD_AT)].slice(0, MAX_ADDRESSEE_WORDS + 1);
  for (let i = 1; i < words.length; i++) {
    const w = (words[i] as RegExpExecArray)[0];
    if (!/\p{L}/u.test(w)) return null;
    if (isQuestionWord(w)) return start + (words[i]?.index ?? 0);
  }
  return null;
}

/**
 * Where a content ends that a quotation opened inside it runs past: at the quotation's end when
 * the quotation closes its last sentence ("called it “a failure. It will not stand.”"), the
 * annotated end of 71 of 79 such statements found in PolNeAR train; the content's own end when
 * the quotation is cut off before a cue of its own (“…,” she said).
 */
function quotedSentencesEnd(ctx: Context, r: Range): number {
  const inside = quotationsOverlapping(ctx, r.end - 1, r.end);
  const q = inside[inside.length - 1];
  if (!q || q.start < r.start || q.end <= r.end) return r.end;
  return ".!?…".includes(ctx.text[q.innerEnd - 1] ?? "") ? q.end : r.end;
}

/** How far a fronted clause's content is looked through for its comma. */
const MAX_FRONTED_CHARS = 240;

/**
 * "After saying he was nervous, the man…", "Asked what should be done, the voters…": a cue in a
 * clause set before the main one (opened by a subordinator or a participle, no comma before the
 * cue) has its content end at the clause's comma, outside quotations; null otherwise. In PolNeAR
 * train such contents end there 60 times, run on 20.
 */
function frontedClauseEnd(
  ctx: Context,
  sentence: Range,
  cueEnd: number,
  start: number,
): number | null {
  const text = ctx.text;
  const lead = text.slice(sentence.start, cueEnd);
  if (lead.includes(",")) return null;
  const first = /^[\p{L}']+/u.exec(lead)?.[0]?.toLowerCase() ?? "";
  const participle =
    first === "asked" || first === "having" || (/ing$/.test(first) && first !== "according");
  if (!SUBORDINATORS.has(first) && !participle) return null;
  const limit = Math.min(sentence.end, start + MAX_FRONTED_CHARS);
  for (let i = start; i < limit; i++) {
    if (text[i] !== ",") continue;
    return quotationsOverlapping(ctx, i, i + 1).length === 0 ? i : null;
  }
  return null;
}

/**
 * A quotation opening right after a word of its clause (host of MSNBC's “Morning Joe,”, the
 * hacker known as “Guccifer,”): a title or a name inside a noun phrase, not a statement put first.
 */
function quotedInPhrase(text: string, sentence: Range, quoteStart: number): boolean {
  let p = quoteStart;
  while (p > sentence.start && isSpace(text.charCodeAt(p - 1))) p--;
  return p > sentence.start && /[\p{L}\p{N}]/u.test(text[p - 1] ?? "");
}

/**
 * The subject a title quoted inside it closes ("the hacker known as “Guccifer,”"): from the
 * clause's start to the quotation's end, when the quotation opens inside a noun phrase.
 */
function subjectThroughTitle(text: string, sentence: Range, quote: Quotation): Range | null {
  if (!quotedInPhrase(text, sentence, quote.start)) return null;
  const wide = wordsBack(text, sentence.start, quote.start, MAX_WIDE_SPEAKER_WORDS, HARD_BOUNDARY);
  const first = wide.words[0];
  if (!first || wide.words.length >= MAX_WIDE_SPEAKER_WORDS) return null;
  if (!/^\p{Lu}/u.test(text[first.start] ?? "")) return null;
  return trimRange(text, first.start, quote.end, ",");
}

/** What follows a cue opens its content: "that…", a quotation, or a clause ("said he would"). */
function contentFollows(
  ctx: Context,
  sentence: Range,
  cueEnd: number,
  post: Range,
  nextCue: number,
): boolean {
  if (quotationOpeningAt(ctx, cueEnd, sentence.end)) return true;
  const own = { start: post.start, end: Math.max(post.start, Math.min(post.end, nextCue)) };
  if (isThatClause(ctx.text, own) || readsAsClause(ctx.text, own)) return true;
  const first = /^[\p{L}']+/u.exec(ctx.text.slice(own.start, own.start + 20))?.[0] ?? "";
  return first !== "" && own.end > own.start && !ADJUNCTS.has(first.toLowerCase());
}

/** A speaker's words up to their first comma: the name before its appositions. */
function firstPart(words: string): string {
  const comma = words.indexOf(",");
  return comma < 0 ? words : words.slice(0, comma);
}

/** Words opening a relative clause on the cue's object: "what he called", "which they dubbed". */
const OBJECT_RELATIVES = new Set(grammar.objectRelatives);
const MAX_RELATIVE_SUBJECT_WORDS = 6;

/** The subject between a relative word and a cue ("what aide Kevin Phillips called"), if any. */
function relativeSubject(text: string, sentence: Range, cueStart: number): Range | null {
  const { words } = wordsBack(text, sentence.start, cueStart, MAX_RELATIVE_SUBJECT_WORDS + 1);
  const at = words.findLastIndex((w) => OBJECT_RELATIVES.has(w.lower));
  const subject = words.slice(at + 1);
  // "what is called…", "which has been dubbed…": a passive has no speaker.
  if (at < 0 || subject.length === 0 || subject.some((w) => isVerbal(w.lower))) return null;
  return { start: (subject[0] as Word).start, end: (subject[subject.length - 1] as Word).end };
}

function attributeAt(
  ctx: Context,
  sentence: Range,
  cue: PhraseMatch<EnglishCue>,
  later: readonly number[],
  previous: Attribution | undefined,
  subjects?: Range[],
): Attribution | null {
  const nextCue = later[0] ?? sentence.end;
  // "a program called Sandy Hook Promise", "the so-called Islamic State": a name given, no speech.
  if (
    NAMING.has(cue.value.phrase) &&
    NAMED_AFTER.test(ctx.text.slice(Math.max(sentence.start, cue.start - 48), cue.start)) &&
    /^\s*[\p{Lu}#\d]/u.test(ctx.text.slice(cue.end, cue.end + 4))
  ) {
    return null;
  }
  const text = ctx.text;
  if (isPassiveHedge(text, cue, cue.value.phrase)) return null;
  const nounUse = !cue.value.phrase.includes(" ") && usedAsNoun(text, cue, cue.value.phrase);
  const cueRange = { start: cue.start, end: cue.end };
  const pre = trimInSentence(text, sentence, sentence.start, cue.start, ",");
  const post = trimInSentence(text, sentence, cue.end, sentence.end, '.,!?"”’');
  // Field by field, not a spread of `content`: one object shape, made once per cue.
  const make = (content: Range, speaker: Attribution["speaker"]): Attribution => ({
    start: content.start,
    end: content.end,
    kind: kindOf(ctx, content.start, content.end),
    speaker,
    cue: cueRange,
  });
  // A report titled "Growth Beyond Borders": the quotation is a name.
  const named = NAMING.has(cue.value.phrase)
    ? quotationOpeningAt(ctx, cue.end, sentence.end)
    : undefined;
  if (named) {
    // "what Gilbert called “a perception problem”": a characterising cue with a subject of
    // its own in a relative clause is speech, its quotation the words it was called.
    const who = takesAsComplement(cue.value.phrase)
      ? relativeSubject(text, sentence, cue.start)
      : null;
    return who ? make(quoteContent(text, named), who) : null;
  }
  const voice = cue.value.phrase.includes(" ") ? "active" : voiceOf(text, cue, cue.value.phrase);
  if (voice === "adjective") return null;
  const relayed = relaysSpeech(cue.value.phrase)
    ? AS_SAYING.exec(text.slice(cue.end, cue.end + 100))
    : null;
  if (relayed) {
    // "Reuters quoted a senior official as saying…": the official is the speaker.
    const who = trimRange(text, cue.end, cue.end + (relayed[1] ?? "").length);
    const cueEnd = cue.end + relayed[0].length;
    return {
      ...make(contentAfterCue(ctx, sentence, cueEnd, later), who),
      cue: { start: cue.start, end: cueEnd },
    };
  }
  // "…was criticized by the Obama administration", "…was first reported by MSNBC": the agent
  // speaks, about the subject.
  const by = /ed$/i.test(cue.value.phrase)
    ? PASSIVE_AGENT.exec(text.slice(cue.end, cue.end + 8))
    : null;
  const agentAt = cue.value.phrase.endsWith(" by") ? cue.end : by ? cue.end + by[0].length : -1;
  // "was asked by host John Dickerson whether his aim…": the agent asks the question after it.
  const question =
    agentAt >= 0 && asksAddressee(cue.value.phrase)
      ? questionAfterAddressee(text, agentAt, nextCue)
      : null;
  if (question !== null) {
    const asker = trimRange(text, agentAt, question);
    return make(contentAfterCue(ctx, sentence, question, later), asker);
  }
  if (agentAt >= 0) {
    const who = speakerAfter(text, agentAt, sentence.end);
    const what = speakerBefore(text, sentence, cue.start);
    if (who && what) return make(what, who);
  }
  if (voice === "passive") {
    // "were told to leave", "after being warned that…": no speaker in the subject.
    const content = contentAfterCue(ctx, sentence, cue.end, later);
    return readsAsClause(text, content) ? make(content, null) : null;
  }
  if (cue.value.phrase.startsWith("according")) {
    if (pre.end <= pre.start) {
      let end = cue.end;
      const limit = Math.min(sentence.end, cue.end + MAX_SPEAKER_CHARS);
      while (end < limit && text[end] !== ",") end++;
      if (end === limit) end = sentence.end;
      const speaker = trimRange(text, cue.end, end);
      const rest = trimInSentence(text, sentence, end + 1, sentence.end, ".");
      // "According to X, “…. ….”": the quotation is the content, over all its sentences.
      const quote = quotationOpeningAt(ctx, rest.start, rest.end);
      const whole = quote && quote.start === rest.start && quote.end >= rest.end;
      return make(
        whole
          ? quoteContent(text, quote)
          : { start: rest.start, end: quotedSentencesEnd(ctx, rest) },
        speaker,
      );
    }
    // "The Cabinet, according to the statement, has decided…": the longer side is the content.
    const source = speakerAfter(text, cue.end, sentence.end);
    // Only when no other cue follows: the rest must not run over the sentence's next statements.
    const rest =
      source && text[source.end] === "," && nextCue >= sentence.end
        ? trimInSentence(text, sentence, source.end + 1, sentence.end, ".")
        : null;
    // "…, according to the WFP, which is supporting…": a relative clause about the source is not.
    const relative = rest !== null && RELATIVES.test(text.slice(rest.start, rest.start + 8));
    const longer =
      rest &&
      !relative &&
      wordCount(text, rest.start, rest.end) > wordCount(text, pre.start, pre.end);
    return make(longer ? rest : pre, source);
  }
  const firstWordAfter =
    /^[\p{L}']+/u.exec(text.slice(post.start, post.start + 20))?.[0]?.toLowerCase() ?? "";
  const boundary = lastBoundary(text, sentence, cue.start);
  // "…,' Harf said" / "…,'' said Mr. Kamin": a closing apostrophe-quote after the comma is no
  // part of the speaker.
  const between = boundary >= 0 ? trimRange(text, boundary + 1, cue.start, APOSTROPHES) : null;
  const betweenFirst = between
    ? (/^[\p{L}']+/u.exec(text.slice(between.start, between.start + 20))?.[0] ?? "")
    : "";
  const shortBetween =
    between !== null &&
    !CLAUSE_BREAKS.has(betweenFirst.toLowerCase()) &&
    wordCount(text, between.start, between.end) <= MAX_INVERTED_WORDS;
  const speakerFirst = () => {
    if (between && between.end > between.start) return minimalSubject(text, between) ?? between;
    // "…," said Maria Lopez: a noun phrase after the cue; "…," X, a senator, said when…: before.
    if (firstWordAfter && !ADJUNCTS.has(firstWordAfter) && !CLAUSE_BREAKS.has(firstWordAfter)) {
      const after = speakerAfter(text, cue.end, sentence.end);
      if (after) return after;
    }
    return (
      speakerAcrossCommas(text, sentence, cue.start) ?? speakerAfter(text, cue.end, sentence.end)
    );
  };
  // "On Fox News’s “Hannity,” Newt Gingrich said if…": a clause right after "X said" is its
  // content, and the quotation before the speaker is a title or another cue's. Read up to the
  // first comma or dash only: "…,” Clinton told AIPAC, referring to…" has no clause before it.
  const clauseAfter = () => {
    // A cue of several words ("said in a statement that…") may be followed by a relative clause.
    if (!between || between.end <= between.start || cue.value.phrase.includes(" ")) return false;
    // "…,” he said introducing Clinton as…": a participle, even without its comma, is an adjunct.
    if (ADJUNCTS.has(firstWordAfter) || /ing$/.test(firstWordAfter)) return false;
    if (!/^\s+[\p{L}']/u.test(text.slice(cue.end, cue.end + 2))) return false;
    const window = text.slice(post.start, Math.min(post.end, post.start + MAX_TAIL_CHARS));
    const stop = /,|—|–|--/.exec(window);
    return readsAsClause(text, {
      start: post.start,
      end: post.start + (stop ? stop.index : window.length),
    });
  };
  // “…,” he said / “…,” said X: the quotation closing before the speaker is the content.
  const quote = shortBetween
    ? (quotationClosingAt(ctx, boundary + 1) ?? quotationClosingAt(ctx, boundary))
    : undefined;
  if (
    quote &&
    quote.start < cue.start &&
    closesSpeech(text, quote) &&
    // “You bet I would,” Christie said when asked whether…: the quotation is the cue's before.
    !(previous?.cue && previous.cue.start >= quote.end) &&
    !(
      quotedInPhrase(text, sentence, quote.start) &&
      contentFollows(ctx, sentence, cue.end, post, nextCue)
    ) &&
    !clauseAfter()
  ) {
    return make(quoteContent(text, quote), speakerFirst());
  }
  // "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested…": the title closes the subject.
  const titled =
    quote && quote.start < cue.start && between !== null && between.end <= between.start
      ? subjectThroughTitle(text, sentence, quote)
      : null;
  const apposedQuote = quoteBeforeApposition(ctx, sentence, cue.start, previous);
  if (apposedQuote) return make(quoteContent(text, apposedQuote.quote), apposedQuote.speaker);
  const tail = text.slice(post.start, Math.min(post.end, post.start + MAX_TAIL_CHARS));
  // ", said David Autor, a professor at M.I.T., who is one of…", "…, the agency reported on
  // Tuesday -- a development that…": a relative clause about the speaker and a clause after a
  // dash are outside; only the words before them are read for a verb.
  const aside = SPEAKER_TAIL_END.exec(tail);
  const speakerTail = aside ? tail.slice(0, aside.index) : tail;
  // "…, Spicer said, adding…", "…, Hollande said Tuesday in Paris, noting…": the next statement
  // of the sentence hangs on the cue, nothing of this one does.
  const nextCut =
    nextCue <= post.start
      ? post.start
      : nextCue < sentence.end
        ? cutBefore(text, post.start, nextCue)
        : null;
  const ownEnd = Math.max(
    post.start,
    Math.min(aside ? post.start + aside.index : post.end, nextCut ?? sentence.end),
  );
  const own = { start: post.start, end: ownEnd };
  // Counted in the tail's window only: words run on without a space in hostile text, and a
  // count over the whole rest of the sentence at every cue would be quadratic. A tail past the
  // window is never a few words.
  const ownWords =
    ownEnd - post.start <= MAX_TAIL_CHARS
      ? wordCount(text, post.start, ownEnd, MAX_NAMED_SPEAKER_WORDS)
      : MAX_NAMED_SPEAKER_WORDS + 1;
  // "…," said Zeynep Tufekci, an assistant professor in technology policy at the University of
  // North Carolina: a name after the cue may carry a long apposition, all of it within the tail.
  const namedAfter =
    /^\p{Lu}/u.test(text[post.start] ?? "") &&
    (aside !== null || ownEnd - post.start <= MAX_TAIL_CHARS) &&
    ownWords <= MAX_NAMED_SPEAKER_WORDS;
  // "…, said Ms. Gil, with games of capture the flag, …": a short name closed by a comma is the
  // speaker, however long what follows it.
  const name = firstPart(speakerTail);
  const nameThenComma =
    /^\p{Lu}/u.test(text[post.start] ?? "") &&
    name.length < speakerTail.length &&
    wordCount(name, 0, name.length, MAX_NAME_WORDS) <= MAX_NAME_WORDS;
  // "Sales were great, he said, wiping sweat off his face": a participle after the cue's comma
  // is about the speaker; the statement is before ("including …" continues it).
  const afterComma = PARTICIPLE_AFTER_CUE.exec(text.slice(cue.end, cue.end + 40))?.[1];
  const participleAfter =
    afterComma !== undefined && !PREPOSITIONAL_PARTICIPLES.has(afterComma.toLowerCase());
  // “…?” she asked. / “…!” said X.: the quotation ended the sentence before.
  const ended = boundary < 0 ? quotationEndingBefore(ctx, sentence.start) : undefined;
  // Bush called Trump “unhinged.” Rubio called the statement “outlandish.”: a quotation that is
  // already the statement before is no content of this cue.
  const taken =
    ended &&
    previous?.cue &&
    previous.cue.end <= ended.start &&
    previous.start < ended.end &&
    previous.end > ended.start;
  if (
    ended &&
    !taken &&
    wordCount(text, sentence.start, cue.start, MAX_INVERTED_WORDS) <= MAX_INVERTED_WORDS
  ) {
    // “…?” she said, but Kevin was drifting off.: a clause after a comma and a clause word is
    // the reporter's, not a content of the cue.
    const joined = CLAUSE_AFTER_COMMA.exec(text.slice(cue.end, own.end));
    const mine = joined
      ? { start: own.start, end: Math.max(own.start, cue.end + joined.index) }
      : own;
    const mineWords = joined ? wordCount(text, mine.start, mine.end) : ownWords;
    // “…!” Sessions said as he launched the process / Biden said, clutching the lectern: a
    // clause about the moment of speaking, no content of the cue.
    const nothingMore =
      mineWords === 0 ||
      participleAfter ||
      ADJUNCT_CLAUSE.test(text.slice(mine.start, mine.start + MAX_ADJUNCT_CHARS)) ||
      ((mineWords <= MAX_TRAILING_WORDS || namedAfter) &&
        !/\bthat\b/.test(text.slice(mine.start, mine.end)) &&
        !readsAsClause(text, mine));
    if (nothingMore) {
      const who = pre.end > pre.start ? pre : speakerAfter(text, cue.end, sentence.end);
      return make(quoteContent(text, ended), who);
    }
  }
  // ", said the mayor": a speaker after the cue is a noun phrase, not a clause ("…, said
  // intelligence assessments pointed to Russian aircraft").
  // Only cues the training data shows after their content are read that way.
  const inverted =
    between !== null &&
    between.end <= between.start &&
    cue.value.sourceBefore < MAX_INVERTIBLE_SOURCE_BEFORE &&
    // "…, says she identifies as…": a subject pronoun opens a clause, never a speaker.
    !isSubjectPronoun(firstWordAfter) &&
    !speakerTail
      .split(",")[0]
      ?.toLowerCase()
      .split(/[^\p{L}']+/u)
      .some((w) => AUXILIARIES.has(w)) &&
    // "…, said Steve Grubbs, an Iowa operative currently working for…": an apposition after the
    // name may hold a participle; only the name's own part is read for a verb.
    !hasVerb(text, { start: post.start, end: post.start + firstPart(speakerTail).length });
  const thatAhead = /\bthat\b|:/.test(speakerTail);
  const quoteAfter = quotationOpeningAt(ctx, cue.end, sentence.end) !== undefined;
  let next = cue.end;
  while (next < sentence.end && isSpace(text.charCodeAt(next))) next++;
  // "…, he explained, recalling…" / "…, she said.": nothing hangs on the cue.
  const closed =
    next >= sentence.end || ".;!?".includes(text[next] as string) || ownEnd <= post.start;
  const shortTail =
    ownEnd - post.start <= MAX_TAIL_CHARS &&
    wordCount(text, post.start, ownEnd) <= MAX_TRAILING_WORDS;
  // "…, a resident told CNN on Tuesday.": the words after the cue are only the one told.
  const addresseeOnly =
    takesAddressee(cue.value.phrase) &&
    !thatAhead &&
    !quoteAfter &&
    wordCount(text, post.start, post.end, MAX_ADDRESSEE_WORDS) <= MAX_ADDRESSEE_WORDS &&
    !readsAsClause(text, post) &&
    // "urged both sides to stop the fighting": the infinitive is the content.
    !/\bto\s+\p{Ll}/u.test(tail);
  if (firstWordAfter === "as" && takesAsComplement(cue.value.phrase)) {
    const content = contentAfterCue(ctx, sentence, post.start + 2, later);
    return make(content, speakerBefore(text, sentence, cue.start));
  }
  const contentFirst =
    shortBetween &&
    boundary > sentence.start &&
    !quoteAfter &&
    !nounUse &&
    cue.value.contentAfter < 0.9 &&
    (closed ||
      addresseeOnly ||
      (participleAfter && !thatAhead) ||
      (!thatAhead &&
        (shortTail || (inverted && (namedAfter || nameThenComma))) &&
        (inverted || (ADJUNCTS.has(firstWordAfter) && !readsAsClause(text, own)))));
  // "…, Hussain al-Shahristani, the deputy prime minister, said in a statement": the speaker
  // and its apposition stand between the content and the cue.
  const apposed =
    between !== null && between.end <= between.start && !quoteAfter && !nounUse
      ? speakerBeforeCue(text, sentence, cue.start)
      : null;
  if (apposed) {
    const nothingAfter =
      closed ||
      (ADJUNCTS.has(firstWordAfter) && !thatAhead && shortTail && !readsAsClause(text, post));
    // "…, X, said Maria Lopez": a name after an inverted cue is its speaker; after "told" it is
    // the one told.
    const after =
      contentFirst && !takesAddressee(cue.value.phrase)
        ? speakerAfter(text, cue.end, sentence.end)
        : null;
    const nameAfter =
      after !== null && /^\p{Lu}/u.test(text[after.start] ?? "") && !isTimePhrase(text, after);
    if (
      nothingAfter ||
      (!inverted && !thatAhead && shortTail && !readsAsClause(text, post)) ||
      (contentFirst && !nameAfter)
    ) {
      return make(
        trimInSentence(text, sentence, sentence.start, apposed.contentEnd, ","),
        apposed.speaker,
      );
    }
  }
  if (contentFirst) {
    return make(trimInSentence(text, sentence, sentence.start, boundary, ","), speakerFirst());
  }
  if (addresseeOnly) return null;
  const phrase = cue.value.phrase;
  const content = contentAfterCue(
    ctx,
    sentence,
    cue.end,
    later,
    takesAddressee(phrase),
    asksAddressee(phrase),
  );
  // "condemned the attack", "denied any involvement": a bare object states nothing; "did not
  // say whether…" neither. "Denied the charges" does: it answers what was said.
  const quoted = kindOf(ctx, content.start, content.end) === "direct";
  if (
    !quoted &&
    needsClause(cue.value.phrase) &&
    !readsAsClause(text, content) &&
    !deniesSpeech(text, cue.value.phrase, content)
  ) {
    // "the militant group denied involvement": no statement, but its subject is still a
    // mention a later "it said" may point back to.
    const who = subjects && !nounUse ? speakerBefore(text, sentence, cue.start) : null;
    if (who) subjects?.push(who);
    return null;
  }
  // "the claim that…" attributes its clause; "the competing claims follow…" nothing.
  if (nounUse && !isThatClause(text, content)) return null;
  // "his claim that…": the pronoun is who claims ("Trump's claim that…": the words before).
  const owner = nounUse ? possessorBefore(text, cue) : null;
  if (owner) return make(content, owner);
  if (asksNothing(text, cue, content)) return null;
  // "X told CNN that …, saying…": an adjunct participle's subject is its clause's.
  const main =
    ADJUNCT_PARTICIPLE.test(cue.value.phrase) &&
    PARTICIPLE_LEAD.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))
      ? mainSubject(text, sentence, cue.start, previous)
      : null;
  if (main) return make(content, main);
  let speaker: Attribution["speaker"] = titled ?? speakerBefore(text, sentence, cue.start);
  // "…, Nefzi said on Tuesday, adding that…": a participle after the statement before is its
  // speaker's.
  const participle =
    previous?.cue &&
    /ing$/.test(cue.value.phrase) &&
    previous.cue.end <= cue.start &&
    previous.cue.start >= sentence.start &&
    PARTICIPLE_GAP.test(text.slice(previous.cue.end, cue.start));
  const same = participle || (speaker && previous?.speaker?.start === speaker.start);
  // "The governor said A and added B": the subject of the statement before, taken over.
  if ((speaker === null || same) && previous?.speaker) {
    speaker = carried(previous.speaker);
  }
  return make(content, speaker);
}

/** A participle cue ("saying", "accusing"), and what opens it as an adjunct of its clause. */
const ADJUNCT_PARTICIPLE = /^\p{L}+ing\b/u;
const PARTICIPLE_LEAD = /(?:[,—–]|--|\b(?:after|before|while|when|by|without))\s*$/i;

/**
 * The subject of the clause a participle hangs on ("X told CNN that …, saying", "X halted
 * production after accusing Y of…"): the speaker of a statement of the sentence whose content
 * came first ("…, the ministry said, adding"), else the noun phrase opening the sentence, up to
 * the statement before or the cue. Null when the sentence opens with no subject.
 */
function mainSubject(
  text: string,
  sentence: Range,
  cueStart: number,
  previous: Attribution | undefined,
): Attribution["speaker"] {
  const here =
    previous?.cue && previous.speaker && !previous.speaker.carried
      ? previous.cue.start >= sentence.start && previous.cue.end <= cueStart
      : false;
  const before = here ? previous?.speaker : null;
  if (before && previous && previous.start < before.start) return carried(before);
  const end = here && previous?.cue ? previous.cue.start : cueStart;
  const subject = minimalSubject(text, { start: sentence.start, end });
  if (!subject || OPENING_QUOTES.includes(text[subject.start] as string)) return null;
  if (before && before.start === subject.start && before.end === subject.end)
    return carried(before);
  return subject;
}

/** What may stand between a parenthetical cue and the rest of its statement: "said Tuesday, ". */
const PARENTHETICAL_GAP = /^[^.;:!?"“”«»,]{0,40},\s*$/;
/** The same before a quotation, up to its opening mark: "he said, “". */
const QUOTED_PARENTHETICAL_GAP = /^[^.;:!?"“”«»,]{0,40},\s*(?:["“‘]|'')$/;
/** Between a speaker and its cue: an adverb or an auxiliary ("he also said"), no punctuation. */
const SPEAKER_CUE_GAP = /^[\s\p{L}]{0,24}$/u;
/**
 * A head shorter than this is split off only as the subject of a verb after the cue ("The golf
 * industry, she said, is…"); before the rest of a phrase it is no part of what was said ("The
 * answer lies, X said, in whether…").
 */
const MIN_CLAUSE_HEAD_WORDS = 4;
const MIN_PARENTHETICAL_WORDS = 2;

/**
 * "This campaign, he says, is different": a speaker and cue set between commas inside their
 * statement split it in two parts (the annotation conventions), the words before the comma and
 * the rest after the cue, also when the rest opens a clause ("…, the airline added, and had
 * passed…") or is a quotation going on with the sentence ("An economic downturn, he said,
 * “could be…”"). Returned is the first part, with the cue and speaker of `found`; null when the
 * words before belong to another statement of the sentence, the rest opens a relative clause, or
 * the quotation opens a sentence of its own ("In a statement, she said, “We…”": the words before
 * set the scene, annotators leave them out).
 */
function partBeforeCue(
  ctx: Context,
  sentence: Range,
  found: Attribution,
  previous: Attribution | undefined,
): Attribution | null {
  const text = ctx.text;
  const { cue, speaker } = found;
  if (!cue || !speaker || speaker.carried) return null;
  const quoted = found.kind === "direct";
  if (quoted && !/\p{Ll}/u.test(text[found.start] ?? "")) return null;
  if (speaker.start <= sentence.start || speaker.end > cue.start || found.start < cue.end) {
    return null;
  }
  if (!SPEAKER_CUE_GAP.test(text.slice(speaker.end, cue.start))) return null;
  const gap = text.slice(cue.end, found.start);
  if (!(quoted ? QUOTED_PARENTHETICAL_GAP : PARENTHETICAL_GAP).test(gap)) return null;
  let comma = speaker.start;
  while (comma > sentence.start && isSpace(text.charCodeAt(comma - 1))) comma--;
  if (text[comma - 1] !== ",") return null;
  const part = trimInSentence(text, sentence, sentence.start, comma - 1, ",");
  const words = wordCount(text, part.start, part.end, MIN_CLAUSE_HEAD_WORDS);
  if (words < MIN_PARENTHETICAL_WORDS) return null;
  const opening = /^[\p{L}']+/u.exec(text.slice(found.start, found.start + 20))?.[0] ?? "";
  const restVerb = hasVerb(text, { start: found.start, end: found.start + opening.length });
  if (words < MIN_CLAUSE_HEAD_WORDS && !restVerb) return null;
  if (previous?.cue && previous.cue.start >= sentence.start && previous.end > part.start) {
    return null;
  }
  if (RELATIVES.test(opening)) return null;
  return { ...found, ...part, kind: kindOf(ctx, part.start, part.end) };
}

/** Cue phrases of the whole text, longest first where they overlap. */
export function findEnglishCues(
  ctx: Context,
  cues: PhraseMatcher<EnglishCue> = DEFAULT_CUES,
): PhraseMatch<EnglishCue>[] {
  return cues.findLongest(ctx.normalized);
}

function within(inner: Range, outer: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Between a cue and a participle cue that shares its speaker: "said on Tuesday, adding". */
const PARTICIPLE_GAP = /^[^.;:!?"“”«»]{0,60},\s*$/;
/** How many of a sentence's next cues a content may be cut before (a bounded look-ahead). */
const MAX_LATER_CUES = 3;
const MIN_LABEL_CONTENT_WORDS = 3;
/** A comma and a word that opens a clause of its own: ", but…", ", when…", ", who…". */
const CLAUSE_AFTER_COMMA = new RegExp(
  `,\\s*(?:${[...CLAUSE_BREAKS]
    .filter((w) => w !== "that" && w !== "whether")
    .concat("who", "which", "where")
    .join("|")})\\b`,
  "i",
);
/** The quote marks a turn of a quoted transcript opens with. */
const TURN_QUOTES = '"“';

/**
 * "Cruz: Trump Would Put Liberals On Court" / "TAPPER: And obviously…": a paragraph opening
 * with a short capitalised name and a colon attributes the rest of its sentence to that name;
 * a label in capitals (a transcript's turn) the rest of its paragraph.
 */
function labelledStatement(
  ctx: Context,
  sentence: Range,
  paragraphEnd: number,
): Attribution | null {
  const text = ctx.text;
  const limit = Math.min(sentence.end, sentence.start + 60);
  // '"WALLACE: Let me start…': a transcript quoted turn by turn opens each with a quote mark.
  const opened = TURN_QUOTES.includes(text[sentence.start] ?? "") ? 1 : 0;
  let colon = sentence.start;
  while (colon < limit && text[colon] !== ":" && text[colon] !== "\n") colon++;
  // Read only inside the text: a read past its end costs the optimised code a deopt.
  if (colon + 1 >= text.length || text[colon] !== ":" || !/\s/.test(text[colon + 1] as string))
    return null;
  const label = trimRange(text, sentence.start + opened, colon);
  const words = speakerLabel(text, label);
  if (!words) return null;
  // "PENCE: Well, look… But this is America.": a speaker's turn in a transcript (its label in
  // capitals) is all of its paragraph, and the cues inside it are the speaker's own words.
  const turn = words.every((w) => !/\p{Ll}/u.test(w));
  const content = trimRange(text, colon + 1, turn ? paragraphEnd : sentence.end, ".");
  if (wordCount(text, content.start, content.end) < MIN_LABEL_CONTENT_WORDS) return null;
  return {
    ...content,
    kind: kindOf(ctx, content.start, content.end),
    speaker: label,
    cue: { start: colon, end: colon + 1 },
  };
}

/**
 * English attributions in [range): one per cue (the range's cues, in order), and the parts that
 * continue a quoted statement, from this paragraph or from `previous`, the last statement of the
 * paragraph before. The subjects of cues that state nothing are added to `subjects`.
 */
export function englishAttributions(
  ctx: Context,
  range: Range,
  all: readonly PhraseMatch<EnglishCue>[],
  previous?: Attribution,
  subjects?: Range[],
): Attribution[] {
  const out: Attribution[] = [];
  let m = 0;
  let chain = chainAcross(ctx.text, previous, range.start);
  sentencesWithin(ctx.text, range).forEach((s, index) => {
    const sentence = { start: s.start, end: s.end };
    let firstOwn = out.length;
    const cutAt = new Map<Attribution, CutBy>();
    const labelled = index === 0 ? labelledStatement(ctx, sentence, range.end) : null;
    if (labelled) out.push(labelled);
    while (m < all.length && (all[m] as PhraseMatch<EnglishCue>).start < sentence.start) m++;
    for (; m < all.length; m++) {
      const cue = all[m] as PhraseMatch<EnglishCue>;
      if (cue.start >= sentence.end) break;
      const later: number[] = [];
      for (let k = m + 1; k <= m + MAX_LATER_CUES && k < all.length; k++) {
        const start = (all[k] as PhraseMatch<EnglishCue>).start;
        if (start >= sentence.end) break;
        later.push(start);
      }
      const last = out[out.length - 1];
      // A cue inside the content of the statement before it belongs to that statement
      // ("she said she didn't want to think about…"): annotators mark the outer one.
      if (
        last !== undefined &&
        (within(cue, last) || (last.cue !== null && within(cue, last.cue)))
      ) {
        continue;
      }
      const found = attributeAt(ctx, sentence, cue, later, last, subjects);
      if (found && later.length > 0) cutAt.set(found, { cue, later, last });
      // "Issa continued, “…”" is speech, "gunfire continued" is not.
      if (found && needsQuote(cue.value.phrase) && found.kind !== "direct") continue;
      const before = found ? partBeforeCue(ctx, sentence, found, last) : null;
      if (found && before) {
        out.push(before);
        out.push({ ...found, cue: null, partOf: before.start, speaker: carried(found.speaker) });
        continue;
      }
      // “…?” she asked.: the quotation taken as the previous speaker's continuation is hers.
      const taken = out[out.length - 1];
      if (found && taken?.partOf !== undefined && taken.start === found.start) {
        out.pop();
        firstOwn = Math.min(firstOwn, out.length);
      }
      if (found && found.end > found.start) out.push(found);
    }
    uncutAtDeadCues(ctx, sentence, out, firstOwn, cutAt);
    chain = continueChain(ctx, sentence, range.end, chain, out, out.length - firstOwn);
  });
  return creditedQuotes(ctx, range, out);
}

/** How a statement was found: its cue, the later cues of its sentence, the statement before. */
interface CutBy {
  cue: PhraseMatch<EnglishCue>;
  later: readonly number[];
  last: Attribution | undefined;
}

/**
 * A content cut before a later cue of its sentence that states nothing ("says Obama is acting
 * unlawfully and showing disregard for…": "showing disregard" is no statement) is found again
 * without that cue, when it then still ends before the next cue that does state something.
 */
function uncutAtDeadCues(
  ctx: Context,
  sentence: Range,
  out: Attribution[],
  from: number,
  cutAt: ReadonlyMap<Attribution, CutBy>,
): void {
  const live = new Set<number>();
  for (let i = from; i < out.length; i++) {
    const cue = (out[i] as Attribution).cue;
    if (cue) live.add(cue.start);
  }
  for (let i = from; i < out.length; i++) {
    const a = out[i] as Attribution;
    const by = cutAt.get(a);
    if (!by || by.later.every((at) => live.has(at))) continue;
    const later = by.later.filter((at) => live.has(at));
    const again = attributeAt(ctx, sentence, by.cue, later, by.last);
    const next = later.find((at) => at > by.cue.start) ?? sentence.end;
    if (again && again.start === a.start && again.end > a.end && again.end <= next) {
      out[i] = { ...a, end: again.end, kind: again.kind };
    }
  }
}
