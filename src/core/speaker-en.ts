import grammar from "./lexicon/english-grammar.json";
import type { Range } from "./sentences";

/**
 * The English speaker as the minimal noun phrase with its title and apposition ("Adel
 * al-Jubeir, the Saudi ambassador to the United States"): without a dateline, a leading
 * conjunction or adverbial, a relative clause, a participle or time phrase, or the verb phrase a
 * wide scan ran into ("X spoke live on TV, saying" gives X). Works on the words of one candidate
 * span: linear in its length.
 */

const AUXILIARIES = new Set(grammar.auxiliaries);
const ADVERBS = new Set(grammar.adverbs);
const VERBS = new Set(grammar.verbs);
const NOT_VERBS = new Set(grammar.notVerbs);
const RELATIVES = new Set(grammar.relatives);
const OPENERS = new Set(grammar.openers);
const CONJUNCTIONS = new Set(grammar.conjunctions);
const TIME_WORDS = new Set(grammar.timeWords);
const TIME_COUNTS = new Set(grammar.timeCounts);
const TIME_LINKS = new Set(grammar.timeLinks);
const DETERMINERS = new Set(grammar.determiners);
const CLAUSE_BREAKS = new Set(grammar.clauseBreaks);
const ADJUNCTS = new Set(grammar.adjuncts);
const REDUCED_RELATIVES = new Set(grammar.reducedRelatives);
const PARTICIPLE_LINKS = new Set(grammar.participleLinks);
const PLACE_NOUNS = new Set(grammar.placeNouns);
/** How many words a place phrase may have before its place noun ("in the northern Israeli city"). */
const PLACE_REACH = 5;

interface Word {
  start: number;
  end: number;
  /** Lower case, without trailing punctuation. */
  w: string;
  /** As written. */
  raw: string;
}

const WORD = /[^\s,;:—–]+/g;
const TRAILING = /[.'"”)]+$/;
const TRAILING_MARKS = ".'\"”)";

/** A word in lower case, ’ as ', without trailing punctuation; most words need no regex. */
function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  const w = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
  return TRAILING_MARKS.includes(w[w.length - 1] ?? "") ? w.replace(TRAILING, "") : w;
}

function wordsIn(text: string, r: Range): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(r.start, r.end);
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const start = r.start + m.index;
    const raw = m[0];
    out.push({
      start,
      end: start + raw.length,
      raw,
      w: lowerWord(raw),
    });
  }
  return out;
}

