import { loadBundledRuleset } from "../ruleset/ruleset";
import type { Descriptor, Lexicons, RoleKind, Ruleset, SourceEntry } from "../ruleset/schema";
import { maximal } from "./enrich-spans";
import { type PhraseEntry, type PhraseMatch, PhraseMatcher } from "./matcher";
import { type Normalized, normalize } from "./normalize";
import { checkpointsEvery, runSteps, type Steps } from "./steps";
import { type ClaimType, ClaimTypeSchema, type CueReason, CueReasonSchema } from "./types";

/**
 * The plain phrase lists of the lexicons matched in the text (not cues and claim types, which
 * carry a value, nor indefinite openers, which are only looked up at a speaker's first word).
 */
export type ListName = Exclude<keyof Lexicons, "cues" | "claimTypes" | "indefiniteOpeners">;

/** A country named in the text: by name, adjective or demonym, or capital (seat of government). */
export interface PlaceHit {
  country: string;
  form: "name" | "adjective" | "capital";
}

/** How an English place phrase must be written in the text to count ("Turkey", not "turkey"). */
export type Casing = "any" | "initial" | "capitals";

export type Tag =
  | { kind: "entity"; entry: SourceEntry; acronym: boolean }
  | { kind: "descriptor"; descriptor: Descriptor }
  | { kind: "place"; place: PlaceHit; casing: Casing }
  | { kind: "role"; role: RoleKind }
  | { kind: "cue"; reason: CueReason }
  | { kind: "claim"; claimType: ClaimType }
  | { kind: ListName };

/**
 * Every phrase of a ruleset in one matcher, so a text is scanned once for names, descriptors,
 * back-references and allegation cues alike; plus lookups for publishers.
 */
export interface CompiledRuleset {
  ruleset: Ruleset;
  matcher: PhraseMatcher<Tag>;
  byId: Map<string, SourceEntry>;
  /** Normalized full name -> entry, for publishers given by name. */
  byName: Map<string, SourceEntry>;
  byDomain: Map<string, SourceEntry>;
  /** Folded words of each entry's names and descriptions: what "the agency" may refer to. */
  words: Map<string, Set<string>>;
  /** Folded indefinite openers ("a", "two"), looked up at the start of a speaker. */
  openers: Set<string>;
}

/**
 * A literal phrase from the ruleset; a trailing "*" marks a stem (see ruleset/schema.ts). The
 * key merges duplicates of a phrase of one kind: of several matches on one span, only the first
 * is ever used (maximal() keeps it), so the others need not be found.
 */
function phraseEntry<T>(phrase: string, value: T, key: string): PhraseEntry<T> {
  return phrase.endsWith("*")
    ? { phrase: phrase.slice(0, -1), value, prefix: true, key }
    : { phrase, value, key };
}

const phrasesOf = (byLang: Record<string, string[]>) => Object.values(byLang).flat();

export const LISTS: ListName[] = [
  "references",
  "accountNouns",
  "formerMarkers",
  "admissions",
  "corroborations",
  "reportOpeners",
  "confirmations",
  "confirmingVerbs",
  "complementisers",
  "adjuncts",
  "purposes",
  "stateForces",
  "irregularForces",
  "successes",
  "partyWords",
  "responsibilityClaims",
  "negations",
  "unnamedRoles",
  "backReferencesToClaims",
  "singleClaimReferences",
  "neutralPhrases",
  "clauseOpeners",
  "contrasts",
  "countNouns",
  "numberWords",
];

export function foldName(s: string): string {
  return normalize(s).text.trim().replace(/\s+/g, " ");
}

/** The folded words of a text (letters and digits only). */
export function foldedWords(s: string): Set<string> {
  return new Set(
    normalize(s)
      .text.split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );
}

/** "CIA", "U.N.": written in capitals, they only match capitals ("Cia" Price is not the CIA). */
function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z.&/-]*$/.test(name);
}

const hasLowerCase = (s: string) => s !== s.toUpperCase();

function written(input: string, start: number, end: number, casing: Casing): boolean {
  if (casing === "any") return true;
  const s = input.slice(start, end);
  if (casing === "capitals") return !hasLowerCase(s);
  return s[0] !== undefined && s[0] !== s[0].toLowerCase();
}

/** The ruleset's indefinite openers of speakers, folded. */
export function foldedOpeners(ruleset: Ruleset): Set<string> {
  return new Set(phrasesOf(ruleset.lexicons.indefiniteOpeners).map(foldName));
}

const cache = new WeakMap<Ruleset, CompiledRuleset>();

/** Phrases folded and added between two checkpoints of compileRulesetSteps. */
const PHRASES_PER_STEP = 64;

/** The compiled form of a ruleset, built once per ruleset object. */
export function compileRuleset(ruleset: Ruleset = loadBundledRuleset()): CompiledRuleset {
  return cache.get(ruleset) ?? runSteps(compileRulesetSteps(ruleset));
}

/** Takes a compiled form built elsewhere (restored from build-time tables) as the ruleset's own. */
export function rememberCompiled(compiled: CompiledRuleset): void {
  cache.set(compiled.ruleset, compiled);
}

