import type { TextMatches } from "./enrich-matcher";
import { within } from "./enrich-spans";
import mentions from "./lexicon/mentions.json";
import { describingPart, foldWord, type TextWord, wordsOf } from "./text-labels";
import type { Entity, SourceRef, Span } from "./types";

/**
 * Mention chains: every speaker (and every named source outside quotes) is a mention; a pronoun,
 * a bare surname ("Jubeir", "Mr. Assad"), a definite description ("the minister", «الوكالة»),
 * a dropped subject («وأضاف») or a carried speaker links to an earlier mention's chain, and a
 * chain's label is the first label any of its mentions has. One pass in text order; each lookup
 * is a map hit or a backward scan bounded by CHAIN_LOOKBACK mentions within CHAIN_WINDOW
 * characters, so the work stays linear.
 */

export type MentionKind = "person" | "group" | "thing";

export interface Chain {
  /** The fullest mention: what the card names ("Faisal Mekdad, Syria's foreign minister"). */
  best: Span;
  /** The chain's labels: those of the first mention that had any. */
  refs: SourceRef[];
  kind: MentionKind;
  gender: "f" | "m" | null;
  /** Folded head words a definite description may use to point back ("minister", "agency"). */
  heads: Set<string>;
  /** Whether some mention of the chain was a speaker (what a bare "the spokesman" points to). */
  spoke: boolean;
  /**
   * A side named in passing («استعادت المقاومة الشعبية القصر»): only a description ("the
   * group", «المقاومة») reaches it, never a pronoun or a dropped subject.
   */
  quiet?: boolean;
}

/** How far back a pronoun or a description may look, in mentions and in characters. */
const CHAIN_LOOKBACK = 40;
export const CHAIN_WINDOW = 1500;
/** How far back a bare name ("Baja", «الزوي») may reach its full mention: names are specific. */
const NAME_WINDOW = 8000;

type Lang = "en" | "ar";
const fold = foldWord;
const setOf = (key: "bodies" | "female" | "male" | "honorifics") =>
  new Set([...mentions.en[key], ...mentions.ar[key]].map(fold));
const BODIES = setOf("bodies");
const FEMALE = setOf("female");
const MALE = setOf("male");
const HONORIFICS = setOf("honorifics");
const NAME_PARTICLES_AR = new Set(mentions.ar.nameParticles.map(fold));
const OWN_REPORTERS = new Set(mentions.en.ownReporters.map((w) => fold(w)));
const PRONOUNS = new Map<string, MentionKind>();
for (const lang of ["en", "ar"] as const) {
  for (const [kind, words] of Object.entries(mentions[lang].pronouns)) {
    for (const w of words) PRONOUNS.set(fold(w), kind as MentionKind);
  }
}
const ARTICLES = new Set(["the", "a", "an"]);
/** Words of a mention that a definite description's head never is. */
const NOT_HEADS = new Set(["the", "a", "an", "of", "for", "and", "s", "new", "same"]);

export type Link = Exclude<Entity["via"], "self">;

interface Seen {
  at: number;
  chain: Chain;
}

/** Capitalised, or a name with a particle ("al-Jubeir", "bin Salman" counts by its name). */
function isCapitalised(word: string): boolean {
  const c = word[0] ?? "";
  return c !== c.toLowerCase() || /^(?:al|el|ad|as|ash|az|abu|bin|ibn)-\p{Lu}/u.test(word);
}

/** The pronoun a mention is, when it is nothing else ("he", "They"). */
export function pronounKind(
  text: string,
  sp: { start: number; end: number },
  word = text.slice(sp.start, sp.end),
): MentionKind | null {
  return PRONOUNS.get(fold(word.trim())) ?? null;
}

const RELATIVE_SPEAKERS = new Set(["who", "which"]);
/** A list's first member when it is a short capitalised name ("Poroshenko and some allies"). */
const LIST_HEAD = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+and\s+\S/u;
/** How far before "who" the mention it stands for may start ("Afghan President Hamid Karzai, who"). */
const RELATIVE_REACH = 80;

export class MentionChains {
  private readonly seen: Seen[] = [];
  private readonly byName = new Map<string, Chain>();
  /** Where each chain was mentioned last, for the name window. */
  private readonly lastMention = new Map<Chain, number>();

  constructor(
    private readonly text: string,
    private readonly matches: TextMatches,
  ) {}

