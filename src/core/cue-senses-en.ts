import senses from "./lexicon/cue-senses-en.json";
import grammar from "./lexicon/english-grammar.json";
import type { Range } from "./sentences";

interface SenseClass {
  phrases: Set<string>;
  words: Set<string>;
  /** Answers given so far, by cue phrase (a lexicon's phrases: a bounded set). */
  known: Map<string, boolean>;
}

/** The sense classes of cue-senses-en.json, as sets of phrases and of single words. */
function classOf(entries: readonly string[]): SenseClass {
  return {
    phrases: new Set(entries),
    words: new Set(entries.filter((e) => !e.includes(" "))),
    known: new Map(),
  };
}

/** Asked of every cue found, several times: each phrase is split and looked up once. */
function inClass(c: SenseClass, phrase: string): boolean {
  let answer = c.known.get(phrase);
  if (answer === undefined) {
    answer = c.phrases.has(phrase) || phrase.split(" ").some((w) => c.words.has(w));
    c.known.set(phrase, answer);
  }
  return answer;
}

const NOT_SPEECH = classOf(Object.values(senses.notSpeech).flat());
const QUOTE_ONLY = classOf(senses.quoteOnly);
const NEEDS_CLAUSE = classOf(senses.needsClause);
const ADDRESSEE = classOf(senses.addressee);
const ASKS = classOf(senses.asksAddressee);
const AS_COMPLEMENT = new Set(senses.asComplement);
const RELAYS = new Set(senses.relays);
const NEGATIONS = new Set(senses.negations);
const QUESTION_WORDS = new Set(senses.questionWords);
const HEDGE_BE = new Set(senses.passiveHedge.be);
const HEDGE_CUES = new Set(senses.passiveHedge.cues);
const CLAUSE_OPENERS = new Set(senses.clauseOpeners);
const NOUN_MARKERS = new Set(senses.nounMarkers);
const PRONOMINAL = new Set(senses.pronominalMarkers);
const LINKING = new Set(senses.linkingVerbs);
const HEADER_LABELS = new Set(senses.headerLabels);
const NOUN_FORMS = new Set(senses.nounForms);
const PREPOSITIONS = new Set(senses.prepositions);
const PASSIVE_BE = new Set(senses.passiveBe);
const PARTICIPLES = new Set(senses.irregularParticiples);
const SUBJECTS = new Set(senses.subjectPronouns);
const POSSESSIVES = new Set(senses.possessives);
const DENIALS = new Set(senses.speechObjects.cues);
const SPEECH_OBJECTS = new Set(senses.speechObjects.objects);
const AUXILIARIES = new Set(grammar.auxiliaries);
/** How far into a content a clause must show itself (a subject pronoun or an auxiliary). */
const CLAUSE_WORDS = 6;

/** Whether a learned cue phrase is speech or thought (not a plan, support, perception…). */
export function isSpeechCue(phrase: string): boolean {
  return !inClass(NOT_SPEECH, phrase);
}

/** Cues that are speech only with a quotation: "Issa continued, “…”", not "gunfire continued". */
export function needsQuote(phrase: string): boolean {
  return inClass(QUOTE_ONLY, phrase);
}

/** Cues that state something only with a clause: "condemned the attack" states nothing. */
export function needsClause(phrase: string): boolean {
  return inClass(NEEDS_CLAUSE, phrase);
}

/** "in what Israel described as the deadliest attack": the content follows "as". */
export function takesAsComplement(phrase: string): boolean {
  return AS_COMPLEMENT.has(phrase);
}

/** "quoted X as saying", "cited X as saying": X is the speaker, the cue's subject only relays. */
export function relaysSpeech(phrase: string): boolean {
  return RELAYS.has(phrase);
}

/** Cues whose object is the one asked: "asked Sanders how he is feeling". */
export function asksAddressee(phrase: string): boolean {
  return inClass(ASKS, phrase);
}

/** Whether a word opens a question: "whether", "how"… */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

/** Cues whose object is the one told: "told reporters in Moscow". */
export function takesAddressee(phrase: string): boolean {
  return inClass(ADDRESSEE, phrase);
}

const WORD = /[\p{L}']+/gu;
const LAST_TOKEN = /[\p{L}\p{N}'’]+(?=\s*$)/u;
const SMALL_CLAUSE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}+ing\b/u;

function wordsOf(text: string, max: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.length < max; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    out.push(w.includes("’") ? w.replace(/’/g, "'") : w);
  }
  return out;
}

/** A subject pronoun, an auxiliary or a negated verb: a word that shows a clause. */
function showsClause(word: string): boolean {
  return SUBJECTS.has(word) || AUXILIARIES.has(word) || word.endsWith("n't");
}

/** Whether a phrase holds a word that shows a clause ("he has supported", not "reporters"). */
export function opensClause(phrase: string): boolean {
  return wordsOf(phrase, CLAUSE_WORDS).some(showsClause);
}

/**
 * Whether a content reads as a clause, not a bare noun phrase: it opens with "that", a question
 * word, "to" or a gerund, or a subject pronoun or an auxiliary comes within its first words
 * ("denied the army had fired" vs "denied any involvement").
 */
export function readsAsClause(text: string, content: Range): boolean {
  const words = wordsOf(text.slice(content.start, content.end), CLAUSE_WORDS);
  const first = words[0] ?? "";
  // "to leave" is an infinitive, "to Ziv Medical Center" a place.
  if (first === "to") {
    const next = words[1] ?? "";
    return /^to\s+\p{Ll}/u.test(text.slice(content.start, content.end)) && !NOUN_MARKERS.has(next);
  }
  if (CLAUSE_OPENERS.has(first) || /ing$/.test(first)) return true;
  // "accused of siding with…"
  if (first === "of" && /ing$/.test(words[1] ?? "")) return true;
  if (words.some(showsClause)) return true;
  // "showed Trump leading the field": a name and a participle are a small clause.
  return SMALL_CLAUSE.test(text.slice(content.start, Math.min(content.end, content.start + 80)));
}

