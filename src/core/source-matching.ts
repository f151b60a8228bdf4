import { alignmentLabel } from "../ruleset/labels";
import type { Descriptor, Ruleset, SourceEntry } from "../ruleset/schema";
import type { CompiledRuleset, TextMatches } from "./enrich-matcher";
import { coverage, maximal, within } from "./enrich-spans";
import mentions from "./lexicon/mentions.json";
import { arabicTitledNames, CHAIN_WINDOW, MentionChains, titledNames } from "./mention-chains";
import { type Normalized, normalize } from "./normalize";
import {
  describingPart,
  foldWord,
  issuerOf,
  labelFromWords,
  phraseCountry,
  type WordsContext,
  type WordsVerdict,
  wordsOf,
  wordsRef,
} from "./text-labels";
import type { Entity, Evidence, Language, NoLabel, Quote, SourceRef, Span } from "./types";

export function entityRef(
  ruleset: Ruleset,
  entry: SourceEntry,
  lang: Language,
  matchedBy: SourceRef["matchedBy"],
  labelLang: Language,
): SourceRef {
  return {
    id: entry.id,
    name: entry.names[lang]?.[0] ?? entry.names.en[0] ?? entry.id,
    alignment: entry.alignment,
    ...(entry.country ? { country: entry.country } : {}),
    label: alignmentLabel(ruleset, entry.alignment, entry.country, labelLang),
    matchedBy,
    evidence: rulesetEvidence(entry, labelLang),
  };
}

/** A ruleset entry as a label's evidence: its description and first reference. */
export function rulesetEvidence(entry: SourceEntry, labelLang: Language): Evidence {
  return {
    kind: "ruleset",
    id: entry.id,
    description: entry.description[labelLang],
    reference: entry.references[0] ?? "",
  };
}

/** The language of the script at `at`: Arabic letters (presentation forms too) or not. */
export function langOf(text: string, at: number): Language {
  const c = text.charCodeAt(at);
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0xfb50 && c <= 0xfeff) ? "ar" : "en";
}

/** Where a named part of a speaker ends: at a comma or a conjunction. */
const PART_BREAK = /[،,;؛]|\s(?:و|and|&)\s/g;