/** A word that starts a verb phrase: an auxiliary, an adverb, or a finite verb form. */
function isVerbal(word: Word, previous: Word | undefined): boolean {
  const w = word.w.replace(/^[("“]/, "");
  if (AUXILIARIES.has(w) || VERBS.has(w)) return true;
  // After a determiner or preposition a word is part of the noun phrase: "an earlier report",
  // "a retired general", "52 percent of registered voters".
  if (previous === undefined || DETERMINERS.has(previous.w) || OPENERS.has(previous.w)) {
    return false;
  }
  if (ADVERBS.has(w)) return true;
  if (!/^\p{Ll}/u.test(word.raw) || NOT_VERBS.has(w)) return false;
  // "rallied", "returned": a past form after a noun; "openly", "jokingly" before the cue.
  return (/[a-z]{2}ed$/.test(w) || /[a-z]{2}ly$/.test(w)) && w.length > 4;
}

const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);
/** Words that end a name after a cue: what follows is about the statement, not the speaker. */
const AFTER_NAME = new Set(["as", "when", "while", "after", "before", "during", "since", "until"]);

/** The words of a part without leading conjunctions and adverbs ("And Gadhafi", "Instead he"). */
function bare(words: Word[]): Word[] {
  let i = 0;
  while (
    i < words.length - 1 &&
    (CONJUNCTIONS.has((words[i] as Word).w) || ADVERBS.has((words[i] as Word).w))
  )
    i++;
  return i > 0 ? words.slice(i) : words;
}

/** Whether a comma-separated part is no noun phrase of the speaker. */
function isAside(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first) return true;
  // "At least half of voters" is a subject.
  const quantity = first.w === "at" && (words[1]?.w === "least" || words[1]?.w === "most");
  if (RELATIVES.has(first.w) || (OPENERS.has(first.w) && !quantity)) return true;
  if (/^\p{Ll}[\p{Ll}-]*ing$/u.test(first.raw)) return true;
  // "Hunter, meanwhile, told…", "…, falsely suggesting"
  if (words.every((w) => ADVERBS.has(w.w) || /^\p{Ll}{3,}ly$/u.test(w.raw))) return true;
  return isTimePart(words);
}

/**
 * A time phrase ("hours later", "on Tuesday"); a single capitalised word only as a weekday
 * ("Day" is a name).
 */
function isTimePart(words: readonly Word[]): boolean {
  const only = words.length === 1 ? (words[0] as Word) : null;
  if (only && /^\p{Lu}/u.test(only.raw)) {
    return /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(only.w);
  }
  // "About two hours later", not "Six in 10": counts belong to the phrase only beside a word of
  // time that is no article or preposition.
  const counted = words.some((w) => TIME_COUNTS.has(w.w));
  if (counted && !words.some((w) => TIME_WORDS.has(w.w) && !TIME_LINKS.has(w.w))) return false;
  return words.every((w) => /^\d/.test(w.w) || TIME_WORDS.has(w.w) || TIME_COUNTS.has(w.w));
}

/** Splits [start, end) at commas and dashes into parts of words. */
function parts(text: string, r: Range): Word[][] {
  const out: Word[][] = [];
  let from = r.start;
  for (let i = r.start; i <= r.end; i++) {
    const c = text[i];
    const dash = c === "—" || c === "–" || (c === "-" && text[i + 1] === "-");
    if (i === r.end || c === "," || c === ";" || dash) {
      out.push(wordsIn(text, { start: from, end: i }));
      from = dash && text[i + 1] === "-" ? i + 2 : i + 1;
      if (dash && text[i + 1] === "-") i++;
    }
  }
  return out;
}

/** A dateline or credit at the head of a phrase ("DAMASCUS -", "Iraq (CNN) --"). */
function afterDateline(text: string, r: Range): number {
  const head = text.slice(r.start, Math.min(r.end, r.start + 60));
  const m = /^[\p{Lu}][\p{Lu}\p{L} ,.]*(?:\([^)]{1,20}\))?\s*(?:-{1,2}|—|–)\s+/u.exec(head);
  return m && m[0].length < head.length ? r.start + m[0].length : r.start;
}

/** Past a full stop the sentence splitter kept ("… in Washington D.C. He recalled"). */
function afterMissedStop(text: string, r: Range): number {
  const slice = text.slice(r.start, r.end);
  let at = r.start;
  for (const m of slice.matchAll(/\.\s+(?=(?:He|She|They|It|We|I)\b)/g))
    at = r.start + (m.index ?? 0) + m[0].length;
  return at;
}

/**
 * The subject at the head of a candidate span: the first part that is a noun phrase, cut at the
 * verb phrase it runs into, with the appositions that follow it. Null when nothing is left.
 */
/**
 * Whether the word at `i` opens a phrase after the speaker's noun that is no part of it: a
 * reduced relative ("Aid agencies working in Gaza") or a place phrase ("Ziv Medical Center in the
 * northern Israeli city of Safed"). A bare place stays ("tribal elders in Anbar").
 */
function opensPostmodifier(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (i > 0 && REDUCED_RELATIVES.has(w.w) && PARTICIPLE_LINKS.has(words[i + 1]?.w ?? "")) {
    return true;
  }
  if (w.w !== "in" || words[i + 1]?.w !== "the") return false;
  for (let j = i + 2; j < Math.min(words.length, i + 2 + PLACE_REACH); j++) {
    if (PLACE_NOUNS.has((words[j] as Word).w)) return words[j + 1]?.w === "of";
  }
  return false;
}

