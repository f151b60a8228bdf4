import type { Attribution, Context } from "./attribution";
import { kindOf, quotationsOverlapping } from "./attribution";
import data from "./lexicon/cues-ar.json";
import mentions from "./lexicon/mentions.json";
import { type PhraseMatch, PhraseMatcher } from "./matcher";
import { isSpace, isWordChar, normalize, toNormalized, toOriginal } from "./normalize";
import { type Range, splitSentences } from "./sentences";

type CueType = "speech" | "object" | "objectFirst" | "relay" | "according" | "participle";

const CUE_TYPES: CueType[] = [
  "speech",
  "object",
  "objectFirst",
  "relay",
  "according",
  "participle",
];
/** «بحسب ما» + a speech verb is one prepositional cue (بحسب ما أفادت سلطات محلية). */
const ACCORDING_WHAT = data.accordingWhat.flatMap((what) =>
  data.speech.map((verb) => ({ phrase: `${what} ${verb}`, value: "according" as CueType })),
);
const CUES = new PhraseMatcher<CueType>([
  ...CUE_TYPES.flatMap((type) => data[type].map((phrase) => ({ phrase, value: type }))),
  ...ACCORDING_WHAT,
]);
/** Word lists are folded like the text, so the data may be written with hamza and alef maqsura. */
const folded = (words: readonly string[]) => new Set(words.map((w) => normalize(w).text));
const COMPLEMENTIZERS = folded(data.complementizers);
const QUOTING = folded(data.quoting);
const PARTICLES = folded(data.particles);
const RELATIVES = folded(data.relatives);
const DEMONSTRATIVES = folded(data.demonstratives);
const CONJUNCTIONS = folded(data.conjunctions);
const NEGATIONS = folded(data.negations);
const ADVERBIAL_OPENERS = folded(data.adverbialOpeners);
const SPEAKER_STOPS = folded(data.speakerStops);
const STATEMENT_NOUNS = folded(data.statementNouns);
const TIME_WORDS = folded(data.timeWords);
const ADDRESSEES = folded(data.addressees);
/** A noun with a possessive suffix (مسؤوليتها، عزمها) is an object, never part of a subject. */
const POSSESSED = /^..+(ها|هم|هما|ته)$/;
const WEAK_OPENERS = folded(data.weakOpeners);
/** Cues that report only a quotation just before them (“…”، بهذا بدأ حساب…). */
const FRAMING = folded(data.framing);
/** Words that end a subject before its verb but are not part of it (وكان ليون قد لفت). */
const TRAILING = folded(["قد"]);
const HEADER_LABELS = folded(data.headerLabels);
const NOUN_ADJECTIVES = folded(data.nounAdjectives);
const NOUN_LINKS = folded(data.nounLinks);
const TITLES = folded(data.titles);
const OWN_SUBJECTS = folded(data.ownSubjects);
const RELAYED_NOUNS = folded(data.relayedNouns);
const RELAYED_SUFFIX = /^(..+?)(?:هما|ها|هم|ه)$/;
const DISCLOSURE = folded(data.disclosure);
const IDENTITY = folded(data.identity);
const NAME_PARTICLES = folded(mentions.ar.nameParticles);
const REPLY_VERBS = folded(data.replyVerbs);
const AUXILIARIES = folded(data.auxiliaries);
const EVENT_NOUNS = folded(data.eventNouns);
const NOT = normalize("عدم").text;
const AN = normalize("عن").text;
/** A headline attribution is a line of at most this many characters… */
const HEADLINE_CHARS = 120;
/** …whose speaker, before the colon, has at most this many words. */
const HEADLINE_SPEAKER_WORDS = 3;
/** Prepositions that open a phrase right after a verb: its subject is then not written. */
const PREPOSITIONS = folded(["على", "إلى", "الى", "عن", "في", "من", "ل", "ب"]);
/** The most words a title between dashes after a name has (-نائب رئيس الوزراء العراقي-). */
const MAX_DASHED_WORDS = 6;
/** How far after a denial's subject its clause may still begin (نفى المجلس في عدن «…»). */
const OBJECT_CLAUSE_GAP = 3;
/** Nested statements are reported to this depth (A said that B believes that…). */
const MAX_NESTING = 2;
/** A subject before its verb longer than this is a clause, not a noun phrase. */
const MAX_SUBJECT_BEFORE = 10;
/** A subject after its verb with no content marker to end it runs at most this far. */
const MAX_SUBJECT_AFTER = 6;
/** The preposition إلى as folded (ى → ي). */
const ILA = normalize("إلى").text;
const TRIMMED = /^[.،,:;؛…!?؟-]$/;
const CLAUSE_MARKS = new Set(["،", "؛", ":", ";", ","]);
/** How far (in tokens) after a verb its subject may run before the content begins. */
const SUBJECT_WINDOW = 24;
/** How many words after a relay verb its «عن» may come (نقلت خدمة … الإخبارية التابعة لـ… عن). */
const RELAY_WORDS = 8;
/** The longest apposition after a comma that a speaker at the end of its sentence takes. */
const MAX_APPOSITION_WORDS = 8;
/** A quotation of fewer words is a name or a scare quote («“سانا”»), not the content. */
const MIN_QUOTE_WORDS = 4;

interface Tok {
  start: number;
  end: number;
  w: string;
}

