import { alignmentLabel } from "../ruleset/labels";
import type { RoleKind } from "../ruleset/schema";
import type { CompiledRuleset, PlaceHit, TextMatches } from "./enrich-matcher";
import { within } from "./enrich-spans";
import mentions from "./lexicon/mentions.json";
import type { PhraseMatch } from "./matcher";
import type { Alignment, Language, SourceRef } from "./types";

interface Range {
  start: number;
  end: number;
}

/**
 * A word folded like normalize() folds the text (case, alef forms, ya, diacritics), without
 * building an offset map: cheap enough to call on every word of a speaker.
 */
export function foldWord(w: string): string {
  // Most words are ASCII, where folding is only lower case.
  let ascii = true;
  for (let i = 0; i < w.length && ascii; i++) ascii = w.charCodeAt(i) < 0x80;
  if (ascii) return w.toLowerCase();
  return w
    .toLowerCase()
    .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
    .replace(/\u0649/g, "\u064a")
    .replace(/[\u0640\u064b-\u065f\u0670]/g, "");
}

const folded = (words: readonly string[]) => new Set(words.map(foldWord));
const bothLanguages = (key: "relatives" | "locatives") =>
  folded([...mentions.en[key], ...mentions.ar[key]]);

const RELATIVES = bothLanguages("relatives");
const LOCATIVES = bothLanguages("locatives");
const LOCATIVE_CLITICS = mentions.ar.locativeClitics;
const ARTICLES = new Set(["the", "a", "an", "ال"]);
const COUNTRY_WORDS = [...mentions.en.countryWords, ...mentions.ar.countryWords].map(foldWord);
/** How much of a speaker phrase is read: a title and an apposition fit well within it. */
const MAX_PHRASE_CHARS = 200;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const TRAILING = /[.'’]+$/;

/** A word of a text, folded, with its offsets. */
export interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly w: string;
}

function scanWords(text: string, r: Range): TextWord[] {
  const out: TextWord[] = [];
  for (const m of text.slice(r.start, r.end).matchAll(WORD)) {
    const start = r.start + (m.index ?? 0);
    const w = foldWord(m[0]);
    out.push({
      start,
      end: start + m[0].length,
      w: TRAILING.test(w) ? w.replace(TRAILING, "") : w,
    });
  }
  return out;
}

/**
 * wordsOf() of the text asked about last, by range: resolving one speaker reads the same phrase
 * a dozen times (its description, country, issuer, chain), each a scan of it. The key is exact
 * while (length + 1)² stays below 2⁵³; a longer text is not remembered.
 */
let memoText = "";
let memo = new Map<number, readonly TextWord[]>();
const MAX_MEMO_LENGTH = 2 ** 26;

/** The words of [start, end) with their offsets, folded (shared: never to be changed). */
export function wordsOf(text: string, r: Range): readonly TextWord[] {
  if (text.length >= MAX_MEMO_LENGTH) return scanWords(text, r);
  // Taken as the memo's text even when equal: the next comparison is then by reference.
  if (text !== memoText) memo = new Map();
  memoText = text;
  const key = r.start * (text.length + 1) + r.end;
  let words = memo.get(key);
  if (words === undefined) {
    words = scanWords(text, r);
    memo.set(key, words);
  }
  return words;
}

/**
 * The part of a speaker phrase that describes the speaker: everything before a relative clause
 * ("The Lebanese group, which has fought alongside Syrian government forces": only "The Lebanese
 * group"); a name inside the clause says nothing about the speaker.
 */
export function describingPart(text: string, sp: Range): Range {
  const read = { start: sp.start, end: Math.min(sp.end, sp.start + MAX_PHRASE_CHARS) };
  for (const w of wordsOf(text, read)) {
    if (w.start > sp.start && RELATIVES.has(w.w)) return { start: sp.start, end: w.start };
  }
  return read;
}

/**
 * Whether a country named at `place` is where something is, not whose it is: after a locative
 * preposition ("an official in Iraq", "ambassador to the United States", «لدى واشنطن») or with
 * an attached «ب» («بدمشق»). Looks at the word before, past an article.
 */