/** "she", "they", "there": a word that opens a clause as its subject. */
export function isSubjectPronoun(word: string): boolean {
  return SUBJECTS.has(word.toLowerCase());
}

/** "did not say whether…", "declined to say when…": a negated cue before a question word. */
export function asksNothing(text: string, cue: Range, content: Range): boolean {
  const before = wordsOf(text.slice(Math.max(0, cue.start - 24), cue.end), 6).slice(-4);
  if (!before.some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) return false;
  // "failed to agree on how much…": the question word may follow a preposition.
  const [first, second] = wordsOf(text.slice(content.start, content.end), 2);
  return QUESTION_WORDS.has(first ?? "") || QUESTION_WORDS.has(second ?? "");
}

/** "is said to be mediating": be + cue + "to", a hedge about the subject. */
export function isPassiveHedge(text: string, cue: Range, phrase: string): boolean {
  if (!HEDGE_CUES.has(phrase)) return false;
  const before = wordsOf(text.slice(Math.max(0, cue.start - 12), cue.start), 3);
  const after = wordsOf(text.slice(cue.end, cue.end + 6), 1)[0];
  return HEDGE_BE.has(before[before.length - 1] ?? "") && after === senses.passiveHedge.then;
}

/** "the claims", "with reports", "under repeated attacks": the cue is a noun or an adjective. */
export function usedAsNoun(text: string, cue: Range, phrase: string): boolean {
  // "for saying", "by announcing": a gerund after a preposition is still a verb.
  if (phrase.endsWith("ing")) return false;
  // "trade blame for the strike", "claims of gains": a noun and its preposition.
  const next = wordsOf(text.slice(cue.end, cue.end + 12), 1)[0] ?? "";
  if (NOUN_FORMS.has(phrase) && PREPOSITIONS.has(next)) return true;
  // "the competing claims", "denying reports": after an -ing word, the noun.
  if (NOUN_FORMS.has(phrase) && /ing$/.test(wordBefore(text, cue))) return true;
  // "The claims follow days of…": a verb right after a noun-like cue.
  const after = /^\s+(\p{Ll}[\p{L}']*)/u.exec(text.slice(cue.end, cue.end + 24))?.[1] ?? "";
  if (NOUN_FORMS.has(phrase) && (AUXILIARIES.has(after) || /(?:s|ed)$/.test(after))) {
    return !NOUN_MARKERS.has(after);
  }
  // "Some said…": a determiner that stands for its noun is the subject of a verb-only cue.
  const marker = wordBefore(text, cue);
  if (PRONOMINAL.has(marker) && !NOUN_FORMS.has(phrase)) return false;
  return NOUN_MARKERS.has(marker) && /\s$/.test(text.slice(0, cue.start));
}

/** "his claim that…": the possessive pronoun right before a reporting noun, who claims. */
export function possessorBefore(text: string, cue: Range): Range | null {
  const w = wordBefore(text, cue);
  if (!POSSESSIVES.has(w)) return null;
  // Within wordBefore's window, so a long run of spaces costs no more than a short one.
  const window = text.slice(Math.max(0, cue.start - 16), cue.start);
  const end = cue.start - (window.length - window.trimEnd().length);
  return { start: end - w.length, end };
}

/** "denied the charges": a denial whose object's head names what was said. */
export function deniesSpeech(text: string, phrase: string, content: Range): boolean {
  if (!DENIALS.has(phrase)) return false;
  return wordsOf(text.slice(content.start, content.end), 4).some((w) => SPEECH_OBJECTS.has(w));
}

/** "that the army fired" (a complement clause), not "that was also carried" (a relative one). */
export function isThatClause(text: string, content: Range): boolean {
  const [first, second] = wordsOf(text.slice(content.start, content.end), 2);
  return first === "that" && second !== undefined && !AUXILIARIES.has(second);
}

/**
 * The token right before the cue, numbers included ("six in 10 said": "10", not "in"); none
 * across punctuation (“…meant to be,” said X: "be" ends the quotation, it makes no passive).
 */
function wordBefore(text: string, cue: Range): string {
  const w = LAST_TOKEN.exec(text.slice(Math.max(0, cue.start - 16), cue.start))?.[0] ?? "";
  return w.toLowerCase().replace(/’/g, "'");
}

/** How the cue's own word is used: "feel threatened" (adjective), "were told" (passive). */
export function voiceOf(
  text: string,
  cue: Range,
  phrase: string,
): "active" | "passive" | "adjective" {
  if (!phrase.endsWith("ed") && !PARTICIPLES.has(phrase)) return "active";
  const before = wordBefore(text, cue);
  if (LINKING.has(before)) return "adjective";
  return PASSIVE_BE.has(before) ? "passive" : "active";
}

/** "Analysis: Jon Sopel, BBC News", "Read more:": a page's label, not a speaker. */
export function isHeaderLabel(label: string): boolean {
  return HEADER_LABELS.has(label.toLowerCase().replace(/’/g, "'"));
}

/** Whether a phrase has a word that can be a reporting noun ("rebel claims", "reports"). */
export function hasNounForm(phrase: string): boolean {
  return wordsOf(phrase, 8).some((w) => NOUN_FORMS.has(w));
}