/** Words (runs of letters and digits) and single punctuation marks of normalized [start, end). */
function tokenize(t: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  let i = start;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(c)) while (j < end && isWordChar(t.charCodeAt(j))) j++;
    out.push({ start: i, end: j, w: t.slice(i, j) });
    i = j;
  }
  return out;
}

/** A span of the original text for normalized [start, end). */
function original(ctx: Context, start: number, end: number): Range {
  const [a, b] = toOriginal(ctx.normalized, start, end);
  return { start: a, end: b };
}

interface QuotationN {
  start: number;
  end: number;
  /** Long enough to be speech rather than a name. */
  speech: boolean;
}

interface Sentence {
  toks: Tok[];
  start: number;
  end: number;
  /** clauseStart[i]: the first token of the clause holding token i (after the last ، or :). */
  clauseStart: Int32Array;
  /** quoteEnd[i]: the end of the quotation holding token i, or -1 (one pass, so no rescans). */
  quoteEnd: Float64Array;
  /** afterParticles[i]: the first token at or after i that is not a particle (و، ف…)… */
  afterParticles: Int32Array;
  /** …nor a negation (لم، لا…). */
  afterOpeners: Int32Array;
  /** Runs of punctuation a span is trimmed of (TRIMMED): the first token at or after i outside one… */
  afterPunctuation: Int32Array;
  /** …and the start of the run that ends right before token i (i when token i - 1 is not in one). */
  punctuationBefore: Int32Array;
}

function sentenceOf(
  text: string,
  r: Range,
  quotesByStart: ReadonlyMap<number, QuotationN>,
): Sentence {
  const toks = tokenize(text, r.start, r.end);
  const quoteEnd = new Float64Array(toks.length).fill(-1);
  let open = -1;
  toks.forEach((t, i) => {
    if (open <= t.start) open = quotesByStart.get(t.start)?.end ?? -1;
    quoteEnd[i] = open > t.start ? open : -1;
  });
  return {
    start: r.start,
    end: r.end,
    toks,
    clauseStart: clauseStarts(toks),
    quoteEnd,
    afterParticles: runEnds(toks, (w) => PARTICLES.has(w)),
    afterOpeners: runEnds(toks, (w) => PARTICLES.has(w) || NEGATIONS.has(w)),
    afterPunctuation: runEnds(toks, isTrimmed),
    punctuationBefore: runStarts(toks, isTrimmed),
  };
}

const isTrimmed = (w: string) => TRIMMED.test(w);

/**
 * out[i]: the first token at or after i whose word fails `test`. Runs are computed once per
 * sentence, so a sentence of thousands of «و» or dashes does not cost each of its cues a scan.
 */
function runEnds(toks: readonly Tok[], test: (w: string) => boolean): Int32Array {
  const out = new Int32Array(toks.length + 1);
  out[toks.length] = toks.length;
  for (let i = toks.length - 1; i >= 0; i--) {
    out[i] = test((toks[i] as Tok).w) ? (out[i + 1] as number) : i;
  }
  return out;
}

/** out[i]: the smallest j <= i such that every token of [j, i) passes `test`. */
function runStarts(toks: readonly Tok[], test: (w: string) => boolean): Int32Array {
  const out = new Int32Array(toks.length + 1);
  for (let i = 1; i <= toks.length; i++) {
    out[i] = test((toks[i - 1] as Tok).w) ? (out[i - 1] as number) : i;
  }
  return out;
}

/** The first token in [from, limit) that is not a particle, or limit. */
function skipParticles(s: Sentence, from: number, limit: number): number {
  return Math.min(s.afterParticles[from] ?? from, limit);
}

function clauseStarts(toks: readonly Tok[]): Int32Array {
  const out = new Int32Array(toks.length + 1);
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    out[i] = start;
    const t = toks[i];
    if (t && CLAUSE_MARKS.has(t.w)) start = i + 1;
  }
  return out;
}

/** The word without a leading conjunction (وفي → في). */
function bare(w: string): string {
  return w.length > 2 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
}

/** The noun after a proclitic ل, with its article (لوكالة → وكالة, للصحفيين → الصحفيين). */
function afterLam(w: string): string | null {
  if (w.startsWith("لل") && w.length > 3) return `ال${w.slice(2)}`;
  if (w.startsWith("ل") && w.length > 2) return w.slice(1);
  return null;
}

/** A preposition, or a noun with one attached (بالتصدي، للأسرى): no subject starts with it. */
function opensPhrase(w: string): boolean {
  return PREPOSITIONS.has(w) || (w.length > 4 && (w.startsWith("بال") || w.startsWith("لل")));
}

/** An event or action noun (قصف، التصاعد): never a speaker. */
function isEventNoun(w: string): boolean {
  return EVENT_NOUNS.has(w.startsWith("ال") ? w.slice(2) : w);
}

/** Where a speaker ends, and whether what stops it is the verb's object (مسؤوليتها). */
interface SpeakerEnd {
  end: number;
  object: boolean;
}

/** The Arabic rules for one paragraph, in normalized offsets. */
class ParagraphRules {
  private readonly out: Attribution[] = [];
  /** The content of the last statement found, in normalized offsets. */
  private lastContent: Range | null = null;
  /** Its nesting level: 0 for a statement of its own, 1 for one nested in it, and so on. */
  private lastDepth = 0;
  private depth = 0;
  private text = "";