function isLocation(text: string, part: Range, place: PhraseMatch<PlaceHit>): boolean {
  let i = place.start;
  let clitic = "";
  while (i > part.start && /\p{L}/u.test(text[i - 1] as string)) clitic = text[--i] + clitic;
  if (clitic && LOCATIVE_CLITICS.some((c) => clitic.includes(c))) return true;
  // «المبعوث الخاص لليبيا»: «ل» on a country's name is whom the office is for, not whose it is.
  if (place.value.form === "name" && /^[وف]?ل$/.test(clitic)) return true;
  // "an adviser to Iran's Supreme Leader": a possessive says whose, whatever comes before it.
  if (/^['’]s\b/.test(text.slice(place.end, place.end + 3))) return false;
  const before = wordsOf(text, { start: part.start, end: i });
  let k = before.length - 1;
  if (k >= 0 && ARTICLES.has((before[k] as { w: string }).w)) k--;
  const prev = before[k];
  return prev !== undefined && LOCATIVES.has(prev.w);
}

const isArabic = (text: string, at: number) => /[\u0600-\u06ff]/.test(text[at] ?? "");

const STATEMENT_NOUNS = new Set(
  [...mentions.en.statementNouns, ...mentions.ar.statementNouns].map(foldWord),
);
const ISSUERS = [...mentions.en.issuers, ...mentions.ar.issuers]
  .map((w) => foldWord(w).split(" "))
  .sort((a, b) => b.length - a.length);

/**
 * The issuer of a statement named as the speaker: "a statement released by the Cabinet" speaks
 * for "the Cabinet", «بيان صادر عن المجلس» for «المجلس». Null when the phrase is not a statement
 * noun followed by an issuer.
 */
export function issuerOf(text: string, sp: Range): Range | null {
  const words = wordsOf(text, describingPart(text, sp));
  const noun = words.findIndex((w) => STATEMENT_NOUNS.has(w.w));
  if (noun < 0 || noun > 2) return null;
  for (let i = noun + 1; i < Math.min(words.length, noun + 4); i++) {
    for (const marker of ISSUERS) {
      const fits = marker.every((m, k) => words[i + k]?.w === m);
      const after = words[i + marker.length];
      const last = words[words.length - 1];
      if (fits && after && last) return { start: after.start, end: last.end };
    }
  }
  return null;
}

/** Countries a phrase names as whose it is, not where it is. */
function affiliations(ctx: WordsContext, part: Range): PhraseMatch<PlaceHit>[] {
  return within(ctx.matches.places, part.start, part.end).filter(
    (p) => !isLocation(ctx.text, part, p),
  );
}

/**
 * The country a speaker phrase ties the speaker to: the first it names that is not a place
 * ("in Iraq", "to the United States"), or, for "the country's" / «البلاد», the country named last
 * before the phrase. `place` is the words naming it, when they are in the phrase.
 */
export function phraseCountry(ctx: WordsContext, sp: Range): { country?: string; place?: Range } {
  const part = describingPart(ctx.text, sp);
  const first = affiliations(ctx, part)[0];
  if (first) return { country: first.value.country, place: first };
  const partText = foldWord(ctx.text.slice(part.start, part.end));
  if (!COUNTRY_WORDS.some((w) => partText.includes(w))) return {};
  const country = ctx.countryBefore(part.start);
  return country ? { country } : {};
}

/** What the text's own words say about a speaker: a side, a country, and the words. */
export interface WordsLabel {
  alignment: Alignment;
  country?: string;
  evidence: Range;
}

export type WordsVerdict = WordsLabel | "private" | null;

export interface WordsContext {
  text: string;
  matches: TextMatches;
  /** The country named last before an offset (what "the country's" stands for), if any. */
  countryBefore: (at: number) => string | undefined;
}

/** The words spanning all of `spans`, out to whole words (an Arabic match starts after «ال»). */
function cover(text: string, spans: readonly (Range | undefined)[]): Range {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const s of spans) {
    if (!s) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1] as string)) start--;
  while (end < text.length && /[\p{L}\p{M}]/u.test(text[end] as string)) end++;
  return { start, end };
}