export function minimalSubject(text: string, r: Range): Range | null {
  const from = afterMissedStop(text, { start: afterDateline(text, r), end: r.end });
  const all = parts(text, { start: from, end: r.end }).map(bare);
  let k = 0;
  while (k < all.length && isAside(all[k] as Word[])) k++;
  const lastPart = all[all.length - 1] as Word[];
  // "…, with former Gov. Martin O'Malley calling Trump…": the subject of the absolute clause.
  if (k === all.length && lastPart[0]?.w === "with" && lastPart.length > 1) {
    all[all.length - 1] = lastPart.slice(1);
    k = all.length - 1;
  }
  let head = all[k];
  if (!head) {
    // "At the bottom it reads": the subject after a phrase that opens the clause.
    const only = all.length === 1 ? (all[0] as Word[]) : [];
    const p = only.findIndex((w) => PRONOUNS.has(w.w));
    if (p < 0) return null;
    head = only.slice(p);
  }
  // "Does he know…": a question's auxiliary before its subject.
  const first = head.length > 1 && AUXILIARIES.has((head[0] as Word).w) ? 1 : 0;
  let last = first;
  while (
    last + 1 < head.length &&
    !isVerbal(head[last + 1] as Word, head[last]) &&
    !opensPostmodifier(head, last + 1)
  )
    last++;
  const cut = last + 1 < head.length;
  // "Syria's state TV on Sunday": a time phrase at the end is no part of the speaker.
  let keep = last;
  while (keep > first && TIME_WORDS.has((head[keep] as Word).w)) keep--;
  if (keep < last && !TIME_WORDS.has((head[keep] as Word).w)) last = keep;
  let end = (head[last] as Word).end;
  // Appositions after the name: parts that are noun phrases up to the verb or the end.
  if (!cut) {
    for (let j = k + 1; j < all.length; j++) {
      const p = all[j] as Word[];
      const age = p.length === 1 && /^\d+$/.test((p[0] as Word).w);
      const before = all[j - 1]?.at(-1);
      if (!age && (isAside(p) || p.some((w, i) => isVerbal(w, i > 0 ? p[i - 1] : before)))) break;
      end = (p[p.length - 1] as Word).end;
    }
  }
  return { start: (head[first] as Word).start, end };
}

/**
 * The words after the last relative pronoun before a cue ("…, which he said": "he"; "what
 * Israel described": "Israel"), or the pronoun itself when nothing follows it ("a boy who calls
 * himself": "who").
 */
export function afterRelative(text: string, r: Range): Range & { relative?: true } {
  const words = wordsIn(text, r);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    // "in what Israel described as…": the free relative's subject follows it.
    if (w.w === "what") {
      const next = words[i + 1];
      if (!next || isVerbal(next, w)) continue;
      return { start: next.start, end: (words[words.length - 1] as Word).end };
    }
    if (!RELATIVES.has(w.w) || w.w === "that") continue;
    const rest = words.slice(i + 1);
    const first = rest[0];
    const lastWord = rest[rest.length - 1];
    if (!first || !lastWord) return { start: w.start, end: w.end, relative: true };
    // "A senior official who spoke on condition of anonymity said": the clause is complete, its
    // subject is the noun phrase before it.
    if (isVerbal(first, w) && i > 0) return { start: r.start, end: (words[i - 1] as Word).end };
    return { start: first.start, end: lastWord.end };
  }
  return r;
}

/**
 * The noun phrase after a cue ("…," said Adel al-Jubeir, the Saudi ambassador to the United
 * States, in announcing…): the name up to the first comma, without a relative clause, and the
 * appositions after it that are noun phrases (they open with a determiner or a number and hold
 * no verb). Null for a time phrase ("said hours earlier").
 */
export function nounPhraseAfter(text: string, r: Range): Range | null {
  const all = parts(text, r);
  const head = all[0] ?? [];
  // The name ends at a relative clause or a phrase after it ("… as reckless", "… in Geneva").
  // The name ends at a relative clause or a clause after it ("… as reckless", "… when asked").
  const rel = head.findIndex((w, i) => i > 0 && (RELATIVES.has(w.w) || AFTER_NAME.has(w.w)));
  const name = rel > 0 ? head.slice(0, rel) : head;
  if (name.length === 0 || isAside(name)) return null;
  let end = (name[name.length - 1] as Word).end;
  if (rel < 0) {
    for (let j = 1; j < all.length; j++) {
      const p = all[j] as Word[];
      if (!opensApposition(p, all[j - 1]?.at(-1), name[0] as Word)) break;
      // "Patrick McGinley, a law professor at West Virginia University who has…": the
      // apposition up to its relative clause, and nothing after it.
      const relative = p.findIndex((w, i) => i > 0 && RELATIVES.has(w.w) && w.w !== "that");
      const kept = relative > 0 ? p.slice(0, relative) : p;
      if (kept.some((w, i) => i > 0 && isVerbal(w, kept[i - 1]))) break;
      end = (kept[kept.length - 1] as Word).end;
      if (relative > 0) break;
    }
  }
  return { start: (name[0] as Word).start, end };
}

