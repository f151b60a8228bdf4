import type { Attribution, Context } from "./attribution";
import { kindOf, quotationsOverlapping, wordCount } from "./attribution";
import data from "./lexicon/cues-ar.json";
import { type PhraseMatch, PhraseMatcher } from "./matcher";
import { isSpace, isWordChar, normalize, toNormalized, toOriginal } from "./normalize";
import { type Range, splitSentences } from "./sentences";

type CueType = "speech" | "object" | "relay" | "according" | "participle";

const CUE_TYPES: CueType[] = ["speech", "object", "relay", "according", "participle"];
const CUES = new PhraseMatcher<CueType>(
  CUE_TYPES.flatMap((type) => data[type].map((phrase) => ({ phrase, value: type }))),
);
/** Word lists are folded like the text, so the data may be written with hamza and alef maqsura. */
const folded = (words: readonly string[]) => new Set(words.map((w) => normalize(w).text));
const COMPLEMENTIZERS = folded(data.complementizers);
const QUOTING = folded(data.quoting);
const PARTICLES = folded(data.particles);
const RELATIVES = folded(data.relatives);
const DEMONSTRATIVES = folded(data.demonstratives);
const TRIMMED = /^[.،,:;؛…!?؟-]$/;
const CLAUSE_MARKS = new Set(["،", "؛", ":", ";", ","]);
/** How far (in tokens) after a verb its subject may run before the content begins. */
const SUBJECT_WINDOW = 24;
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
}