/**
 * Reads a speaker phrase with the gazetteer and the role lexicons, by this precedence (the first
 * that applies wins, and only its label is given):
 * 1. a news outlet qualified by a state word («وكالة الأنباء السورية الرسمية», "government TV"):
 *    state media of the phrase's country;
 * 2. a private person ("a Syrian refugee", "a doctor"): no label;
 * 3. a state office or body ("Israeli Prime Minister", "Russia's defence ministry", "police"):
 *    the government of the phrase's country (or a government, when none is named);
 * 4. a member of a body with a country ("a senior U.S. official", "Syrian sources"): that
 *    country's government, unless a news outlet is the body ("Syrian media sources");
 * 5. a country alone ("Moscow", "Saudi Arabia", "the Saudis"): its government.
 * The phrase's country is the first one it names that is not a place ("in Iraq", "to the
 * United States"); "the country's" stands for the country named last before the phrase.
 * Named sources and descriptor phrases of the ruleset come before all of these (see
 * source-matching.ts).
 */
export function labelFromWords(ctx: WordsContext, sp: Range): WordsVerdict {
  const { text, matches } = ctx;
  const part = describingPart(text, sp);
  const roles = within(matches.roles, part.start, part.end);
  const places = affiliations(ctx, part);
  const of = (kind: RoleKind) => roles.filter((r) => r.value === kind);
  const media = of("media");
  const state = of("state");
  const member = of("member");
  const { country, place } = phraseCountry(ctx, sp);
  const label = (alignment: Alignment, used: readonly (Range | undefined)[]): WordsLabel => ({
    alignment,
    ...(country ? { country } : {}),
    evidence: cover(text, [...used, place]),
  });
  // A state word qualifies the outlet: after it in Arabic («وكالة الأنباء الرسمية»), before it in
  // English ("government TV"); «وزير الإعلام» is a minister.
  const qualified = state.find((s) =>
    media.some((m) => (isArabic(text, m.start) ? s.start > m.start : s.start < m.start)),
  );
  if (qualified) return label("state-media", [media[0], qualified]);
  if (of("private").length > 0 && state.length === 0) return "private";
  if (state.length > 0) return label("government", [state[0], member[0]]);
  // "Syrian media sources", «مصادر إخبارية يمنية»: the country's press, not its state.
  if (member.length > 0)
    return country && media.length === 0 ? label("government", [member[0]]) : null;
  if (places.length > 0 && roles.length === 0 && onlyPlaces(text, part, places)) {
    return label("government", []);
  }
  return null;
}

/** Whether a phrase is nothing but countries and articles ("the Saudis", "Russia and Syria"). */
function onlyPlaces(text: string, part: Range, places: readonly Range[]): boolean {
  // "Russia's": the possessive's "s" is no word of its own.
  let rest = "";
  let at = part.start;
  for (const p of places) {
    rest += text.slice(at, p.start);
    at = p.end;
  }
  rest += text.slice(at, part.end);
  return scanWords(rest, { start: 0, end: rest.length })
    .map((w) => w.w)
    .every((w) => ARTICLES.has(w) || w === "and" || w === "و" || w === "s");
}

/** A label read from the text as the quote's source. */
export function wordsRef(
  c: CompiledRuleset,
  text: string,
  label: WordsLabel,
  labelLang: Language,
): SourceRef {
  const evidence = {
    kind: "text" as const,
    start: label.evidence.start,
    end: label.evidence.end,
    text: text.slice(label.evidence.start, label.evidence.end),
  };
  return {
    id: `text:${label.alignment}${label.country ? `:${label.country}` : ""}`,
    name: evidence.text,
    alignment: label.alignment,
    ...(label.country ? { country: label.country } : {}),
    label: alignmentLabel(c.ruleset, label.alignment, label.country, labelLang),
    matchedBy: "text",
    evidence,
  };
}