/**
 * Whether a comma part after a name opens an apposition: a determiner or a number ("the Saudi
 * ambassador", "56"), or after a proper name a bare title ("chief strategist for the Republican
 * National Committee", "head of the Tax Policy Center"): a lower-case word that is no aside,
 * verb, conjunction or adjunct ("of Sarasota" is where the speaker lives, not who it is).
 */
function opensApposition(p: readonly Word[], before: Word | undefined, name: Word): boolean {
  const first = p[0];
  if (first === undefined) return false;
  if (DETERMINERS.has(first.w) || /^\d/.test(first.w)) return true;
  return (
    /^\p{Lu}/u.test(name.raw) &&
    !DETERMINERS.has(name.w) &&
    /^\p{Ll}+$/u.test(first.raw) &&
    !CONJUNCTIONS.has(first.w) &&
    !CLAUSE_BREAKS.has(first.w) &&
    !ADJUNCTS.has(first.w) &&
    !isAside(p) &&
    !isVerbal(first, before)
  );
}

/** Whether the words of [start, end) hold a verb phrase ("the rebels seized the town"). */
export function hasVerb(text: string, r: Range): boolean {
  const words = wordsIn(text, r);
  return words.some((w, i) => isVerbal(w, words[i - 1]));
}

/** The most words a noun phrase of a list ("X, a UK-based monitoring group, and Y") has. */
const MAX_LIST_PART_WORDS = 8;

/**
 * Whether [start, end) is two or more short comma parts, none an aside or holding a verb: the
 * noun phrases of a list before its last comma. "A died in 1987, and he says" is one clause,
 * whose verb the lexicon may not know, so a part is short as well.
 */
export function isNounPhraseList(text: string, r: Range): boolean {
  const all = parts(text, r);
  return (
    all.length >= 2 &&
    all.every(
      (p, j) =>
        p.length > 0 &&
        p.length <= MAX_LIST_PART_WORDS &&
        !isAside(p) &&
        !p.some((w, i) => isVerbal(w, i > 0 ? p[i - 1] : all[j - 1]?.at(-1))),
    )
  );
}

/** Whether a phrase after a cue is a time phrase, not a speaker ("said hours earlier"). */
export function isTimePhrase(text: string, r: Range): boolean {
  const words = wordsIn(text, r);
  return words.length > 0 && isTimePart(words);
}

const TRAILING_NAME = /,\s*\p{Lu}[^,]*(?:,[^,]*){0,2}$/u;
/** At most this many comma parts make a speaker after its content (a name and appositions). */
const MAX_TRAILING_PARTS = 3;
const MAX_TRAILING_PART_WORDS = 12;

/**
 * "<content>, Marie Harf, deputy spokeswoman for the U.S. State Department, said Friday": the
 * comma parts right before the cue that are noun phrases (no verb, not an aside), the first a
 * capitalised name, after a part that has a verb (the content). Returns the speaker and the
 * comma that ends the content; null when the parts before the cue are no such name.
 */
export function trailingNounPhrase(
  text: string,
  r: Range,
): { speaker: Range; comma: number } | null {
  // A name and its content are two comma parts at least.
  // A capitalised word after one of the last commas: the cheap test before the parts are read.
  if (!TRAILING_NAME.test(text.slice(r.start, r.end))) return null;
  const all = parts(text, r);
  let first = -1;
  for (let j = all.length - 1; j > 0 && all.length - j <= MAX_TRAILING_PARTS; j--) {
    const p = all[j] as Word[];
    const before = all[j - 1]?.at(-1);
    if (p.length === 0 || p.length > MAX_TRAILING_PART_WORDS || isAside(p)) break;
    if (p.some((w, i) => isVerbal(w, i > 0 ? p[i - 1] : before))) break;
    if (/^\p{Lu}/u.test((p[0] as Word).raw) && !DETERMINERS.has((p[0] as Word).w)) first = j;
  }
  if (first <= 0) return null;
  const content = all[first - 1] as Word[];
  const opening = all[first] as Word[];
  const last = all[all.length - 1]?.at(-1);
  if (!hasVerb(text, { start: content[0]?.start ?? 0, end: content.at(-1)?.end ?? 0 }) || !last) {
    return null;
  }
  const start = (opening[0] as Word).start;
  let comma = start - 1;
  while (comma > r.start && text[comma] !== ",") comma--;
  return { speaker: { start, end: last.end }, comma };
}