  /** The chain mentioned last before `at` that `accept` takes, within the window. */
  lastBefore(at: number, accept: (c: Chain) => boolean, quietToo = false): Chain | undefined {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.seen[mid] as Seen).at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1, n = 0; i >= 0 && n < CHAIN_LOOKBACK; i--, n++) {
      const s = this.seen[i] as Seen;
      if (at - s.at > CHAIN_WINDOW) return undefined;
      if ((quietToo || !s.chain.quiet) && accept(s.chain)) return s.chain;
    }
    return undefined;
  }

  /** Where `chain` was last mentioned (scanning back from the latest mention). */
  private lastAt(chain: Chain): number {
    for (let i = this.seen.length - 1, n = 0; i >= 0 && n < CHAIN_LOOKBACK; i--, n++) {
      const s = this.seen[i] as Seen;
      if (s.chain === chain) return s.at;
    }
    return -1;
  }

  /** Records a mention of `chain` at `at` (mentions come in text order). */
  private note(chain: Chain, at: number): void {
    this.seen.push({ at, chain });
    this.lastMention.set(chain, at);
  }

  /**
   * A named source outside any statement: a chain a later "it" or "the agency" may reach.
   * `quiet`: a side stated by a descriptor phrase, which only a description may reach.
   */
  seed(span: Span, refs: SourceRef[], heads: Iterable<string>, quiet = false): void {
    const chain: Chain = {
      best: span,
      refs,
      kind: /s$/.test(span.text) && isCapitalised(span.text) ? "group" : "thing",
      gender: null,
      heads: new Set(heads),
      spoke: false,
      ...(quiet ? { quiet } : {}),
    };
    this.note(chain, span.start);
  }

  /**
   * The chain a description's head word points back to ("the group", «المقاومة»), quiet
   * chains included; without recording a mention.
   */
  describedBy(head: string, at: number, names: readonly string[] = []): Chain | undefined {
    return this.lastBefore(
      at,
      (c) => (c.heads.has(head) || c.heads.has(`ال${head}`)) && names.every((w) => c.heads.has(w)),
      true,
    );
  }

  /**
   * A person introduced by title outside any statement (see titledNames). `spoke`: the person
   * is the subject of the clause (an Arabic «وأدان وزير الخارجية …»), so a dropped subject that
   * follows is theirs. `nameOnly`: the mention is inside someone else's statement, so only a
   * later bare name ("Karzai") may reach it, never a pronoun.
   */
  seedPerson(span: Span, refs: SourceRef[], lang: Lang, spoke = false, nameOnly = false): void {
    const known = this.knownPerson(span, lang);
    if (known) {
      if (known.refs.length === 0) known.refs = refs;
      if (nameOnly) this.lastMention.set(known, span.start);
      else this.note(known, span.start);
      known.spoke ||= spoke;
      return;
    }
    const chain = this.newChain(span, refs, [], lang);
    chain.kind = "person";
    chain.spoke = spoke;
    if (nameOnly) this.lastMention.set(chain, span.start);
    else this.note(chain, span.start);
  }

  private knownPerson(span: Span, lang: Lang): Chain | undefined {
    const words = wordsOf(this.text, span);
    const names = lang === "ar" ? words : nameOnly(this.text, words);
    if (lang === "ar") {
      // The name that ends the titled phrase («… سليم الزعنون»), not a word of its title.
      const own = new Set(nameWords(this.text, words, this.matches, lang));
      let first = words.length;
      while (first > 0 && own.has(words[first - 1] as (typeof words)[number])) first--;
      for (const key of arabicNameKeys(words.slice(first), [...own])) {
        const hit = this.byName.get(key);
        if (hit && span.start - (this.lastMention.get(hit) ?? 0) <= NAME_WINDOW) return hit;
      }
      return undefined;
    }
    const key = nameKey(this.text, span, names, this.matches, lang);
    return key ? this.byName.get(key) : undefined;
  }

  /**
   * The chain a speaker mention belongs to, and how it got there: a new chain (`self`) for a
   * full mention, else the earlier chain it refers to. `refs` are the mention's own labels.
   */
  mention(
    sp: Span & { carried?: boolean; dropped?: boolean },
    refs: SourceRef[],
    extraHeads: Iterable<string>,
    lang: Lang,
  ): { chain: Chain; via: Entity["via"] } {
    const found = this.refersTo(sp, lang);
    if (found && !(found.via === "description" && namesAnother(refs, found.chain))) {
      const { chain, via } = found;
      if (chain.refs.length === 0 && refs.length > 0) chain.refs = refs;
      const words = wordsOf(this.text, describingPart(this.text, sp)).map((w) => w.w);
      chain.gender ??= genderOf(words);
      chain.spoke = true;
      delete chain.quiet;
      this.note(chain, sp.start);
      return { chain, via };
    }
    const chain = this.newChain(sp, refs, extraHeads, lang);
    this.note(chain, sp.start);
    return { chain, via: "self" };
  }

  /** The chain an issuer phrase ("the council", «المجلس») refers to, without recording it. */
  issuer(sp: Span, lang: Lang): Chain | null {
    return this.refersTo(sp, lang)?.chain ?? null;
  }

  private refersTo(
    sp: Span & { carried?: boolean; dropped?: boolean },
    lang: Lang,
  ): { chain: Chain; via: Link } | null {
    const at = sp.start;
    if (sp.dropped || sp.carried) {
      // The subject not written, or taken over from the statement before (whose span it
      // repeats, hence the + 1): the last speaker.
      const chain = this.lastBefore(sp.carried ? at + 1 : at, (c) => c.spoke);
      return chain ? { chain, via: sp.dropped ? "dropped-subject" : "carried" } : null;
    }
    // "its report", "his office": the statement of whoever the possessive stands for.
    const possessive = /^(its|his|her|their)\s+\p{Ll}+$/iu.exec(sp.text.trim());
    // "Karzai, who said…": the relative pronoun stands for the mention just before it.
    if (RELATIVE_SPEAKERS.has(fold(sp.text.trim()))) {
      const chain = this.lastBefore(at, () => true);
      const last = chain ? this.lastAt(chain) : -1;
      return chain && at - last <= RELATIVE_REACH ? { chain, via: "pronoun" } : null;
    }
    // "our correspondent": the reporter of a named body mentioned last ("Al Jazeera's Zeina
    // Khodr"); the outlet is the speaker's only when the text names it.
    if (OWN_REPORTERS.has(fold(sp.text.trim()))) {
      const chain = this.lastBefore(at, (c) => c.kind === "person" && personOfBody(c.best.text));
      return chain ? { chain, via: "description" } : null;
    }
    const pronoun = possessive
      ? pronounKind(this.text, { start: 0, end: (possessive[1] as string).length }, possessive[1])
      : pronounKind(this.text, sp);
    if (pronoun) {
      const word = fold(possessive ? (possessive[1] as string) : sp.text.trim());
      const gender = FEMALE.has(word) ? "f" : MALE.has(word) ? "m" : null;
      // "they": several people before a body ("two officials … They said").
      const chain =
        (pronoun === "group" ? this.lastBefore(at, (c) => c.kind === "group") : undefined) ??
        this.lastBefore(at, (c) => fitsPronoun(c, pronoun, gender));
      return chain ? { chain, via: "pronoun" } : null;
    }
    const words = wordsOf(this.text, describingPart(this.text, sp));
    const reference = this.isReference(sp);
    const key = reference ? null : nameKey(this.text, sp, words, this.matches, lang);
    if (key) {
      const chain = this.byName.get(key);
      const last = chain ? this.lastMention.get(chain) : undefined;
      if (chain && last !== undefined && last < at && at - last <= NAME_WINDOW) {
        return { chain, via: "name" };
      }
      // «المجلس» names no one known: it may still be a description.
    }
    // "Poroshenko and some Western allies": a list stands, as a list of ruleset names does, for
    // its first member, when that member is a name mentioned before.
    const first = LIST_HEAD.exec(sp.text);
    if (first) {
      const head = (first[1] as string).length;
      const r = this.refersTo(
        { start: sp.start, end: sp.start + head, text: sp.text.slice(0, head) },
        lang,
      );
      if (r?.via === "name") return r;
    }
    const head = descriptionHead(words, lang, reference);
    if (head) {
      // "The Health Ministry" is not "the country's Foreign Ministry": the capitalised words
      // of a description name which one it is, and the chain must have them too.
      const names = words
        .slice(0, -1)
        .filter((w, i) => i > 0 && isCapitalised(this.text.slice(w.start, w.end)))
        .map((w) => w.w);
      const chain =
        this.describedBy(head, at, names) ??
        (reference ? this.lastBefore(at, (c) => c.spoke && c.refs.length > 0) : undefined);
      if (chain) return { chain, via: "description" };
    }
    return null;
  }

  /** Whether the mention is one of the ruleset's back-references ("the agency", «المصدر»). */
  private isReference(sp: Span): boolean {
    const ref = within(this.matches.lists.references, sp.start, sp.end)[0];
    return (
      ref !== undefined && /^[\s"'“”«»‘’„]*(?:و\s*)?$/.test(this.text.slice(sp.start, ref.start))
    );
  }

  private newChain(sp: Span, refs: SourceRef[], extraHeads: Iterable<string>, lang: Lang): Chain {
    const part = describingPart(this.text, sp);
    const words = wordsOf(this.text, part);
    const folded = words.map((w) => w.w);
    const heads = new Set<string>(extraHeads);
    for (const w of folded) if (!NOT_HEADS.has(w)) heads.add(w);
    const chain: Chain = {
      best: sp,
      refs,
      kind: kindOf(this.text, part, this.matches),
      gender: genderOf(folded),
      heads,
      spoke: true,
    };
    for (const key of nameKeys(this.text, words, this.matches, lang)) this.byName.set(key, chain);
    return chain;
  }
}