  constructor(
    private readonly ctx: Context,
    private readonly quotesByStart: ReadonlyMap<number, QuotationN>,
    private readonly quotesByEnd: ReadonlyMap<number, QuotationN>,
  ) {}

  /** Sentences are tokenized only when a cue falls in them (most hold none). */
  run(text: string, sentences: Range[], cues: PhraseMatch<CueType>[]): Attribution[] {
    this.text = text;
    let m = 0;
    sentences.forEach((r, index) => {
      while (m < cues.length && (cues[m] as PhraseMatch<CueType>).start < r.start) m++;
      const first = m;
      while (m < cues.length && (cues[m] as PhraseMatch<CueType>).start < r.end) m++;
      if (m === first) return;
      const s = sentenceOf(text, r, this.quotesByStart);
      // Asking not to be named («طلب عدم الكشف عن اسمه») reports nothing, and its words bound
      // neither the subject nor the content of the cue before it.
      const inSentence = cues.slice(first, m).filter((c) => !this.inAnonymity(s, c));
      const following = sentences[index + 1];
      inSentence.forEach((cue, k) => {
        // A cue inside the statement before it is a nested statement (قال إن الوزارة ترى أن…):
        // one record per level, but only with content of its own.
        const nested =
          this.lastContent !== null &&
          this.lastContent.start <= cue.start &&
          cue.end <= this.lastContent.end;
        // Deeper levels stay part of the one above: each level's content runs to the end of
        // the sentence, so unbounded nesting would report text quadratic in the sentence.
        if (nested && this.lastDepth + 1 > MAX_NESTING) return;
        this.depth = nested ? this.lastDepth + 1 : 0;
        this.attribute(s, cue, inSentence[k + 1], inSentence[k - 1], following, nested);
      });
    });
    return this.out;
  }