/** The part of `text` between separators that contains [start, end), without a leading «و». */
function partAround(text: string, from: number, to: number, start: number, end: number): Span {
  let a = from;
  let b = to;
  for (const m of text.slice(from, to).matchAll(PART_BREAK)) {
    const at = from + (m.index ?? 0);
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end && b === to) b = at;
  }
  const part = text.slice(a, b);
  const lead = /^[\s"'“”«»‘’]*(?:و\s+)?/.exec(part)?.[0].length ?? 0;
  const trail = /[\s"'“”«»‘’]*$/.exec(part.slice(lead))?.[0].length ?? 0;
  return { start: a + lead, end: b - trail, text: part.slice(lead, part.length - trail) };
}

/** How far back an account's name may look for its introduction («حساب “…”»). */
export const REFERENCE_WINDOW = 1500;

const spanOf = (text: string, r: { start: number; end: number }): Span => ({
  start: r.start,
  end: r.end,
  text: text.slice(r.start, r.end),
});

/** What a speaker resolves to: its labels (possibly none) and the entity it stands for. */
interface Resolution {
  refs: SourceRef[];
  entity: Entity;
  noLabel: NoLabel;
}

/**
 * Resolves the speakers of quotes to entities and sources, in text order. A speaker's own words
 * label it first: a named source of the ruleset, then a descriptor phrase («مصادر إعلامية موالية
 * للنظام»), then the text's own words read with the gazetteer and role lexicons ("Israeli Prime
 * Minister", see text-labels.ts). Its mention chain (mention-chains.ts) gives its entity, and a
 * speaker without a label of its own takes its chain's ("he", "Jubeir", "the agency"); an account
 * introduced by name takes the source named before its introduction.
 * Returns the quotes, in input order, with `entity`, `source` and `sources` filled, and
 * `noLabel` where no source was found.
 */
export function resolveSpeakers(
  text: string,
  n: Normalized,
  quotes: readonly Quote[],
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
  subjects: readonly { start: number; end: number }[] = [],
): Quote[] {
  const order = quotes
    .map((q, i) => ({ q, i }))
    .filter((x) => x.q.speaker)
    .sort((x, y) => (x.q.speaker?.start ?? 0) - (y.q.speaker?.start ?? 0));
  // Names inside quoted words or inside a speaker phrase are not what a later "the agency"
  // points back to: the quoted speech is someone else's, and the speaker is resolved as a whole.
  const insideQuote = coverage(quotes);
  const insideSpeaker = coverage(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const outside = (at: number) => insideQuote(at) || insideSpeaker(at);
  const named = matches.entities.filter((e) => !outside(e.start));
  // People named inside a statement are reachable by a later bare name only ("Karzai").
  // Pushed, not spread: spreading arrays that are empty or not deoptimised this function.
  const people = titledNames(text, matches, insideSpeaker).map((span) => ({
    span,
    subject: false,
  }));
  for (const x of arabicTitledNames(text, matches, insideSpeaker)) people.push(x);
  people.sort((a, b) => a.span.start - b.span.start);
  const chains = new MentionChains(text, matches);
  const words: WordsContext = { text, matches, countryBefore: countryBefore(matches) };
  // Sides stated in passing («استعادت المقاومة الشعبية القصر»), for a later «الناطق باسم المقاومة».
  const stated = maximal(matches.descriptors).filter(
    (d) => !outside(d.start) && !anyOverlap(matches.entities, d),
  );
  const resolved = new Map<number, Resolution>();
  let k = 0;
  let p = 0;
  let s = 0;
  const seedUpTo = (at: number) => {
    for (;;) {
      const side = stated[s];
      if (side && side.start < at) {
        const part = spanOf(text, side);
        const ref = descriptorRef(
          c,
          side.value,
          part,
          labelLang,
          phraseCountry(words, part).country,
        );
        chains.seed(
          part,
          [ref],
          wordsOf(text, part).map((w) => w.w),
          true,
        );
        s++;
        continue;
      }
      const e = named[k];
      const next = people[p];
      const person = next?.span;
      if (next && person && person.start < at && (!e || person.start <= e.start)) {
        const lang = langOf(text, person.start);
        const refs = direct(text, person, c, matches, labelLang, words);
        const verdict = refs.length > 0 ? null : labelFromWords(words, person);
        if (verdict && verdict !== "private") refs.push(wordsRef(c, text, verdict, labelLang));
        chains.seedPerson(person, refs, lang, next.subject, insideQuote(person.start));
        p++;
      } else if (e && e.start < at) {
        const ref = entityRef(c.ruleset, e.value, langOf(text, e.start), "entity", labelLang);
        chains.seed(spanOf(text, e), [ref], c.words.get(e.value.id) ?? []);
        k++;
      } else return;
    }
  };
  // Subjects of cues that state nothing join the chains in text order, labelling no quote.
  const mentionsOnly = subjects.map((r) => spanOf(text, r)).sort((a, b) => a.start - b.start);
  let m = 0;
  let previous: Previous | undefined;
  for (const { q, i } of order) {
    const sp = q.speaker;
    if (!sp) continue;
    for (; m < mentionsOnly.length && (mentionsOnly[m] as Span).start < sp.start; m++) {
      const x = mentionsOnly[m] as Span;
      seedUpTo(x.start);
      resolveOne(text, n, x, langOf(text, x.start), c, matches, words, chains, labelLang);
    }
    seedUpTo(sp.start);
    const introduced = describedBefore(sp, q.language, previous, matches);
    const found = resolveOne(
      text,
      n,
      sp,
      q.language,
      c,
      matches,
      words,
      chains,
      labelLang,
      q.start,
      introduced,
    );
    resolved.set(i, found);
    previous = { speaker: sp, statementEnd: q.end, refs: found.refs };
  }
  linkNamesForward(order, resolved);
  return quotes.map((q, i) => {
    // A quote from the engine has neither: it is spread as it is (a rest copy costs far more).
    const rest = "sources" in q || "noLabel" in q ? withoutResolution(q) : q;
    const found = resolved.get(i);
    const entity = found?.entity ?? null;
    if (found && found.refs.length > 0) {
      return { ...rest, entity, source: found.refs[0] ?? null, sources: found.refs };
    }
    return { ...rest, entity, source: null, noLabel: found?.noLabel ?? "no-speaker" };
  });
}

/** A quote without what an earlier resolution added to it. */
function withoutResolution(q: Quote): Omit<Quote, "sources" | "noLabel"> {
  const { sources: _stale, noLabel: _none, ...rest } = q;
  return rest;
}

/** A bare English surname ("Lavrov"), the whole of a speaker. */
const BARE_SURNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** How far ahead a bare surname may find its full mention: a subhead before its paragraph. */
const FORWARD_NAME_WINDOW = 1500;

const NAME_CHAR = /^[\p{L}.'’-]$/u;
const CAPITAL = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;

/** The code point ending just before `end`, as a string. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2;
  return String.fromCodePoint(text.codePointAt(pair ? end - 2 : end - 1) as number);
}

/**
 * Whether `text` holds the surname after a capitalised word and spaces ("Sergey Lavrov"), as
 * /\p{Lu}[\p{L}.'’-]*\s+NAME(?!\p{L})/u would say, without compiling a regex for every surname
 * (the compiling took more time than all the rest of linkNamesForward).
 */
export function namedInFull(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.codePointAt(at + name.length);
    if (after !== undefined && LETTER.test(String.fromCodePoint(after))) continue;
    let i = at;
    while (i > 0 && SPACE.test(charBefore(text, i))) i -= charBefore(text, i).length;
    if (i === at) continue;
    while (i > 0 && NAME_CHAR.test(charBefore(text, i))) {
      const ch = charBefore(text, i);
      if (CAPITAL.test(ch)) return true;
      i -= ch.length;
    }
  }
  return false;
}

/**
 * "Lavrov: '…'" in a subhead before "Russian Foreign Minister Sergey Lavrov said": a bare surname
 * no earlier mention explains is the next speaker named in full with it (a capitalised first
 * name before it), and takes that speaker's labels.
 */
function linkNamesForward(
  order: readonly { q: Quote; i: number }[],
  resolved: Map<number, Resolution>,
): void {
  order.forEach(({ q, i }, k) => {
    const own = resolved.get(i);
    const sp = q.speaker;
    if (!own || !sp || own.refs.length > 0 || own.entity.via !== "self" || q.language !== "en")
      return;
    const name = sp.text.trim();
    if (!BARE_SURNAME.test(name)) return;
    // By index, not a copy of the rest: the window ends the scan, a slice would not.
    for (let j = k + 1; j < order.length; j++) {
      const later = order[j] as { q: Quote; i: number };
      const lsp = later.q.speaker;
      if (!lsp || lsp.start - sp.end > FORWARD_NAME_WINDOW) return;
      if (!lsp.text.includes(name)) continue;
      const found = resolved.get(later.i);
      if (!namedInFull(lsp.text, name) || !found || found.refs.length === 0) return;
      resolved.set(i, {
        refs: found.refs.map((r) => ({ ...r, matchedBy: "reference" as const })),
        entity: { name: found.entity.name, mention: found.entity.mention, via: "name" },
        noLabel: own.noLabel,
      });
      return;
    }
  });
}

/** The speaker resolved last, in text order. */
interface Previous {
  speaker: Span;
  statementEnd: number;
  refs: readonly SourceRef[];
}

/** An indefinite description ("a top UN official"), the whole of a speaker. */
const INDEFINITE = /^an?\s/i;
const UNNAMED = new Set(mentions.en.unnamedMarkers);
/** A first name and surname, and nothing else ("Valerie Amos"). */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/** How far after the description's statement the name may come: the next sentence or two. */
const DELAYED_NAME_REACH = 300;

/**
 * Delayed identification: a lede's "a top UN humanitarian official implored …", then "Valerie
 * Amos said …" right after it. The labels of that description, for a full name that is the next
 * speaker; not when the description's source asked not to be named.
 */
function describedBefore(
  sp: Span,
  lang: Language,
  previous: Previous | undefined,
  matches: TextMatches,
): readonly SourceRef[] | undefined {
  if (lang !== "en" || !previous || previous.refs.length === 0) return undefined;
  if (!INDEFINITE.test(previous.speaker.text.trim()) || !FULL_NAME.test(sp.text.trim())) {
    return undefined;
  }
  const from = previous.speaker.start;
  if (sp.start - Math.max(previous.statementEnd, previous.speaker.end) > DELAYED_NAME_REACH) {
    return undefined;
  }
  const unnamed =
    previous.speaker.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => UNNAMED.has(w)) ||
    within(matches.cues, from, sp.start).some((m) => m.value === "anonymous-source");
  return unnamed ? undefined : previous.refs;
}

function resolveOne(
  text: string,
  n: Normalized,
  sp: Quote["speaker"] & object,
  lang: Language,
  c: CompiledRuleset,
  matches: TextMatches,
  words: WordsContext,
  chains: MentionChains,
  labelLang: Language,
  contentStart = text.length,
  introduced?: readonly SourceRef[],
): Resolution {
  // A dropped subject's span is its cue word: it says nothing about the speaker. A statement
  // speaks for its issuer ("a statement released by the Cabinet").
  const issuer = sp.dropped ? null : issuerOf(text, sp);
  // "…by Karzai, who alleged": the relative pronoun speaks for the name before it.
  const antecedent = sp.dropped || issuer ? null : relativeAntecedent(text, sp);
  const who = issuer
    ? { ...issuer, text: text.slice(issuer.start, issuer.end) }
    : (antecedent ?? sp);
  let own = sp.dropped ? [] : direct(text, who, c, matches, labelLang, words);
  // «مصادر في الجيش العراقي وأخرى من تنظيم داعش»: sources of both sides speak for neither.
  const mixed = own.length > 0 && mixedSides(text, who, own, words);
  if (mixed) own = [];
  let verdict: WordsVerdict = null;
  const former = formerTie(text, sp, matches);
  // A tie left, or ties to both sides: no label from the phrase's words or an earlier mention.
  const untied = !former && !mixed;
  if (own.length === 0 && !sp.dropped && untied) {
    verdict = labelFromWords(words, who);
    if (verdict && verdict !== "private") own = [wordsRef(c, text, verdict, labelLang)];
    // "A spokesman for the group", «الناطق باسم المقاومة»: the body named before speaks, and
    // its label outranks a role word that names no country.
    const body = verdict === "private" || verdict?.country ? undefined : ofChain(text, who, chains);
    if (body && body.refs.length > 0) {
      own = body.refs.map((r) => ({ ...r, matchedBy: "reference" as const }));
    }
  }
  // «ياروسلاف شيبورني وهو متحدث عسكري باسم الحكومة الأوكرانية»: the apposition after the name.
  const apposition =
    own.length === 0 && !sp.dropped && untied
      ? appositionAfter(text, sp, contentStart, matches)
      : null;
  if (apposition) {
    own = direct(text, apposition, c, matches, labelLang, words);
    const said = own.length > 0 ? null : labelFromWords(words, apposition);
    if (said && said !== "private") own = [wordsRef(c, text, said, labelLang)];
  }
  if (own.length === 0 && issuer) {
    const chain = chains.issuer({ ...who, text: who.text }, lang);
    if (chain) own = chain.refs.map((r) => ({ ...r, matchedBy: "reference" as const }));
  }
  const heads = own.flatMap((r) => [...(c.words.get(r.id) ?? [])]);
  const mentioned = chains.mention(antecedent ?? sp, own, heads, lang);
  const { chain } = mentioned;
  const via = antecedent && mentioned.via === "self" ? "pronoun" : mentioned.via;
  const entity: Entity =
    via === "self"
      ? { name: sp.text, mention: spanOf(text, sp), via }
      : { name: chain.best.text, mention: chain.best, via };
  // «المسؤول» after «مسؤول في المنظمة»: a role word naming no country says less than the chain.
  // …but only a chain whose mention holds the same role word ("The army" is no "Hezbollah").
  const vague =
    own.length === 1 &&
    own[0]?.matchedBy === "text" &&
    !own[0].country &&
    sameRole(own[0].evidence, chain.best.text);
  if (own.length > 0 && !(vague && via !== "self" && chain.refs.length > 0 && chain.refs !== own)) {
    return { refs: own, entity, noLabel: "no-signal" };
  }
  if (verdict !== "private" && untied && via !== "self") {
    const inherited = chain.refs.map((r) => ({ ...r, matchedBy: "reference" as const }));
    if (inherited.length > 0) return { refs: inherited, entity, noLabel: "no-signal" };
  }
  const account = untied ? byIntroducedAccount(text, n, sp, chains, matches) : null;
  if (account) return { refs: account, entity, noLabel: "no-signal" };
  if (introduced && untied && verdict !== "private" && via === "self") {
    // Its later mentions ("She", "Amos") share the description's labels through the chain.
    chain.refs = introduced.map((r) => ({ ...r, matchedBy: "reference" as const }));
    return { refs: chain.refs, entity, noLabel: "no-signal" };
  }
  return { refs: [], entity, noLabel: former ? "former" : "no-signal" };
}

/** A coordination inside a speaker phrase: "and", «و» on an article or on «أخرى», «آخرون». */
const COORDINATION = /\band\b|(?:^|\s)و(?:ال|أخر|آخر|اخر)/u;

const sideOf = (alignment: string) => alignment.split(":")[0];

/**
 * Whether a speaker phrase coordinates sources of two sides: a named or described one, and one
 * its own words give another side («مصادر في الجيش العراقي وأخرى من تنظيم داعش»).
 */
function mixedSides(
  text: string,
  who: { start: number; end: number },
  own: readonly SourceRef[],
  words: WordsContext,
): boolean {
  if (!COORDINATION.test(text.slice(who.start, who.end))) return false;
  const said = labelFromWords(words, who);
  if (said === null || said === "private") return false;
  return !own.some((r) => sideOf(r.alignment) === sideOf(said.alignment));
}

const anyOverlap = (
  list: readonly { start: number; end: number }[],
  r: { start: number; end: number },
) =>
  within(list, Math.max(0, r.start - 80), r.end + 80).some(
    (m) => m.start < r.end && r.start < m.end,
  );

/** Whether a label's words, without an article, are part of a chain's mention. */
function sameRole(evidence: Evidence, mention: string): boolean {
  if (evidence.kind !== "text") return false;
  const role = foldWord(evidence.text.trim()).replace(/^(?:the\s+|ال)/, "");
  return role.length > 1 && foldWord(mention).includes(role);
}

/** The longest name a relative pronoun may stand for ("Afghan President Hamid Karzai"). */
const MAX_ANTECEDENT_WORDS = 6;

/** The capitalised name right before ", who" / ", which", or null. */
function relativeAntecedent(text: string, sp: Span): Span | null {
  if (!/^(?:who|which)$/i.test(sp.text.trim())) return null;
  const before = text.slice(Math.max(0, sp.start - 80), sp.start);
  const m =
    /((?:(?:\p{Lu}[\p{L}.'’-]*|(?:al|bin|ibn)-\p{Lu}[\p{L}'’-]*)\s+){0,5}(?:\p{Lu}[\p{L}'’-]*[\p{L}]|\p{Lu}{2,}))\s*,\s*$/u.exec(
      before,
    );
  const name = m?.[1];
  if (!name || name.split(/\s+/).length > MAX_ANTECEDENT_WORDS) return null;
  const start = sp.start - before.length + (m.index ?? 0);
  return spanOf(text, { start, end: start + name.length });
}

/** Markers after which a speaker phrase names the body it speaks for. */
const OF_MARKERS = new Set(["for", "of", "باسم", "في", "عن", "من"]);

/**
 * The body a speaker phrase says it belongs to, when that is a description pointing back:
 * "a spokesman for the group" (the group named before), «الناطق باسم المقاومة في عدن»,
 * «المركز الإعلامي للمقاومة» (the «ل» of «للمقاومة» is "of").
 */
function ofChain(text: string, sp: Span, chains: MentionChains) {
  const ws = wordsOf(text, describingPart(text, sp));
  for (let i = 1; i < ws.length; i++) {
    const w = (ws[i] as { w: string }).w;
    let head: string | null = null;
    if (OF_MARKERS.has(w)) {
      const next = ws[i + 1]?.w ?? "";
      if (next === "the") {
        const rest = ws.slice(i + 2, i + 5);
        const end = rest.findIndex((x) => OF_MARKERS.has(x.w));
        const phrase = end >= 0 ? rest.slice(0, end) : rest;
        if (phrase.length > 0 && i + 2 + phrase.length === ws.length)
          head = phrase.at(-1)?.w ?? null;
      } else if (next.startsWith("ال")) head = next.slice(2);
    } else if (w.startsWith("لل") && w.length > 4) head = w.slice(2);
    if (head) return chains.describedBy(head, sp.start) ?? null;
  }
  return null;
}

const APPOSITION = /^\s*[،,]?\s*(?:وهو|وهي|وهم)\s+/;
const COMMA_APPOSITION = /^\s*[،,]\s*/;
const APPOSITION_END = /[.!?؟:؛،,«»"“”()\n]|\s(?:إن|أن|ان|بأن|إلى|الى)\s/;

/**
 * An Arabic apposition right after the speaker, up to the content (which may follow it without a
 * complementizer: «عن باسورين وهو أحد القادة نفيه الهجوم»): after «وهو» («…، وهو متحدث عسكري
 * …»), or after a comma when a role or a descriptor opens it («بحسب غرايمي سميث، الخبير في …»;
 * «، الأربعاء،» is none).
 */
function appositionAfter(
  text: string,
  sp: Span,
  contentStart: number,
  matches: TextMatches,
): Span | null {
  if (langOf(text, sp.start) !== "ar") return null;
  const limit = contentStart > sp.end ? contentStart : text.length;
  const after = text.slice(sp.end, Math.min(limit, sp.end + 160));
  let m = APPOSITION.exec(after);
  if (!m) {
    const comma = COMMA_APPOSITION.exec(after);
    const at = sp.end + (comma?.[0].length ?? 0);
    const opens = (list: readonly { start: number; end: number }[]) =>
      within(list, at, at + 40).some((r) => r.start >= at && r.start <= at + 2);
    // «، والمتحدث باسم …» joins a second speaker; an apposition opens with the article.
    const definite = text.startsWith("ال", at);
    if (comma && definite && (opens(matches.roles) || opens(matches.descriptors))) m = comma;
  }
  if (!m) return null;
  const rest = after.slice(m[0].length);
  const stop = rest.search(APPOSITION_END);
  const len = (stop >= 0 ? rest.slice(0, stop) : rest).trimEnd().length;
  if (len === 0) return null;
  const start = sp.end + m[0].length;
  return spanOf(text, { start, end: start + len });
}

/** The country named last before an offset, within the chain window ("the country's"). */
function countryBefore(matches: TextMatches): (at: number) => string | undefined {
  const places = matches.places;
  return (at) => {
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((places[mid]?.start ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    const last = places[lo - 1];
    return last && at - last.start <= CHAIN_WINDOW ? last.value.country : undefined;
  };
}

/** Whether the speaker names a source only through a tie it has left ("a former CIA officer"). */
function formerTie(
  text: string,
  sp: { start: number; end: number },
  matches: TextMatches,
): boolean {
  const former = within(matches.lists.formerMarkers, sp.start, sp.end);
  if (former.length === 0) return false;
  const named = [
    ...within(matches.entities, sp.start, sp.end),
    ...within(matches.descriptors, sp.start, sp.end),
    ...within(matches.roles, sp.start, sp.end),
    ...within(matches.places, sp.start, sp.end),
  ];
  return named.some((m) => former.some((f) => formerOf(text, f, m)));
}

/**
 * Whether at most `max` words lie between two spans (counted by spaces). It stops at the word
 * past `max`: a speaker of many names and markers asks this of every pair.
 */
function fewWordsBetween(text: string, from: number, to: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = /\s/.test(text[i] as string);
    if (!space && !inWord && ++words > max) return false;
    inWord = !space;
  }
  return true;
}

/**
 * Whether a "former" marker governs an entity: just before it ("former White House doctor",
 * "ex-CIA"), or within a few words after it in Arabic order («المتحدث باسم الخارجية الروسية السابق»).
 */
function formerOf(
  text: string,
  marker: { start: number; end: number },
  entity: { start: number; end: number },
): boolean {
  if (marker.end <= entity.start) return fewWordsBetween(text, marker.end, entity.start, 1);
  return marker.start >= entity.end && fewWordsBetween(text, entity.end, marker.start, 2);
}

/** A descriptor's label; its evidence is the part of the speaker that holds the phrase. */
/** Sides that belong to a country: a descriptor of one takes the country its phrase names. */
const COUNTRY_SIDES = new Set(["state-media", "government", "pro-government"]);

/**
 * A descriptor's label; its evidence is the part of the speaker that holds the phrase. A
 * descriptor without a country takes the one the speaker names ("Syria's state news agency").
 */
function descriptorRef(
  c: CompiledRuleset,
  d: Descriptor,
  part: Span,
  labelLang: Language,
  country: string | undefined,
): SourceRef {
  const code = d.country ?? (COUNTRY_SIDES.has(d.alignment) ? country : undefined);
  return {
    id: `descriptor:${d.alignment}${code ? `:${code}` : ""}`,
    name: part.text,
    alignment: d.alignment,
    ...(code ? { country: code } : {}),
    label: alignmentLabel(c.ruleset, d.alignment, code, labelLang),
    matchedBy: "descriptor",
    evidence: { kind: "text", ...part },
  };
}

/**
 * A generic kind of fighter ("militants", "fighters", «فصائل») yields to any other side the
 * phrase states: "militias loyal to Assad" are pro-government, "rebel fighters" opposition.
 */
const rank = (ref: SourceRef) =>
  ref.matchedBy === "descriptor" && ref.alignment === "armed-group" ? 1 : 0;

/** Sources the speaker names itself: entities, or descriptors that qualify it. */
function direct(
  text: string,
  sp: { start: number; end: number },
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
  words?: WordsContext,
): SourceRef[] {
  const former = within(matches.lists.formerMarkers, sp.start, sp.end);
  // A tie the speaker has left ("a former Pentagon official", «المتحدث السابق باسم …») is not
  // theirs any more.
  const current = (m: { start: number; end: number }) => !former.some((f) => formerOf(text, f, m));
  const descs = maximal(within(matches.descriptors, sp.start, sp.end));
  // An entity inside a descriptor («مناصرة لتنظيم الدولة») is the object, not the speaker.
  const ents = within(matches.entities, sp.start, sp.end).filter(
    (e) => !descs.some((d) => d.start <= e.start && e.end <= d.end) && current(e),
  );
  // Pushed one by one: spreading two .map() results, each empty or not, deoptimised this
  // function again and again on the arrays' element kinds.
  const items: { start: number; ref: SourceRef }[] = [];
  for (const e of ents) {
    items.push({
      start: e.start,
      ref: entityRef(c.ruleset, e.value, langOf(text, e.start), "entity", labelLang),
    });
  }
  const bodyNamed = ents.length > 0 || descs.some((d) => !d.value.occupation);
  for (const d of descs) {
    if (!current(d) || ents.some((e) => e.start <= d.start && d.end <= e.end)) continue;
    if (d.value.occupation && bodyNamed) continue;
    items.push({
      start: d.start,
      ref: descriptorRef(
        c,
        d.value,
        partAround(text, sp.start, sp.end, d.start, d.end),
        labelLang,
        words ? phraseCountry(words, sp).country : undefined,
      ),
    });
  }
  items.sort((a, b) => rank(a.ref) - rank(b.ref) || a.start - b.start);
  const refs: SourceRef[] = [];
  for (const { ref } of items) {
    // A descriptor that repeats a named source's alignment qualifies it («أعماق التابعة للتنظيم»).
    const redundant = refs.some(
      (r) => r.id === ref.id || (ref.matchedBy === "descriptor" && r.alignment === ref.alignment),
    );
    if (!redundant) refs.push(ref);
  }
  return refs;
}

/** The speaker's words without quotation marks and spaces around them. */
function bareName(text: string, sp: { start: number; end: number }): string {
  return text
    .slice(sp.start, sp.end)
    .replace(/^[\s"'“”«»‘’„]+/, "")
    .replace(/[\s"'“”«»‘’„]+$/, "");
}

/**
 * A name the text introduced as an account or page («و ينقل حساب “إيفان سيدورينكو”») stands
 * for the source named just before that introduction («حساب موال للنظام»). Other repeated
 * names ("Clinton" … "Clinton") say nothing about alignment and are left alone.
 */
function byIntroducedAccount(
  text: string,
  n: Normalized,
  sp: { start: number; end: number },
  chains: MentionChains,
  matches: TextMatches,
): SourceRef[] | null {
  const name = normalize(bareName(text, sp)).text;
  if (name.length < 4) return null;
  const to = normalizedOffset(n, sp.start);
  const from = normalizedOffset(n, Math.max(0, sp.start - REFERENCE_WINDOW));
  const first = n.text.slice(from, to).indexOf(name);
  if (first < 0) return null;
  const at = n.map[from + first] ?? sp.start;
  const noun = within(matches.lists.accountNouns, Math.max(0, at - 30), at).at(-1);
  if (!noun || !/^[\s"'“”«»‘’„@]*$/.test(text.slice(noun.end, at))) return null;
  const chain = chains.lastBefore(noun.start, (ch) => ch.spoke && ch.refs.length > 0);
  return chain ? chain.refs.map((r) => ({ ...r, matchedBy: "reference" as const })) : null;
}

/** The first normalized offset whose original offset is at or after `original`. */
function normalizedOffset(n: Normalized, original: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.map[mid] ?? 0) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