function sentenceOf(text: string, r: Range): Sentence {
  const toks = tokenize(text, r.start, r.end);
  return { start: r.start, end: r.end, toks, clauseStart: clauseStarts(toks) };
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

/** The Arabic rules for one paragraph, in normalized offsets. */
class ParagraphRules {
  private readonly out: Attribution[] = [];
  /** The content of the last statement found, in normalized offsets. */
  private lastContent: Range | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly quotesByStart: ReadonlyMap<number, QuotationN>,
    private readonly quotesByEnd: ReadonlyMap<number, QuotationN>,
    private previous: Attribution | undefined,
  ) {}

  /** Sentences are tokenized only when a cue falls in them (most hold none). */
  run(text: string, sentences: Range[], cues: PhraseMatch<CueType>[]): Attribution[] {
    let m = 0;
    sentences.forEach((r, index) => {
      while (m < cues.length && (cues[m] as PhraseMatch<CueType>).start < r.start) m++;
      const first = m;
      while (m < cues.length && (cues[m] as PhraseMatch<CueType>).start < r.end) m++;
      if (m === first) return;
      const s = sentenceOf(text, r);
      const inSentence = cues.slice(first, m);
      const following = sentences[index + 1];
      inSentence.forEach((cue, k) => {
        // A cue inside the statement before it is part of that statement (قال إن الوزارة ترى…).
        const inside =
          this.lastContent &&
          this.lastContent.start <= cue.start &&
          cue.end <= this.lastContent.end;
        if (!inside) this.attribute(s, cue, inSentence[k + 1], inSentence[k - 1], following);
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

  private isComplementizer(s: Sentence, i: number): boolean {
    const t = s.toks[i];
    if (!t) return false;
    if (COMPLEMENTIZERS.has(t.w)) return true;
    const next = s.toks[i + 1];
    return next !== undefined && COMPLEMENTIZERS.has(`${t.w} ${next.w}`);
  }

  /** The first token in [from, to) where content starts: a complementizer, قوله, a colon or a quote. */
  private contentStart(s: Sentence, from: number, to: number): number | null {
    for (let i = from; i < Math.min(to, s.toks.length); i++) {
      const t = s.toks[i] as Tok;
      if (this.isComplementizer(s, i) || QUOTING.has(t.w) || t.w === ":") return i;
      if (this.quotesByStart.get(t.start)?.speech) return i;
    }
    return null;
  }

  /** Content from token `from`: a quotation opening there, else to the end of its clause. */
  private content(s: Sentence, from: number, nextCue: number): Range | null {
    let i = from;
    while (i < s.toks.length && (QUOTING.has((s.toks[i] as Tok).w) || (s.toks[i] as Tok).w === ":"))
      i++;
    const first = s.toks[i];
    if (!first) return null;
    const quote = this.quotesByStart.get(first.start);
    if (quote) return { start: quote.start, end: quote.end };
    // Up to the clause mark before the next cue; with none between, the next statement is
    // nested in this one (قال إن الحكومة ترى أن…) and the content runs on.
    let cut = s.toks.length;
    if (nextCue < s.toks.length) {
      for (let k = nextCue - 1; k > i; k--) {
        if (CLAUSE_MARKS.has((s.toks[k] as Tok).w)) {
          cut = k;
          break;
        }
      }
    }
    while (cut > i + 1 && /^[.،,:؛…]$/.test((s.toks[cut - 1] as Tok).w)) cut--;
    const last = s.toks[cut - 1];
    if (!last || cut <= i) return null;
    let end = last.end;
    for (let k = i; k < cut; k++) {
      const q = this.quotesByStart.get((s.toks[k] as Tok).start);
      if (q && q.end > end) end = q.end;
    }
    return { start: first.start, end };
  }

  /** Tokens [from, to) as a span, without leading or trailing clause punctuation. */
  private span(s: Sentence, from: number, to: number): Range | null {
    let a = from;
    let b = Math.min(to, s.toks.length);
    while (a < b && TRIMMED.test((s.toks[a] as Tok).w)) a++;
    while (b > a && TRIMMED.test((s.toks[b - 1] as Tok).w)) b--;
    const first = s.toks[a];
    const last = s.toks[b - 1];
    return first && last && b > a ? { start: first.start, end: last.end } : null;
  }

  private push(content: Range | null, speaker: Range | null, cue: Range, carry: boolean): void {
    if (!content || content.end <= content.start) return;
    this.lastContent = content;
    const c = original(this.ctx, content.start, content.end);
    let who: Attribution["speaker"] = speaker
      ? original(this.ctx, speaker.start, speaker.end)
      : null;
    if (!who && carry && this.previous?.speaker) who = { ...this.previous.speaker, carried: true };
    const found: Attribution = {
      ...c,
      kind: kindOf(this.ctx, c.start, c.end),
      speaker: who,
      cue: original(this.ctx, cue.start, cue.end),
    };
    this.out.push(found);
    this.previous = found;
  }

  private attribute(
    s: Sentence,
    cue: PhraseMatch<CueType>,
    next: PhraseMatch<CueType> | undefined,
    previousCue: PhraseMatch<CueType> | undefined,
    following: Range | undefined,
  ): void {
    const toks = s.toks;
    const ci = this.tokenAt(s, cue.start);
    const cj = this.tokenAt(s, cue.end);
    // "الذي تحدث عنه…": a verb in a relative clause reports nothing of its own.
    if (ci > 0 && RELATIVES.has((toks[ci - 1] as Tok).w)) return;
    const nextCue = next ? this.tokenAt(s, next.start) : toks.length;
    // A subject never reaches back past the previous cue of its clause (بدأ حساب … يغرد).
    const afterPrevious = previousCue ? this.tokenAt(s, previousCue.end) : 0;
    const clauseStart = Math.max(s.clauseStart[ci] ?? 0, afterPrevious < ci ? afterPrevious : 0);
    let ps = clauseStart;
    while (ps < ci && PARTICLES.has((toks[ps] as Tok).w)) ps++;
    const subject = this.span(s, ps, ci);
    const cueSpan = { start: cue.start, end: cue.end };
    const type = cue.value;

    if (type === "according") {
      this.according(s, cueSpan, ci, cj, subject === null, nextCue, following);
      return;
    }
    if (type === "relay") {
      let an = cj;
      while (an < Math.min(cj + 8, toks.length) && (toks[an] as Tok).w !== "عن") an++;
      if (an < Math.min(cj + 8, toks.length)) {
        const at = this.contentStart(s, an + 1, an + 1 + SUBJECT_WINDOW) ?? nextCue;
        this.push(this.content(s, at, nextCue), this.span(s, an + 1, at), cueSpan, true);
        return;
      }
    }
    if (type === "participle") {
      const at = this.contentStart(s, cj, cj + 3) ?? cj;
      this.push(this.content(s, at, nextCue), subject, cueSpan, true);
      return;
    }
    // "“…”، بهذا بدأ حساب…": the quotation just before the cue is its content.
    const before = toks[ps - 1] ?? toks[clauseStart - 1];
    const quoteBefore =
      subject === null && before ? this.quoteEndingNear(s, clauseStart) : undefined;
    if (quoteBefore) {
      const at = this.contentStart(s, cj, cj + SUBJECT_WINDOW);
      const end = at ?? Math.min(cj + 4, nextCue);
      this.push(quoteBefore, this.span(s, cj, end), cueSpan, true);
      return;
    }
    if (subject) {
      const at = type === "speech" ? (this.contentStart(s, cj, cj + 4) ?? cj) : cj;
      this.push(this.content(s, at, nextCue), subject, cueSpan, true);
      return;
    }
    const at = this.contentStart(s, cj, Math.min(cj + SUBJECT_WINDOW, nextCue));
    if (at !== null) {
      const who = this.span(s, cj, at);
      const adverbial = at - cj === 1 && /^م.*ا$/.test((toks[cj] as Tok).w);
      this.push(this.content(s, at, nextCue), adverbial ? null : who, cueSpan, true);
      return;
    }
    const subjectEnd =
      type === "object" ? this.objectSubjectEnd(s, cj, nextCue) : Math.min(cj + 4, nextCue);
    this.push(this.content(s, subjectEnd, nextCue), this.span(s, cj, subjectEnd), cueSpan, true);
  }

  /**
   * The end of a verb-subject-object subject: its noun and the relational adjectives after it
   * (نفت الحكومة السورية الاتهامات…), not the object (اتهمت المعارضة النظام…).
   */
  private objectSubjectEnd(s: Sentence, from: number, limit: number): number {
    let end = Math.min(from + 1, limit);
    while (end < Math.min(from + 3, limit)) {
      const w = (s.toks[end] as Tok).w;
      // Only relational adjectives (السورية، الأمريكي) can be told from an object noun.
      if (!w.startsWith("ال") || DEMONSTRATIVES.has(w) || !/(ي|ية)$/.test(w)) break;
      end++;
    }
    return end;
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
    nextCue: number,
    following: Range | undefined,
  ): void {
    const toks = s.toks;
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
    let lead = 0;
    while (lead < ci && PARTICLES.has((toks[lead] as Tok).w)) lead++;
    const sentenceStart = lead === ci;
    // "بحسب X فإنّ …" or a sentence opening with the cue: the content follows the speaker.
    if (atClauseStart && (sentenceStart || this.isComplementizer(s, regionEnd))) {
      const speakerFrom = relative >= 0 && relative + 2 < regionEnd ? relative + 2 : cj;
      const speaker = this.span(s, speakerFrom, regionEnd);
      let from = regionEnd;
      if (from < toks.length && CLAUSE_MARKS.has((toks[from] as Tok).w)) from++;
      const content =
        from < toks.length
          ? this.content(s, from, nextCue)
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
    let from = 0;
    while (from < ci && PARTICLES.has((toks[from] as Tok).w)) from++;
    let to = ci;
    while (to > from && CLAUSE_MARKS.has((toks[to - 1] as Tok).w)) to--;
    this.push(this.span(s, from, to), this.span(s, cj, regionEnd), cue, false);
  }
}

/** Arabic cue phrases of the whole text. */
export function findArabicCues(ctx: Context): PhraseMatch<CueType>[] {
  return CUES.findLongest(ctx.normalized);
}

/**
 * Arabic attributions in the original range [range): verb-subject and subject-verb order,
 * content after إن / أن / بأن / عن or a quotation, relayed speech (نقل عن … قوله), prepositional
 * cues (بحسب، على لسان) and dropped subjects, which carry the previous speaker.
 */
export function arabicAttributions(
  ctx: Context,
  range: Range,
  /** The cues of this range, in order. */
  cues: readonly PhraseMatch<CueType>[],
  previous: Attribution | undefined,
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
      speech: wordCount(ctx.text, q.innerStart, q.innerEnd) >= MIN_QUOTE_WORDS,
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
  return new ParagraphRules(ctx, byStart, byEnd, previous).run(n.text, sentences, inRange);
}