  /** Index of the token containing or following normalized offset `pos` (binary search). */
  private tokenAt(s: Sentence, pos: number): number {
    let lo = 0;
    let hi = s.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((s.toks[mid] as Tok).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a cue is the verb (طلب), the «عدم» or the noun (الكشف) of a request not to be named. */
  private inAnonymity(s: Sentence, cue: PhraseMatch<CueType>): boolean {
    const ci = this.tokenAt(s, cue.start);
    return (
      this.asksAnonymity(s, ci + 1) || this.asksAnonymity(s, ci) || this.asksAnonymity(s, ci - 1)
    );
  }

  /** Whether tokens from `i` are (عدم) disclosure (عن) identity: «عدم الكشف عن اسمه». */
  private asksAnonymity(s: Sentence, i: number): boolean {
    let k = s.toks[i]?.w === NOT ? i + 1 : i;
    if (!DISCLOSURE.has(s.toks[k]?.w ?? "")) return false;
    k++;
    if (s.toks[k]?.w === AN) k++;
    return IDENTITY.has(s.toks[k]?.w ?? "");
  }

  private isComplementizer(s: Sentence, i: number): boolean {
    const t = s.toks[i];
    if (!t) return false;
    const next = s.toks[i + 1];
    // «وقال بان كي مون إن…»: «بان» before a name particle is a name, not the folded «بأن».
    if (next !== undefined && NAME_PARTICLES.has(next.w)) return false;
    if (COMPLEMENTIZERS.has(t.w)) return true;
    return next !== undefined && COMPLEMENTIZERS.has(`${t.w} ${next.w}`);
  }

  /**
   * The first token in [from, to) where content starts: a complementizer, قوله, a colon or a
   * quotation; failing those, and when `weak`, عن or إلى.
   */
  private contentStart(s: Sentence, from: number, to: number, weak = false): number | null {
    let fallback: number | null = null;
    for (let i = from; i < Math.min(to, s.toks.length); i++) {
      const t = s.toks[i] as Tok;
      // إن in "دي.إيه.إن" is a letter of an abbreviation.
      if (s.toks[i - 1]?.w === "." && (s.toks[i - 1] as Tok).end === t.start) continue;
      if (this.isComplementizer(s, i) || QUOTING.has(t.w) || t.w === ":") return i;
      if (this.quotesByStart.get(t.start)?.speech) return i;
      // إلى is never part of a subject (أشارت الهيئة إلى وجود «…»); عن may be (النائب عن ائتلاف…).
      if (weak && t.w === ILA) return i;
      if (weak && fallback === null && WEAK_OPENERS.has(t.w)) fallback = i;
    }
    return fallback;
  }

  /** Whether the cue is coordinated with what precedes it (وقالت، فأكد) or is a participle. */
  private startsClause(s: Sentence, cue: PhraseMatch<CueType>): boolean {
    if (cue.value === "participle") return true;
    const t = s.toks[this.tokenAt(s, cue.start)];
    return (
      t !== undefined &&
      t.start < cue.start &&
      CONJUNCTIONS.has(this.text.slice(t.start, cue.start))
    );
  }

  /**
   * Content from token `from`: a quotation opening there, else to the end of its clause: the
   * clause mark before the next cue, or the next cue itself when it opens a coordinated clause
   * (…منذ ستة أشهر وقالت إن…). With neither, the next statement is nested in this one (قال إن
   * الحكومة ترى أن…) and the content runs on.
   */
  private content(s: Sentence, from: number, next: PhraseMatch<CueType> | undefined): Range | null {
    let i = from;
    while (i < s.toks.length && (QUOTING.has((s.toks[i] as Tok).w) || (s.toks[i] as Tok).w === ":"))
      i++;
    if (i < s.toks.length - 1 && (s.toks[i] as Tok).w === ILA) i++;
    const first = s.toks[i];
    if (!first) return null;
    const quote = this.quotesByStart.get(first.start);
    if (quote) return { start: quote.start, end: quote.end };
    const nextCue = next ? this.tokenAt(s, next.start) : s.toks.length;
    let cut = s.toks.length;
    if (next && nextCue < s.toks.length) {
      for (let k = nextCue - 1; k > i; k--) {
        if (CLAUSE_MARKS.has((s.toks[k] as Tok).w)) {
          cut = k;
          break;
        }
      }
      if (cut === s.toks.length && nextCue > i && this.startsClause(s, next)) cut = nextCue;
    }
    while (cut > i + 1 && /^[.،,:؛…]$/.test((s.toks[cut - 1] as Tok).w)) cut--;
    const last = s.toks[cut - 1];
    if (!last || cut <= i) return null;
    // A quotation open at the cut runs to its end.
    return { start: first.start, end: Math.max(last.end, s.quoteEnd[cut - 1] ?? -1) };
  }

  /** Tokens [from, to) as a span, without leading or trailing clause punctuation. */
  private span(s: Sentence, from: number, to: number): Range | null {
    let b = Math.min(to, s.toks.length);
    const a = Math.min(s.afterPunctuation[from] ?? from, Math.max(from, b));
    b = Math.max(s.punctuationBefore[b] ?? b, a);
    const first = s.toks[a];
    const last = s.toks[b - 1];
    if (!first || !last || b <= a) return null;
    for (let k = a; k < b; k++) {
      if (isWordChar((s.toks[k] as Tok).w.charCodeAt(0)))
        return { start: first.start, end: last.end };
    }
    return null;
  }

  /**
   * Where a speaker starting at token `from` ends, before `to`: at a time or place phrase, a
   * statement noun (في بيان), an addressee (لوكالة), an apposition with وهو, a relative clause,
   * or an object with a possessive suffix (أعلنت الحركة مسؤوليتها).
   */
  private speakerEnd(s: Sentence, from: number, to: number): SpeakerEnd {
    for (let k = from; k < Math.min(to, s.toks.length); k++) {
      const raw = (s.toks[k] as Tok).w;
      if (
        SPEAKER_STOPS.has(raw) ||
        RELATIVES.has(raw) ||
        (raw === "." && !this.inAbbreviation(s, k))
      ) {
        return { end: k, object: false };
      }
      if (k > from && POSSESSED.test(raw)) return { end: k, object: true };
      // «مسؤول محلي في المنطقة رفض الكشف عن هويته أن…»: the request is no part of the speaker.
      if (k > from && this.asksAnonymity(s, k + 1)) return { end: k, object: false };
      if (raw === ILA && this.isComplementizer(s, k + 1)) return { end: k, object: false };
      const w = bare(raw);
      const next = s.toks[k + 1]?.w;
      if (
        next !== undefined &&
        (w === "في" || w === "من" || w === "ل" || w === "منذ") &&
        (STATEMENT_NOUNS.has(next) || TIME_WORDS.has(next) || (w === "ل" && ADDRESSEES.has(next)))
      ) {
        return { end: k, object: false };
      }
      const lam = k > from ? afterLam(raw) : null;
      if (lam && (ADDRESSEES.has(lam) || STATEMENT_NOUNS.has(lam)))
        return { end: k, object: false };
    }
    return { end: to, object: false };
  }

  /** Whether the full stop at token k joins the letters of an abbreviation (دي.إيه.إن). */
  private inAbbreviation(s: Sentence, k: number): boolean {
    const a = s.toks[k - 1];
    const b = s.toks[k + 1];
    const dot = s.toks[k] as Tok;
    return (
      a !== undefined &&
      b !== undefined &&
      a.end === dot.start &&
      b.start === dot.end &&
      a.w.length <= 3
    );
  }

  private push(content: Range | null, speaker: Range | null, cue: Range, carry: boolean): void {
    if (!content || content.end <= content.start) return;
    this.lastContent = content;
    this.lastDepth = this.depth;
    const c = original(this.ctx, content.start, content.end);
    // A verb without a written subject (وأضاف، مشيرا): the cue word stands for the speaker, and
    // the mention chain links it to the one named before.
    const who: Attribution["speaker"] = speaker
      ? original(this.ctx, speaker.start, speaker.end)
      : carry
        ? { ...original(this.ctx, cue.start, cue.end), dropped: true }
        : null;
    const found: Attribution = {
      ...c,
      kind: kindOf(this.ctx, c.start, c.end),
      speaker: who,
      cue: original(this.ctx, cue.start, cue.end),
    };
    this.out.push(found);
  }

  /**
   * The subject before a verb (subject-verb order), from `clauseStart`: none when what precedes
   * the verb is an adverbial phrase (وفي وقت سابق قال…، من جهته نفى…) or runs longer than a
   * subject does; a complementizer before it starts it (أن المعلومات تشير…).
   */
  private subjectBefore(
    s: Sentence,
    clauseStart: number,
    ci: number,
    earliest: number,
  ): number | null {
    let ps = clauseStart;
    for (let k = ci - 1; k >= Math.max(clauseStart, ci - SUBJECT_WINDOW); k--) {
      if (this.isComplementizer(s, k)) {
        ps = k + 1;
        break;
      }
    }
    ps = Math.min(s.afterOpeners[ps] ?? ps, ci);
    if (ps >= ci) return this.auxiliarySubject(s, clauseStart, ci, earliest);
    if (ci - ps > MAX_SUBJECT_BEFORE) return null;
    if (ADVERBIAL_OPENERS.has(bare((s.toks[ps] as Tok).w))) return null;
    return ps;
  }

  /**
   * «وكانت المقاومة الشعبية في إقليم تهامة، أعلنت…»: an auxiliary كان and its subject in the
   * clause before a comma, the verb right after it. Not before token `earliest` (a cue's).
   */
  private auxiliarySubject(
    s: Sentence,
    clauseStart: number,
    ci: number,
    earliest: number,
  ): number | null {
    const comma = clauseStart - 1;
    if (clauseStart !== ci || s.toks[comma]?.w !== "،") return null;
    const prev = s.clauseStart[comma] ?? 0;
    if (prev < earliest) return null;
    const from = s.afterOpeners[prev] ?? prev;
    let auxiliary = false;
    for (let k = prev; k < from; k++) auxiliary ||= AUXILIARIES.has((s.toks[k] as Tok).w);
    if (!auxiliary || from >= comma || comma - from > MAX_SUBJECT_BEFORE) return null;
    return ADVERBIAL_OPENERS.has(bare((s.toks[from] as Tok).w)) ? null : from;
  }

  private attribute(
    s: Sentence,
    cue: PhraseMatch<CueType>,
    next: PhraseMatch<CueType> | undefined,
    previousCue: PhraseMatch<CueType> | undefined,
    following: Range | undefined,
    nested: boolean,
  ): void {
    const toks = s.toks;
    const ci = this.tokenAt(s, cue.start);
    const cj = this.tokenAt(s, cue.end);
    const type = cue.value;
    const cueTok = toks[ci] as Tok;
    // بوصف، الرفض: a verb cue carries no proclitic but a conjunction.
    const clitic = this.text.slice(cueTok.start, cue.start);
    if (type !== "according" && clitic !== "" && !CONJUNCTIONS.has(clitic)) return;
    // The cue as written, with its conjunction (وقال، وأكدت).
    const cueSpan = { start: CONJUNCTIONS.has(clitic) ? cueTok.start : cue.start, end: cue.end };
    const nextCue = next ? this.tokenAt(s, next.start) : toks.length;
    const window = Math.min(cj + SUBJECT_WINDOW, nextCue);
    const before = toks[ci - 1]?.w;
    // "الذي تحدث عنه…": a verb in a relative clause reports only with a clause of its own
    // (التي قال إنها خلفت…); so does a negated one (لم تستبعد أن…، not لم تذكر مكان…), and a
    // nested one.
    const needsClause =
      nested || (before !== undefined && (RELATIVES.has(before) || NEGATIONS.has(before)));
    if (needsClause && type !== "according") {
      const at = this.contentStart(s, cj, Math.min(cj + 3, nextCue));
      if (at === null) return;
      if (before !== undefined && RELATIVES.has(before)) {
        this.push(this.content(s, at, next), null, cueSpan, true);
        return;
      }
    }
    // A subject never reaches back past the previous cue of its clause (بدأ حساب … يغرد).
    const afterPrevious = previousCue ? this.tokenAt(s, previousCue.end) : 0;
    const clauseStart = Math.max(s.clauseStart[ci] ?? 0, afterPrevious < ci ? afterPrevious : 0);
    // A verb joined by و or ف opens its own clause: its subject follows it.
    const ps = clitic === "" ? this.subjectBefore(s, clauseStart, ci, afterPrevious) : null;
    let subjectEnd = ci;
    while (ps !== null && subjectEnd > ps && TRAILING.has((toks[subjectEnd - 1] as Tok).w))
      subjectEnd--;
    const subject = ps === null ? null : this.span(s, ps, subjectEnd);

    if (type === "according") {
      this.according(s, cueSpan, ci, cj, subject === null, next, following, afterPrevious);
      return;
    }
    if (type === "relay") {
      const an = this.relayedFrom(s, cj);
      if (an >= 0) {
        const at =
          this.contentStart(s, an + 1, an + 1 + SUBJECT_WINDOW) ??
          this.possessedObject(s, an + 2, Math.min(an + 1 + SUBJECT_WINDOW, nextCue)) ??
          nextCue;
        const end = this.speakerEnd(s, an + 1, at).end;
        this.push(this.content(s, at, next), this.span(s, an + 1, end), cueSpan, true);
        return;
      }
      // Without عن, نقل reports only with a clause (نقلت الوكالة أن…), not "نقل الجثث".
      if (this.contentStart(s, cj, window) === null) return;
    }
    if (type === "participle") {
      // After a statement of the same clause, its speaker is the participle's (دعا X إلى…،
      // قائلا…); the words between are that statement's, not a subject.
      const sameClause =
        previousCue !== undefined && this.tokenAt(s, previousCue.start) >= (s.clauseStart[ci] ?? 0);
      const own = sameClause || ps === null ? null : this.participleSubject(s, ps, subjectEnd);
      const at = this.contentStart(s, cj, cj + 3, true) ?? cj;
      this.push(this.content(s, at, next), own, cueSpan, true);
      return;
    }
    // "“…”، بهذا بدأ حساب…": the quotation just before the cue is its content.
    const quoteBefore =
      subject === null && clauseStart > 0 ? this.quoteEndingNear(s, clauseStart) : undefined;
    if (quoteBefore) {
      const at = this.contentStart(s, cj, cj + SUBJECT_WINDOW);
      const end = at ?? Math.min(cj + 4, nextCue);
      this.push(quoteBefore, this.span(s, cj, this.speakerEnd(s, cj, end).end), cueSpan, true);
      return;
    }
    if (FRAMING.has(normalize(this.text.slice(cue.start, cue.end)).text)) return;
    if (subject) {
      const at = type === "speech" ? (this.contentStart(s, cj, cj + 4, true) ?? cj) : cj;
      this.push(this.content(s, at, next), subject, cueSpan, true);
      return;
    }
    // "وتمنى على وزير العدل…", "ودعا إلى…", «ووصف قصف الانفصاليين بأنه…»: the subject is
    // dropped, the phrase (or the event named) is the content.
    if (
      cj < toks.length &&
      (opensPhrase((toks[cj] as Tok).w) || isEventNoun((toks[cj] as Tok).w))
    ) {
      this.push(this.content(s, cj, next), null, cueSpan, true);
      return;
    }
    if (type === "objectFirst") {
      this.pushObject(
        s,
        cj,
        this.speakerEnd(s, cj, this.objectSubjectEnd(s, cj, nextCue)).end,
        next,
        cueSpan,
      );
      return;
    }
    const at = this.contentStart(s, cj, window, type === "speech");
    if (at !== null && type === "object") {
      // A denial or admission: the subject's noun phrase, then the clause or the object.
      const end = this.speakerEnd(s, cj, this.objectSubjectEnd(s, cj, nextCue)).end;
      const from = at >= end && at <= end + OBJECT_CLAUSE_GAP ? at : end;
      this.push(this.content(s, from, next), this.span(s, cj, end), cueSpan, true);
      return;
    }
    if (at !== null) {
      const stop = this.speakerEnd(s, cj, at);
      // A lone «مؤكدا» before the content is adverbial; «مراسلتنا», of the same shape, a subject.
      const one = (toks[cj] as Tok).w;
      const adverbial = at - cj === 1 && /^م.*ا$/.test(one) && !OWN_SUBJECTS.has(one);
      const who = adverbial ? null : this.span(s, cj, stop.end);
      this.push(this.content(s, stop.object ? stop.end : at, next), who, cueSpan, true);
      return;
    }
    const end = this.objectSubjectEnd(s, cj, nextCue);
    const stop = this.speakerEnd(s, cj, end);
    this.pushObject(s, cj, stop.end, next, cueSpan);
  }

  /**
   * The token «عن» of a relay (نقلت الوكالة عن…) within RELAY_WORDS words after the cue, or -1;
   * the dots of an abbreviation (دي.إيه.إن) are no words.
   */
  private relayedFrom(s: Sentence, cj: number): number {
    let words = 0;
    for (let k = cj; k < s.toks.length && words < RELAY_WORDS; k++) {
      const w = (s.toks[k] as Tok).w;
      if (w === "عن") return k;
      if (!(w === "." && this.inAbbreviation(s, k))) words++;
    }
    return -1;
  }

  /**
   * A verbal noun with a possessive that a relay reports (نقلت الوكالة عن القائد نفيه الهجوم):
   * the first relayed noun in [from, to) with «ه», «ها», «هم» or «هما» on it, or null.
   */
  private possessedObject(s: Sentence, from: number, to: number): number | null {
    for (let k = from; k < Math.min(to, s.toks.length); k++) {
      const stem = RELAYED_SUFFIX.exec((s.toks[k] as Tok).w)?.[1];
      if (stem && (RELAYED_NOUNS.has(stem) || RELAYED_NOUNS.has(stem.replace(/ت$/, "ة")))) {
        return k;
      }
    }
    return null;
  }

  /**
   * The subject of a participle's clause, tokens [ps, end): after a verb that only opens the
   * clause («فردّ الرئيس سليمان قائلا», «وهنا دخل على الخط الوزير فنيش قائلا») and its
   * prepositional phrase, up to where a speaker ends («… سليمان افتتحها بالحديث …، مشيرا»).
   */
  private participleSubject(s: Sentence, ps: number, end: number): Range | null {
    let from = ps;
    for (let k = ps; k < Math.min(ps + 2, end - 1); k++) {
      if (REPLY_VERBS.has(bare((s.toks[k] as Tok).w))) {
        from = k + 1;
        break;
      }
    }
    if (from > ps && from + 2 < end && opensPhrase((s.toks[from] as Tok).w)) from += 2;
    return this.span(s, from, this.speakerEnd(s, from, end).end);
  }

  /** Speaker [cj, end) and the content after it; with no content left, the subject was dropped. */
  private pushObject(
    s: Sentence,
    cj: number,
    end: number,
    next: PhraseMatch<CueType> | undefined,
    cue: Range,
  ): void {
    const content = this.content(s, end, next);
    if (content && this.hasWord(content)) this.push(content, this.span(s, cj, end), cue, true);
    else this.push(this.content(s, cj, next), null, cue, true);
  }

  private hasWord(r: Range): boolean {
    for (let i = r.start; i < r.end; i++) if (isWordChar(this.text.charCodeAt(i))) return true;
    return false;
  }

  /**
   * The end of a verb-subject-object subject: its noun, the nouns it governs (نائب رئيس الوزراء:
   * a noun without the article governs the next word) and the relational adjectives after it
   * (نفت الحكومة السورية الاتهامات…), not the object (اتهمت المعارضة النظام…).
   */
  private objectSubjectEnd(s: Sentence, from: number, limit: number): number {
    let end = Math.min(from + 1, limit);
    while (end < Math.min(from + MAX_SUBJECT_AFTER, limit)) {
      const t = s.toks[end] as Tok;
      const w = t.w;
      // «بهاء الأعرجي -نائب رئيس الوزراء العراقي- …»: an apposition between dashes.
      if (w === "-") {
        const close = this.dashedApposition(s, end, limit);
        if (close > 0) end = close + 1;
        break;
      }
      // A quoted name is part of the noun phrase (تنظيم «داعش»).
      const name = this.quotesByStart.get(t.start);
      if (name && !name.speech) {
        while (end < limit && (s.toks[end] as Tok).end <= name.end) end++;
        break;
      }
      const prev = (s.toks[end - 1] as Tok).w;
      // A noun without the article governs the next word, and so does باسم after any noun.
      const governed =
        (!prev.startsWith("ال") ||
          NOUN_LINKS.has(w) ||
          (TITLES.has(prev) && !w.startsWith("ال"))) &&
        isWordChar(w.charCodeAt(0)) &&
        !opensPhrase(w);
      // Only relational adjectives (السورية، الأمريكي) can be told from an object noun.
      const adjective =
        NOUN_ADJECTIVES.has(w) ||
        (w.length > 4 && w.startsWith("ال") && !DEMONSTRATIVES.has(w) && /(ي|ية)$/.test(w));
      if (!governed && !adjective) break;
      end++;
    }
    return end;
  }

  /**
   * The closing dash of a title between dashes from token `open` (words only, no time or place
   * phrase: «-خلال مشاركته…-» is no apposition), or -1.
   */
  private dashedApposition(s: Sentence, open: number, limit: number): number {
    const first = s.toks[open + 1]?.w ?? "";
    if (SPEAKER_STOPS.has(first) || ADVERBIAL_OPENERS.has(bare(first))) return -1;
    for (let k = open + 1; k < Math.min(limit, open + 1 + MAX_DASHED_WORDS); k++) {
      const w = (s.toks[k] as Tok).w;
      if (w === "-") return k > open + 1 ? k : -1;
      if (!isWordChar(w.charCodeAt(0))) return -1;
    }
    return -1;
  }

  /**
   * Where a speaker that closes its sentence ends with its apposition after a comma («…، بحسب
   * غرايمي سميث، الخبير في مجموعة الأزمات الدولية.»): at the sentence's end when a noun with
   * the article opens it and nothing else is reported there; else at `end`.
   */
  private appositionEnd(s: Sentence, end: number, next: PhraseMatch<CueType> | undefined): number {
    const first = s.toks[end + 1]?.w ?? "";
    if (s.toks[end]?.w !== "،" || !first.startsWith("ال")) return end;
    if (SPEAKER_STOPS.has(first) || TIME_WORDS.has(first) || RELATIVES.has(first)) return end;
    let stop = end + 1;
    while (stop < s.toks.length && !TRIMMED.test((s.toks[stop] as Tok).w)) stop++;
    const last = stop < s.toks.length ? (s.toks[stop] as Tok).w : ".";
    const reported = next !== undefined && this.tokenAt(s, next.start) < stop;
    return last === "." && !reported && stop - end - 1 <= MAX_APPOSITION_WORDS ? stop : end;
  }

  /** A quotation that closes just before token `clauseStart` (a comma may follow it). */
  private quoteEndingNear(s: Sentence, clauseStart: number): Range | undefined {
    for (let k = clauseStart - 1; k >= Math.max(0, clauseStart - 2); k--) {
      const t = s.toks[k] as Tok;
      const q = this.quotesByEnd.get(t.end);
      if (q) return q;
    }
    return undefined;
  }

  private according(
    s: Sentence,
    cue: Range,
    ci: number,
    cj: number,
    atClauseStart: boolean,
    next: PhraseMatch<CueType> | undefined,
    following: Range | undefined,
    /** The first token after the previous cue of the sentence: content never reaches back past it. */
    afterPrevious: number,
  ): void {
    const toks = s.toks;
    const nextCue = next ? this.tokenAt(s, next.start) : toks.length;
    let regionEnd = cj;
    while (
      regionEnd < toks.length &&
      regionEnd < nextCue &&
      !CLAUSE_MARKS.has((toks[regionEnd] as Tok).w)
    ) {
      if (regionEnd > cj && this.isComplementizer(s, regionEnd)) break;
      regionEnd++;
    }
    let relative = cj;
    while (relative < regionEnd && !RELATIVES.has((toks[relative] as Tok).w)) relative++;
    if (relative === regionEnd) relative = -1;
    const lead = skipParticles(s, 0, ci);
    const sentenceStart = lead === ci;
    // "بحسب X فإنّ …" or a sentence opening with the cue: the content follows the speaker.
    if (atClauseStart && (sentenceStart || this.isComplementizer(s, regionEnd))) {
      // «بحسب الصور التي نشرها X فإن»: the subject after the relative's verb; with none there
      // («وطبقا لتقييم X الذي قدمه الأسبوع الجاري فإن»), the phrase before the relative.
      const afterRelative =
        relative >= 0 && relative + 2 < regionEnd
          ? this.span(s, relative + 2, this.speakerEnd(s, relative + 2, regionEnd).end)
          : null;
      const speaker =
        afterRelative ??
        this.span(s, cj, this.speakerEnd(s, cj, relative >= 0 ? relative : regionEnd).end);
      let from = regionEnd;
      if (from < toks.length && CLAUSE_MARKS.has((toks[from] as Tok).w)) from++;
      const content =
        from < toks.length
          ? this.content(s, from, next)
          : following
            ? { start: following.start, end: following.end }
            : null;
      this.push(content, speaker, cue, false);
      return;
    }
    // "…، بحسب الصور التي نشرها X": the thing shown is the content, X the speaker.
    if (relative >= 0 && relative + 2 < regionEnd) {
      this.push(this.span(s, cj, relative + 2), this.span(s, relative + 2, regionEnd), cue, false);
      return;
    }
    const from = skipParticles(s, afterPrevious < ci ? afterPrevious : 0, ci);
    let to = ci;
    while (to > from && CLAUSE_MARKS.has((toks[to - 1] as Tok).w)) to--;
    const end = this.speakerEnd(s, cj, regionEnd).end;
    const speaker = this.span(s, cj, end === regionEnd ? this.appositionEnd(s, end, next) : end);
    this.push(this.span(s, from, to), speaker, cue, false);
  }
}

/** Arabic cue phrases of the whole text. */
export function findArabicCues(ctx: Context): PhraseMatch<CueType>[] {
  return CUES.findLongest(ctx.normalized);
}

/**
 * Arabic attributions in the original range [range): verb-subject and subject-verb order,
 * content after إن / أن / بأن / عن or a quotation, relayed speech (نقل عن … قوله), prepositional
 * cues (بحسب، على لسان) and dropped subjects (the cue word stands for the speaker).
 */
export function arabicAttributions(
  ctx: Context,
  range: Range,
  /** The cues of this range, in order. */
  cues: readonly PhraseMatch<CueType>[],
): Attribution[] {
  const n = ctx.normalized;
  const a = toNormalized(n, range.start);
  const b = toNormalized(n, range.end);
  const byStart = new Map<number, QuotationN>();
  const byEnd = new Map<number, QuotationN>();
  for (const q of quotationsOverlapping(ctx, range.start, range.end)) {
    const qn = {
      start: toNormalized(n, q.start),
      end: toNormalized(n, q.end),
      speech: (ctx.innerWords.get(q) ?? 0) >= MIN_QUOTE_WORDS,
    };
    byStart.set(qn.start, qn);
    byEnd.set(qn.end, qn);
  }
  const sentences = splitSentences(n.text.slice(a, b)).map((r) => ({
    start: r.start + a,
    end: r.end + a,
  }));
  const inRange = cues.map((c) => ({
    ...c,
    start: toNormalized(n, c.start),
    end: toNormalized(n, c.end),
  }));
  const found = new ParagraphRules(ctx, byStart, byEnd).run(n.text, sentences, inRange);
  const headline = inRange.length === 0 ? headlineAttribution(ctx, a, b) : null;
  if (headline) found.push(headline);
  return found;
}

/**
 * A headline or sub-head of the shape «روسيا: العقوبات لن تغير موقفنا»: a short line with no
 * cue and no closing full stop, whose first one to three words, before a colon, name the speaker
 * (never a label such as «اقرأ أيضا:»). Normalized [a, b) is the paragraph.
 */
function headlineAttribution(ctx: Context, a: number, b: number): Attribution | null {
  const text = ctx.normalized.text;
  const toks = tokenize(text, a, Math.min(b, a + HEADLINE_CHARS + 1));
  if (b - a > HEADLINE_CHARS || toks.length < 3) return null;
  const last = toks[toks.length - 1] as Tok;
  if (last.w === "." || last.w === "؟") return null;
  const colon = toks.findIndex((t) => t.w === ":");
  if (colon < 1 || colon > HEADLINE_SPEAKER_WORDS || colon >= toks.length - 2) return null;
  const before = toks.slice(0, colon);
  if (before.some((t) => !isWordChar(t.w.charCodeAt(0)) || HEADER_LABELS.has(bare(t.w))))
    return null;
  const speaker = original(ctx, (before[0] as Tok).start, (before[colon - 1] as Tok).end);
  const content = original(ctx, (toks[colon + 1] as Tok).start, last.end);
  return {
    ...content,
    kind: kindOf(ctx, content.start, content.end),
    speaker,
    cue: null,
  };
}