/**
 * Whether a mention names a source of the ruleset that its chain has not: «الهيئة العامة للثورة»
 * opens with the back-reference «الهيئة» but names a body of its own, not the one described
 * before.
 */
function namesAnother(refs: readonly SourceRef[], chain: Chain): boolean {
  return (
    chain.refs.length > 0 &&
    refs.some((r) => r.matchedBy === "entity") &&
    !refs.some((r) => chain.refs.some((c) => c.id === r.id))
  );
}

/** The words of a titled name that come after its last role word ("Lavrov" of "… Minister Lavrov"). */
function nameOnly(text: string, words: readonly TextWord[]): readonly TextWord[] {
  const caps = words.filter((w) => isCapitalised(text.slice(w.start, w.end)));
  return caps.slice(-2);
}

function genderOf(words: readonly string[]): "f" | "m" | null {
  if (words.some((w) => FEMALE.has(w))) return "f";
  if (words.some((w) => MALE.has(w))) return "m";
  return null;
}

function fitsPronoun(c: Chain, kind: MentionKind, gender: "f" | "m" | null): boolean {
  if (kind === "person")
    return c.kind === "person" && (!gender || !c.gender || c.gender === gender);
  if (kind === "group") return c.kind === "group" || c.kind === "thing";
  return c.kind === "thing";
}