/** compileRuleset() as work that pauses every few dozen phrases (see steps.ts). */
export function* compileRulesetSteps(ruleset: Ruleset): Steps<CompiledRuleset> {
  const hit = cache.get(ruleset);
  if (hit) return hit;
  const due = checkpointsEvery(PHRASES_PER_STEP);
  const entries: PhraseEntry<Tag>[] = [];
  const byName = new Map<string, SourceEntry>();
  const byDomain = new Map<string, SourceEntry>();
  for (const entry of ruleset.sources) {
    for (const name of phrasesOf(entry.names)) {
      const acronym = isAcronym(name);
      entries.push(phraseEntry(name, { kind: "entity", entry, acronym }, `entity:${acronym}`));
      byName.set(foldName(name), entry);
      if (due()) yield;
    }
    for (const domain of entry.domains ?? []) byDomain.set(domain, entry);
  }
  for (const descriptor of ruleset.descriptors) {
    entries.push(phraseEntry(descriptor.phrase, { kind: "descriptor", descriptor }, "descriptor"));
  }
  const forms = ["names", "adjectives", "capitals"] as const;
  const formOf = { names: "name", adjectives: "adjective", capitals: "capital" } as const;
  for (const p of ruleset.places) {
    for (const key of forms) {
      for (const [lang, phrases] of Object.entries(p[key])) {
        for (const phrase of phrases) {
          const casing: Casing = lang === "ar" ? "any" : isAcronym(phrase) ? "capitals" : "initial";
          const place = { country: p.country, form: formOf[key] };
          entries.push(phraseEntry(phrase, { kind: "place", place, casing }, `place:${casing}`));
        }
      }
    }
  }
  for (const r of ruleset.roles)
    entries.push(phraseEntry(r.phrase, { kind: "role", role: r.role }, "role"));
  for (const reason of CueReasonSchema.options) {
    for (const p of phrasesOf(ruleset.lexicons.cues[reason])) {
      entries.push(phraseEntry(p, { kind: "cue", reason }, "cue"));
    }
  }
  for (const claimType of ClaimTypeSchema.options) {
    for (const p of phrasesOf(ruleset.lexicons.claimTypes[claimType])) {
      entries.push(phraseEntry(p, { kind: "claim", claimType }, "claim"));
    }
  }
  for (const list of LISTS) {
    for (const p of phrasesOf(ruleset.lexicons[list])) {
      entries.push(phraseEntry(p, { kind: list }, list));
    }
  }
  const matcher = new PhraseMatcher<Tag>([]);
  for (const entry of entries) {
    matcher.add(entry);
    if (due()) yield;
  }
  const words = new Map<string, Set<string>>();
  for (const e of ruleset.sources) {
    const all = [...Object.values(e.names).flat(), ...Object.values(e.description)];
    words.set(e.id, foldedWords(all.join(" ")));
    if (due()) yield;
  }
  const built: CompiledRuleset = {
    ruleset,
    matcher,
    byId: new Map(ruleset.sources.map((s) => [s.id, s])),
    byName,
    byDomain,
    words,
    openers: foldedOpeners(ruleset),
  };
  cache.set(ruleset, built);
  return built;
}

type Span = { start: number; end: number };

/** The ruleset's matches in a text, by kind, each list sorted by start. */
export interface TextMatches {
  /** Names of sources; the longest reading wins. */
  entities: PhraseMatch<SourceEntry>[];
  /** Descriptor phrases, overlapping ones included. */
  descriptors: PhraseMatch<Descriptor>[];
  /** Allegation cues; the longest reading wins ("conflicting accounts" over "accounts"). */
  cues: PhraseMatch<CueReason>[];
  /** Claim-type words; the longest reading wins. */
  claims: PhraseMatch<ClaimType>[];
  /** Countries named, written as the gazetteer requires; the longest reading wins. */
  places: PhraseMatch<PlaceHit>[];
  /** Role words; the longest reading wins ("security forces" over "forces"). */
  roles: PhraseMatch<RoleKind>[];
  lists: Record<ListName, Span[]>;
}

export function scanText(c: CompiledRuleset, n: Normalized): TextMatches {
  const entities: PhraseMatch<SourceEntry>[] = [];
  const descriptors: PhraseMatch<Descriptor>[] = [];
  const cues: PhraseMatch<CueReason>[] = [];
  const claims: PhraseMatch<ClaimType>[] = [];
  const places: PhraseMatch<PlaceHit>[] = [];
  const roles: PhraseMatch<RoleKind>[] = [];
  const lists = Object.fromEntries(LISTS.map((l) => [l, [] as Span[]])) as Record<ListName, Span[]>;
  for (const m of c.matcher.findAll(n)) {
    const { start, end, value } = m;
    if (value.kind === "entity") {
      if (!value.acronym || !hasLowerCase(n.input.slice(start, end))) {
        entities.push({ start, end, value: value.entry });
      }
    } else if (value.kind === "descriptor")
      descriptors.push({ start, end, value: value.descriptor });
    else if (value.kind === "cue") cues.push({ start, end, value: value.reason });
    else if (value.kind === "claim") claims.push({ start, end, value: value.claimType });
    else if (value.kind === "place") {
      if (written(n.input, start, end, value.casing))
        places.push({ start, end, value: value.place });
    } else if (value.kind === "role") roles.push({ start, end, value: value.role });
    else lists[value.kind].push({ start, end });
  }
  return {
    entities: maximal(entities),
    descriptors,
    cues: maximal(cues),
    claims: maximal(claims),
    places: maximal(places),
    roles: maximal(roles),
    lists: { ...lists, references: maximal(lists.references) },
  };
}