/** A body's name of up to four words, its possessive, then a capitalised first name and surname. */
const PERSON_OF_BODY = /^(?:[\p{L}.&-]+\s){0,3}[\p{L}.&-]+['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Whether a mention is a person of a named body ("CNN's Sara Sidner"). */
function personOfBody(mention: string): boolean {
  return PERSON_OF_BODY.test(mention) && /^\p{Lu}/u.test(mention);
}

/**
 * Person, group or thing. In the head of the phrase (before "of", "for" or a comma) the last
 * word that names a body ("the ministry", "state news agency SANA") or a person ("Foreign
 * Ministry spokesman") decides; a plural head is a group ("officials", "the Houthis").
 */
function kindOf(
  text: string,
  part: { start: number; end: number },
  matches: TextMatches,
): MentionKind {
  const head = headWords(text, part);
  // "Trump and Ryan", but not "X, the ruler's son and a top official": the head is joined.
  const headText = head.length > 0 ? text.slice(head[0]?.start, head.at(-1)?.end) : "";
  if (/\s(?:and|و)\s/.test(headText)) return "group";
  // "CNN's Sara Sidner", "Al Jazeera's Mohamed Vall": a person of a named body.
  if (
    PERSON_OF_BODY.test(headText) &&
    !head.some((w) => BODIES.has(w.w) || covers(matches.roles, w))
  ) {
    return "person";
  }
  let kind: MentionKind | null = null;
  let role = false;
  for (const w of head) {
    if (BODIES.has(w.w)) kind = "thing";
    else if (covers(matches.roles, w)) {
      kind = "person";
      role = true;
    }
  }
  const last = head[head.length - 1];
  const original = last ? text.slice(last.start, last.end) : "";
  // A named source with no title is a body ("Hezbollah", "the GPC"); "Houthi supreme leader
  // Abdul Malik al-Houthi" is a person.
  if (!role && kind === null && head.some((w) => covers(matches.entities, w))) kind = "thing";
  if (kind === null && /^\p{Lu}{2,}$/u.test(original)) kind = "thing";
  // "officials", "rebels", "the Houthis"; a name such as "Valerie Amos" stays a person.
  const plural =
    (/^\p{Ll}.*[^s]s$/u.test(original) && !role) || (/^\p{Ll}.*s$/u.test(original) && role);
  if (plural && kind !== "thing") return "group";
  if (kind === null && /s$/.test(original) && head.some((w) => covers(matches.entities, w))) {
    return "group";
  }
  return kind ?? "person";
}

function covers(
  list: readonly { start: number; end: number }[],
  w: { start: number; end: number },
) {
  return within(list, Math.max(0, w.start - 3), w.end + 40).some(
    (m) => m.start < w.end && w.start < m.end,
  );
}

/** The words of a phrase before its first comma, "of", "for" or "in". */
function headWords(text: string, part: { start: number; end: number }): readonly TextWord[] {
  const comma = text.slice(part.start, part.end).search(/[,،]/);
  const end = comma >= 0 ? part.start + comma : part.end;
  const words = wordsOf(text, { start: part.start, end });
  const cut = words.findIndex((w, i) => i > 0 && (w.w === "of" || w.w === "for" || w.w === "in"));
  return cut > 0 ? words.slice(0, cut) : words;
}

/** Words of a mention that are no part of a role, place, entity or descriptor phrase. */
function nameWords(
  text: string,
  words: readonly TextWord[],
  matches: TextMatches,
  lang: Lang,
): readonly TextWord[] {
  if (words.length === 0) return [];
  const from = (words[0] as { start: number }).start;
  const to = (words[words.length - 1] as { end: number }).end;
  const covered = [
    ...within(matches.roles, from, to),
    ...within(matches.places, from, to),
    ...within(matches.entities, from, to),
    ...within(matches.descriptors, from, to),
  ];
  return words.filter((w) => {
    // Overlap, not containment: an Arabic match starts after the word's proclitics («الوكالة»).
    if (covered.some((m) => m.start < w.end && w.start < m.end)) return false;
    if (HONORIFICS.has(w.w) || ARTICLES.has(w.w) || NOT_HEADS.has(w.w)) return false;
    const original = text.slice(w.start, w.end);
    return lang === "ar" ? w.w.length >= 3 : isCapitalised(original);
  });
}

/** Keys a later bare name may use: each name word, without an "al-" prefix («ال» kept). */
function keysOf(w: string): string[] {
  const bare = w.replace(/^(?:al|el|ad|as|ash|az)-/, "");
  return bare !== w ? [w, bare] : [w];
}

/** Name keys of a full mention: its surname, and first name with surname, before any comma. */
function nameKeys(
  text: string,
  words: readonly TextWord[],
  matches: TextMatches,
  lang: Lang,
): string[] {
  const names = nameWords(text, words, matches, lang);
  if (lang === "ar") return arabicNameKeys(words, names);
  const comma = names.findIndex(
    (w, i) => i > 0 && /[,،]/.test(text.slice((names[i - 1] as typeof w).end, w.start)),
  );
  const first = comma > 0 ? names.slice(0, comma) : names;
  const last = first[first.length - 1];
  if (!last) return [];
  const keys = keysOf(last.w);
  const before = first[first.length - 2];
  // "Musa Ibrahim" is not "Jumma Ibrahim": a first name and surname together are one key too.
  if (before) keys.push(`${before.w} ${keysOf(last.w).at(-1)}`);
  return keys;
}

/** The longest run of words an Arabic name has («ما شاء الله الزوي»). */
const MAX_ARABIC_NAME_WORDS = 4;

/**
 * Keys of an Arabic full mention. Arabic names have no capitals, and the name may come before
 * its title («الكسندر لوكاشيفيتش المتحدث …») or after it («وزير الخارجية الفرنسي لوران
 * فابيوس»): every word of a short run of name words is a key (a later «فابيوس» is one of them),
 * and so is each pair of neighbours. A run longer than a name is no name.
 */
function arabicNameKeys(words: readonly TextWord[], names: readonly TextWord[]): string[] {
  const isName = new Set(names);
  const keys: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0 && run.length <= MAX_ARABIC_NAME_WORDS) {
      run.forEach((w, i) => {
        keys.push(w);
        if (i > 0) keys.push(`${run[i - 1]} ${w}`);
      });
    }
    run = [];
  };
  for (const w of words) {
    if (isName.has(w)) run.push(w.w);
    else if (!HONORIFICS.has(w.w) && !NAME_PARTICLES_AR.has(w.w)) flush();
  }
  flush();
  return keys;
}

/**
 * The key of a mention that is only a name ("Jubeir", "Mr. Assad", "al-Arabi", "Musa Ibrahim"):
 * its surname, or its first name and surname, when it has nothing else but an honorific.
 */
function nameKey(
  text: string,
  sp: Span,
  words: readonly TextWord[],
  matches: TextMatches,
  lang: Lang,
): string | null {
  const names = nameWords(text, words, matches, lang);
  const others = words.filter(
    (w) => !names.includes(w) && !HONORIFICS.has(w.w) && !NAME_PARTICLES_AR.has(w.w),
  );
  if (names.length === 0 || names.length > 2 || others.length > 0) return null;
  if (text.slice(sp.start, sp.end).includes(",")) return null;
  const last = keysOf((names[names.length - 1] as { w: string }).w).at(-1) ?? "";
  const first = names.length === 2 ? (names[0] as { w: string }).w : null;
  return first ? `${first} ${last}` : last;
}

/** The head of a definite description ("the minister", "the Libyan leader", «الوكالة»). */
function descriptionHead(
  words: readonly TextWord[],
  lang: Lang,
  reference: boolean,
): string | null {
  const first = words[0]?.w ?? "";
  // Arabic noun phrases mostly open with the article: a description is a back-reference of the
  // ruleset or a noun with one adjective («المسؤول العسكري»), not «الهيئة العامة للثورة».
  const definite = reference || (lang === "ar" ? first.startsWith("ال") : first === "the");
  if (!definite || words.length > (lang === "ar" && !reference ? 2 : 4)) return null;
  const last = words[words.length - 1]?.w ?? "";
  if (NOT_HEADS.has(last)) return null;
  return lang === "ar" && last.startsWith("ال") && last.length > 4 ? last.slice(2) : last;
}

/** Words that may stand inside a name ("Abdul Malik al-Houthi", "bin Salman", "de Mistura"). */
const NAME_PARTICLES = new Set(["al", "bin", "ibn", "de", "van", "von", "der", "el", "abu", "da"]);
const MAX_NAME_WORDS = 4;

/**
 * People the text introduces by title outside any statement ("Libyan leader Moammar Gadhafi
 * appeared on state TV"; "Russian Foreign Minister Sergey Lavrov met…"): a role word followed by
 * a capitalised name, with the words before the role that qualify it. A later "he" or "Lavrov"
 * can then reach them. English only: Arabic names are not told apart by capitals.
 */
export function titledNames(
  text: string,
  matches: TextMatches,
  skip: (at: number) => boolean,
): Span[] {
  const out: Span[] = [];
  let reach = 0;
  for (const role of matches.roles) {
    if (role.value === "private" || role.start < reach || skip(role.start)) continue;
    if (/[\u0600-\u06ff]/.test(text[role.start] ?? "")) continue;
    const name = nameAfter(text, role.end);
    if (!name) continue;
    const start = qualifiersBefore(text, role.start);
    out.push({ start, end: name, text: text.slice(start, name) });
    reach = name;
  }
  // "But Saif al-Islam Gadhafi sarcastically laughed…": a full name opening a sentence.
  const titled = out.length;
  let t = 0;
  for (const m of text.matchAll(SENTENCE_NAME)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    while (t < titled && (out[t] as Span).end <= start) t++;
    const inTitled = t < titled && (out[t] as Span).start <= start;
    if (skip(start) || inTitled) continue;
    const end = start + name.length;
    const lexical =
      within(matches.roles, start, end).length > 0 ||
      within(matches.places, start, end).length > 0 ||
      within(matches.entities, start, end).length > 0;
    if (!lexical) out.push({ start, end, text: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that end an Arabic titled name: prepositions, conjunctions, time words. */
const ARABIC_NAME_STOPS = new Set(
  [
    "إلى",
    "الى",
    "على",
    "في",
    "من",
    "عن",
    "أن",
    "إن",
    "ان",
    "بأن",
    "بان",
    "الذي",
    "التي",
    "خلال",
    "بعد",
    "قبل",
    "أمس",
    "امس",
    "اليوم",
    "مع",
    "حول",
    "لدى",
    "عند",
    "ضد",
    "منذ",
    "أمام",
    "أيضا",
  ].map(fold),
);
/** Words before the verb of an Arabic clause that leave its subject the clause's subject. */
const ARABIC_CLAUSE_OPENERS = new Set(
  ["كما", "ثم", "وقد", "قد", "فيما", "بينما", "كذلك", "وكان", "وكانت", "فقد"].map(fold),
);
const ARABIC_TITLE_WORDS = 10;
const ARABIC_BREAK = /[.!?؟:؛،,«»"“”()\n]/;

/**
 * Arabic people introduced by title outside any statement («وأدان وزير الخارجية الفرنسي لوران
 * فابيوس الهجوم»): a state or member role word, the words after it up to punctuation or a
 * preposition, when they end in name words (no role, place or source). `subject`: the role opens
 * the clause after one verb («وأدان»), so the person is the clause's subject.
 */
export function arabicTitledNames(
  text: string,
  matches: TextMatches,
  skip: (at: number) => boolean,
): { span: Span; subject: boolean }[] {
  const out: { span: Span; subject: boolean }[] = [];
  let reach = 0;
  for (const role of matches.roles) {
    if (role.value === "private" || role.value === "media") continue;
    if (role.start < reach || !/[\u0600-\u06ff]/.test(text[role.start] ?? "")) continue;
    let start = role.start;
    while (start > 0 && /[\u0600-\u06ff]/.test(text[start - 1] as string)) start--;
    // «للنظام», «بوزير»: a role after a preposition is an object, not a person introduced.
    const clitics = text.slice(start, role.start);
    if (/[لبك]/.test(clitics.replace(/^ال$/, ""))) continue;
    const line = text.slice(start, Math.min(text.length, start + 160));
    const cut = line.search(ARABIC_BREAK);
    const words = wordsOf(text, { start, end: start + (cut >= 0 ? cut : line.length) });
    // «بان» before «كي» is a name («بان كي مون»), not the folded «بأن».
    const stop = words.findIndex(
      (w, i) =>
        i > 0 && ARABIC_NAME_STOPS.has(w.w) && !NAME_PARTICLES_AR.has(words[i + 1]?.w ?? ""),
    );
    const phrase = words.slice(0, Math.min(stop >= 0 ? stop : words.length, ARABIC_TITLE_WORDS));
    const last = phrase[phrase.length - 1];
    if (!last) continue;
    const span = { start, end: last.end, text: text.slice(start, last.end) };
    // «وندد إسماعيل هنية القيادي…», «أدان أحمد بن محمد الجروان رئيس البرلمان العربي»: the
    // name between the clause's verb and a person's title.
    const from =
      role.value === "member" && !skip(role.start) ? nameBefore(text, start, matches) : null;
    if (from !== null) {
      const end = memberOf(text, arabicTitleEnd(phrase), matches);
      out.push({ span: { start: from, end, text: text.slice(from, end) }, subject: true });
      reach = end;
      continue;
    }
    const names = nameWords(text, phrase, matches, "ar");
    // «القيادي»: a role with the article introduces no name after it.
    if (clitics !== "" || !names.includes(last) || arabicNameKeys(phrase, names).length === 0) {
      continue;
    }
    // «دعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى…»: a speaker cut before its name still
    // introduces the name for a later «الزعنون».
    if (skip(role.start) && !nameAfterSpeaker(phrase, new Set(names), skip)) continue;
    out.push({ span, subject: opensClause(text, start) });
    reach = last.end;
  }
  return out;
}

/** A word with a possessive suffix («جماعته», «مسؤوليتها»): an object, never a name. */
const POSSESSIVE = /(?:ته|تها|تهم|هما)$/;

/**
 * Whether the words of a titled phrase after the speaker it starts in are a name of two to four
 * words and nothing else («… سليم الزعنون», not «… مسؤولية جماعته»).
 */
function nameAfterSpeaker(
  phrase: readonly { start: number; w: string }[],
  names: ReadonlySet<{ start: number; w: string }>,
  skip: (at: number) => boolean,
): boolean {
  const outside = phrase.filter((w) => !skip(w.start));
  return (
    outside.length >= 2 &&
    outside.length <= MAX_ARABIC_NAME_WORDS &&
    phrase.length < ARABIC_TITLE_WORDS &&
    outside.every((w) => names.has(w) && !POSSESSIVE.test(w.w))
  );
}

/** Short words inside an Arabic name («أحمد بن محمد», «أبو ردينة»). */
const ARABIC_NAME_LINKS = new Set(["بن", "ابن", "بنت", "ابو", "عبد"].map(fold));

/**
 * Where the name words right before an Arabic title begin, when they are the subject after the
 * clause's one verb («وندد إسماعيل هنية القيادي»); null when anything else stands there.
 */
function nameBefore(text: string, at: number, matches: TextMatches): number | null {
  let from = at;
  while (from > 0 && !ARABIC_BREAK.test(text[from - 1] as string) && at - from < 60) from--;
  const words = wordsOf(text, { start: from, end: at });
  const opener = ARABIC_CLAUSE_OPENERS.has(words[0]?.w ?? "") ? 1 : 0;
  const name = words.slice(opener + 1);
  const head = name[0];
  const last = name[name.length - 1];
  // A first name has no article, a verb neither («المجتمع الدولي ومجلس الأمن» is no name).
  const verb = words[opener]?.w ?? "ال";
  if (
    !head ||
    !last ||
    name.length < 2 ||
    name.length > MAX_ARABIC_NAME_WORDS ||
    ARABIC_NAME_LINKS.has(head.w) ||
    head.w.startsWith("ال") ||
    verb.startsWith("ال") ||
    // «وفي ذات السياق أكد المصدر»: a preposition opens a phrase, not a clause with its verb.
    ARABIC_NAME_STOPS.has(verb.replace(/^[وف]/, ""))
  ) {
    return null;
  }
  const names = new Set(nameWords(text, name, matches, "ar"));
  const isName = (w: (typeof name)[number]) =>
    (names.has(w) && !ARABIC_NAME_STOPS.has(w.w) && !POSSESSIVE.test(w.w)) ||
    ARABIC_NAME_LINKS.has(w.w);
  return names.has(last) && name.every(isName) ? head.start : null;
}

/** «في» and at most one noun before a named source: «القيادي في حركة حماس». */
const MEMBER_OF = /^\s+في\s+(?:[\u0600-\u06ff]+\s+)?$/;

/**
 * Where a title ends with the body it is a member of («إسماعيل هنية القيادي في حركة حماس»): at
 * the end of a named source right after «في», else at `end`.
 */
function memberOf(text: string, end: number, matches: TextMatches): number {
  const body = within(matches.entities, end, end + 30).find((e) =>
    MEMBER_OF.test(text.slice(end, e.start)),
  );
  return body ? body.end : end;
}

/**
 * The title phrase a role word opens after a name: the nouns it governs and their relational
 * adjectives («رئيس البرلمان العربي»), not the object after it.
 */
function arabicTitleEnd(words: readonly { end: number; w: string }[]): number {
  let n = 1;
  while (n < words.length) {
    const prev = (words[n - 1] as { w: string }).w;
    const w = (words[n] as { w: string }).w;
    const adjective = w.length > 4 && w.startsWith("ال") && /(?:ي|يه|ية)$/.test(w);
    if (prev.startsWith("ال") && !adjective) break;
    n++;
  }
  return (words[n - 1] as { end: number }).end;
}

/** Whether one verb (after an opener such as «كما») stands between a clause start and `at`. */
function opensClause(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !ARABIC_BREAK.test(text[from - 1] as string) && at - from < 60) from--;
  if (from > 0 && !ARABIC_BREAK.test(text[from - 1] as string)) return false;
  const before = wordsOf(text, { start: from, end: at })
    .map((w) => w.w)
    .filter((w) => !HONORIFICS.has(w));
  if (before.length === 2) return ARABIC_CLAUSE_OPENERS.has(before[0] as string);
  return before.length === 1;
}

/** Two to four capitalised name words at a sentence start, then a lower-case word. */
const SENTENCE_NAME =
  /(?:^|[.!?]["”’]?\s+|\n)(?:(?:But|And|Yet|Then)\s+)?(?!(?:But|And|Yet|Then)\s)((?:\p{Lu}[\p{Ll}'’-]+|al-\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|(?:al|bin|ibn|de|van|von|el|abu)-?\p{Lu}?[\p{Ll}'’-]*)){1,3})(?=\s+\p{Ll})/gu;

/** The end of a capitalised name right after `from` (after other title words), or null. */
function nameAfter(text: string, from: number): number | null {
  const re =
    /\s+([\p{Lu}][\p{L}'’.-]*|[\p{Ll}]{1,3}-[\p{Lu}][\p{L}'’-]*|[\p{Ll}]{2,3})(?=[\s,.;:)]|$)/uy;
  let at = from;
  let end = -1;
  let words = 0;
  let capitals = 0;
  while (words < MAX_NAME_WORDS + 2) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    const word = m[1] as string;
    const lower = word.toLowerCase();
    if (/^\p{Ll}+$/u.test(word) && !NAME_PARTICLES.has(lower)) break;
    words++;
    at = re.lastIndex;
    // "Karzai." ends the sentence (an initial or "U.S." does not).
    if (/^\p{Lu}\p{Ll}+\.$/u.test(word)) {
      capitals++;
      end = at - 1;
      break;
    }
    if (/^\p{Lu}/u.test(word) || word.includes("-")) {
      capitals++;
      end = at;
    }
  }
  // "President Barack Obama" but not "Foreign Minister said": a name has a capital word that is
  // not the next title word, and does not run into the next sentence.
  if (capitals === 0 || end < 0) return null;
  const last = text.slice(from, end).trim().split(/\s+/).pop() ?? "";
  return /^[\p{Lu}][\p{Ll}]/u.test(last) || last.includes("-") ? end : null;
}

/** Where the words qualifying a title begin ("Israeli Prime Minister", "Syria's deputy …"). */
function qualifiersBefore(text: string, at: number): number {
  let start = at;
  const re = /([\p{L}.'’-]+)\s+$/u;
  for (let n = 0; n < 4; n++) {
    // "Israel Defense Forces (IDF) spokesperson": an acronym in brackets stands inside the title.
    const acronym = /\s\(\p{Lu}{2,6}\)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
    if (acronym) start -= acronym[0].length - 1;
    const m = re.exec(text.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[1] as string;
    if (!/^\p{Lu}/u.test(word) || /^(?:The|A|An|In|On|At|And|But|As|When|While)$/.test(word)) {
      break;
    }
    start -= m[0].length;
  }
  return start;
}
