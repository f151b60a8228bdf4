import {
  AlignmentSchema,
  ClaimTypeSchema,
  CountryCodeSchema,
  CueReasonSchema,
} from "../core/types";
import { z } from "../core/zod";

/**
 * Bounds for a ruleset supplied by a user: it runs inside every page the reader opens, so a
 * hostile or careless file must not be able to make the matcher huge or slow.
 */
export const LIMITS = {
  maxPhraseLength: 80,
  maxSources: 2000,
  maxNamesPerSource: 60,
  maxPhrasesPerList: 2000,
  /** Languages of one list of names or phrases: en, ar and a few more. */
  maxLanguages: 8,
  /** Phrases of a custom ruleset, all lists together: names, descriptors, lexicons. */
  maxPhrases: 20_000,
  maxTotalChars: 1_000_000,
} as const;

/** At most LIMITS.maxLanguages language keys (1,024 made-up ones once slipped through). */
function fewLanguages<T extends z.ZodMiniType<Record<string, unknown>>>(schema: T): T {
  return schema.check(
    z.refine(
      (byLang) => Object.keys(byLang).length <= LIMITS.maxLanguages,
      `at most ${LIMITS.maxLanguages} languages`,
    ),
  );
}

/**
 * A literal phrase. A trailing "*" marks a stem that may be followed by more letters of the
 * same word ("accus*" matches "accused", "accusation"); it is a marker, not a pattern.
 */
const Phrase = z.string().check(
  z.trim(),
  z.minLength(1, "a non-empty phrase"),
  z.maxLength(LIMITS.maxPhraseLength, `a phrase of at most ${LIMITS.maxPhraseLength} characters`),
  z.refine((s) => /^[\p{L}\p{N}]/u.test(s), "a phrase that begins with a letter or digit"),
  z.refine((s) => !s.slice(0, -1).includes("*"), "'*' only as the last character"),
);

const PhraseList = z.array(Phrase).check(z.maxLength(LIMITS.maxPhrasesPerList));

/** Phrases in English and Arabic; other languages may be added under their ISO code. */
const PhrasesByLanguage = fewLanguages(
  z.catchall(z.object({ en: PhraseList, ar: PhraseList }), PhraseList),
);

const NamesByLanguage = fewLanguages(
  z.catchall(
    z.object({
      en: z.array(Phrase).check(z.minLength(1), z.maxLength(LIMITS.maxNamesPerSource)),
      ar: z.array(Phrase).check(z.minLength(1), z.maxLength(LIMITS.maxNamesPerSource)),
    }),
    z.array(Phrase).check(z.maxLength(LIMITS.maxNamesPerSource)),
  ),
);

const Localized = z.object({
  en: z.string().check(z.minLength(1), z.maxLength(300)),
  ar: z.string().check(z.minLength(1), z.maxLength(300)),
});

const Domain = z
  .string()
  .check(z.regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, "a lower-case domain name such as sana.sy"));

export const SourceEntrySchema = z.object({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "a lower-case id of letters, digits and '-'")),
  names: NamesByLanguage,
  domains: z.optional(z.array(Domain).check(z.maxLength(20))),
  alignment: AlignmentSchema,
  country: z.optional(CountryCodeSchema),
  description: Localized,
  references: z
    .array(z.url({ protocol: /^https$/ }))
    .check(z.minLength(1, "at least one reference URL")),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** A phrase inside a speaker that states the speaker's alignment ("state-run", «موالية للنظام»). */
export const DescriptorSchema = z.object({
  phrase: Phrase,
  lang: z.enum(["en", "ar"]),
  alignment: AlignmentSchema,
  country: z.optional(CountryCodeSchema),
  /**
   * An occupation ("journalist"): its side holds only when the speaker names no body or other
   * descriptor ("a journalist with Al Jazeera" is Al Jazeera's).
   */
  occupation: z.optional(z.boolean()),
});
export type Descriptor = z.infer<typeof DescriptorSchema>;

/**
 * A country as the text names it: its names, adjectives and demonyms ("Syrian", "Syrians",
 * «السوري», «السورية»), and its capital and seats of government used for its government
 * ("Moscow", "the Kremlin", «واشنطن»). A possessive ("Russia's") is read by the mechanism.
 */
export const PlaceSchema = z.object({
  country: CountryCodeSchema,
  names: PhrasesByLanguage,
  adjectives: PhrasesByLanguage,
  capitals: PhrasesByLanguage,
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * What a role word says about a speaker. `state`: an office or body of a state (minister,
 * ministry, army, police, ambassador, governor, mayor): the government of the country the text
 * ties it to. `member`: a position in whatever body the text ties it to (spokesman, official,
 * source, commander): that body's side, none alone. `private`: a person who speaks for no side
 * (resident, witness, doctor): never labelled from a country. `media`: a news outlet (agency,
 * television, «وكالة»), state media when a state word qualifies it («الرسمية», "government").
 */
export const RoleKindSchema = z.enum(["state", "member", "private", "media"]);
export type RoleKind = z.infer<typeof RoleKindSchema>;

export const RoleSchema = z.object({
  phrase: Phrase,
  lang: z.enum(["en", "ar"]),
  role: RoleKindSchema,
});
export type Role = z.infer<typeof RoleSchema>;

const CuesSchema = z.object(
  Object.fromEntries(CueReasonSchema.options.map((r) => [r, PhrasesByLanguage])) as Record<
    z.infer<typeof CueReasonSchema>,
    typeof PhrasesByLanguage
  >,
);

const ClaimTypesSchema = z.object(
  Object.fromEntries(ClaimTypeSchema.options.map((t) => [t, PhrasesByLanguage])) as Record<
    z.infer<typeof ClaimTypeSchema>,
    typeof PhrasesByLanguage
  >,
);

export const LexiconsSchema = z.object({
  /** Words that point back to a source named earlier ("the agency", «الوكالة»). */
  references: PhrasesByLanguage,
  /** Nouns that introduce an account or page by its name («حساب “…”», "the account"). */
  accountNouns: PhrasesByLanguage,
  /** Words saying a tie has ended ("former", «السابق»): a former official speaks for no one. */
  formerMarkers: PhrasesByLanguage,
  /** What triggers an allegation, by reason. */
  cues: CuesSchema,
  /**
   * Words in a statement that make it a factual claim about contested events, by claim type
   * ("killed", «سيطرة»): said by a party to the story, the statement is an allegation.
   */
  claimTypes: ClaimTypesSchema,
  /**
   * Words stating an aim ("to retake", «لتحرير», «بهدف»): a gain or loss of ground after them,
   * in their clause, is what a side means to do, not what it claims has happened.
   */
  purposes: PhrasesByLanguage,
  /** A party conceding a fact against its own interest: not an allegation. */
  admissions: PhrasesByLanguage,
  /** A state's own forces as victims ("soldiers", «جنود»): a state party's own losses. */
  stateForces: PhrasesByLanguage,
  /** Irregular fighters ("militants", «مسلحين»): an armed group's or opposition's own losses. */
  irregularForces: PhrasesByLanguage,
  /**
   * Words saying a side achieved what it reports ("managed to", «تمكنوا من»): the dead it
   * reports after them are the enemy's, never its own losses.
   */
  successes: PhrasesByLanguage,
  /**
   * Words in a speaker that name a side in the fighting ("rebels", «المقاومة»): when no label says
   * whose side the speaker is on, they still make it a party to the story.
   */
  partyWords: PhrasesByLanguage,
  /**
   * Words claiming an attack as one's own ("claimed responsibility", «أعلنت مسؤوليتها عن»): only
   * a perpetrator does, so whoever says them is a party to the story.
   */
  responsibilityClaims: PhrasesByLanguage,
  /** Words that negate a claim of responsibility before it ("No group claimed…", «لم تعلن»). */
  negations: PhrasesByLanguage,
  /** Words saying the text confirms a claim independently ("independently verified"). */
  corroborations: PhrasesByLanguage,
  /**
   * Unconfirmed-report cues that introduce their own content ("There were reports that…",
   * «وردت أنباء عن…»): the claim they open is the unconfirmed one, never a claim before them.
   */
  reportOpeners: PhrasesByLanguage,
  /** A statement's cue saying a party confirms what others report ("confirmed"): not its claim. */
  confirmations: PhrasesByLanguage,
  /**
   * A cue that confirms what it takes as a noun object and asserts what it takes as a clause
   * («أكد حصيلة القتلى», the governor confirmed the toll; «أكد أن…», he asserted that…).
   */
  confirmingVerbs: PhrasesByLanguage,
  /** Words that open a reported clause ("that", «أن»): after a confirming verb, an assertion. */
  complementisers: PhrasesByLanguage,
  /**
   * Words opening an adjunct that dates or explains an announcement («في أعقاب», «بعد»): after a
   * statement reported as a noun phrase («أعلن الجيش تعزيز انتشاره، في أعقاب القصف…»), what
   * follows is the writer's context, not what the speaker says.
   */
  adjuncts: PhrasesByLanguage,
  /** Role nouns of speakers left unnamed ("a senior official", «مسؤول في الوزارة»). */
  unnamedRoles: PhrasesByLanguage,
  /** Words opening an indefinite speaker ("a", "two"): with a role and no name, it is unnamed. */
  indefiniteOpeners: PhrasesByLanguage,
  /** Phrases that only refer back to claims already made ("these accusations"). */
  backReferencesToClaims: PhrasesByLanguage,
  /**
   * Words referring back to one claim ("that statement", «هذا الادعاء»): a disclaimer holding
   * them qualifies the last statement before it, not every one in its reach.
   */
  singleClaimReferences: PhrasesByLanguage,
  /** Phrases holding a cue word that make no claim ("claimed responsibility", «مصدر قلق»). */
  neutralPhrases: PhrasesByLanguage,
  /** Words that open a new clause after a comma ("while", «في حين»). */
  clauseOpeners: PhrasesByLanguage,
  /** Words that set two versions against each other ("whereas", «في حين»). */
  contrasts: PhrasesByLanguage,
  /** Nouns counted in conflicting figures ("dead", «قتيل»). */
  countNouns: PhrasesByLanguage,
  /** Numbers written as words ("eighty", «الثمانين»). */
  numberWords: PhrasesByLanguage,
});
export type Lexicons = z.infer<typeof LexiconsSchema>;

const NamedByLanguage = z.record(z.string(), Localized);

export const RulesetSchema = z
  .object({
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "a version such as 1.0.0")),
    updated: z.iso.date("a date such as 2026-11-25"),
    countries: NamedByLanguage,
    /** Display names of armed groups, keyed by the <group> of "armed-group:<group>". */
    groups: NamedByLanguage,
    sources: z.array(SourceEntrySchema).check(z.maxLength(LIMITS.maxSources)),
    descriptors: z.array(DescriptorSchema).check(z.maxLength(LIMITS.maxPhrasesPerList)),
    /** The gazetteer: every country, by its names, adjectives and capitals. */
    places: z.array(PlaceSchema).check(z.maxLength(LIMITS.maxSources)),
    /** Role words: what a title or a body's name says about its holder's side. */
    roles: z.array(RoleSchema).check(z.maxLength(LIMITS.maxPhrasesPerList)),
    lexicons: LexiconsSchema,
  })
  .check(
    z.superRefine((r, ctx) => {
      const seen = new Set<string>();
      r.sources.forEach((s, i) => {
        if (seen.has(s.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["sources", i, "id"],
            message: `duplicate id ${s.id}`,
          });
        }
        seen.add(s.id);
        checkAlignment(r, s, ["sources", i], ctx);
      });
      r.descriptors.forEach((d, i) => {
        checkAlignment(r, d, ["descriptors", i], ctx);
      });
      r.places.forEach((p, i) => {
        checkAlignment(r, { alignment: "government", country: p.country }, ["places", i], ctx);
      });
    }),
  );
export type Ruleset = z.infer<typeof RulesetSchema>;

type Labelled = Pick<Ruleset, "countries" | "groups">;

/** State media belong to a state; a government may be an alliance of states (NATO, the EU). */
const NEEDS_COUNTRY = new Set(["state-media"]);

function checkAlignment(
  r: Labelled,
  item: { alignment: string; country?: string | undefined },
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const group = item.alignment.startsWith("armed-group:") ? item.alignment.slice(12) : null;
  if (group !== null && !r.groups[group]) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "alignment"],
      message: `armed group "${group}" listed under groups`,
    });
  }
  if (item.country !== undefined && !r.countries[item.country]) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "country"],
      message: `country ${item.country} listed under countries`,
    });
  }
  if (NEEDS_COUNTRY.has(item.alignment) && item.country === undefined && path[0] === "sources") {
    ctx.addIssue({
      code: "custom",
      path: [...path, "country"],
      message: `a country for alignment ${item.alignment}`,
    });
  }
}

const SomePhrases = fewLanguages(z.record(z.string(), PhraseList));

/** Lexicon additions: any list, any language, any reason. */
export const CustomLexiconsSchema = z.strictObject({
  references: z.optional(SomePhrases),
  accountNouns: z.optional(SomePhrases),
  formerMarkers: z.optional(SomePhrases),
  cues: z.optional(z.partialRecord(CueReasonSchema, SomePhrases)),
  claimTypes: z.optional(z.partialRecord(ClaimTypeSchema, SomePhrases)),
  purposes: z.optional(SomePhrases),
  admissions: z.optional(SomePhrases),
  corroborations: z.optional(SomePhrases),
  reportOpeners: z.optional(SomePhrases),
  stateForces: z.optional(SomePhrases),
  irregularForces: z.optional(SomePhrases),
  successes: z.optional(SomePhrases),
  partyWords: z.optional(SomePhrases),
  responsibilityClaims: z.optional(SomePhrases),
  negations: z.optional(SomePhrases),
  confirmations: z.optional(SomePhrases),
  confirmingVerbs: z.optional(SomePhrases),
  complementisers: z.optional(SomePhrases),
  adjuncts: z.optional(SomePhrases),
  unnamedRoles: z.optional(SomePhrases),
  indefiniteOpeners: z.optional(SomePhrases),
  backReferencesToClaims: z.optional(SomePhrases),
  singleClaimReferences: z.optional(SomePhrases),
  neutralPhrases: z.optional(SomePhrases),
  clauseOpeners: z.optional(SomePhrases),
  contrasts: z.optional(SomePhrases),
  countNouns: z.optional(SomePhrases),
  numberWords: z.optional(SomePhrases),
});
export type CustomLexicons = z.infer<typeof CustomLexiconsSchema>;

const CustomRulesetObject = z.strictObject({
  version: z.optional(z.string()),
  updated: z.optional(z.string()),
  countries: z.optional(NamedByLanguage),
  groups: z.optional(NamedByLanguage),
  sources: z.optional(z.array(SourceEntrySchema).check(z.maxLength(LIMITS.maxSources))),
  descriptors: z.optional(z.array(DescriptorSchema).check(z.maxLength(LIMITS.maxPhrasesPerList))),
  places: z.optional(z.array(PlaceSchema).check(z.maxLength(LIMITS.maxSources))),
  roles: z.optional(z.array(RoleSchema).check(z.maxLength(LIMITS.maxPhrasesPerList))),
  lexicons: z.optional(CustomLexiconsSchema),
});

/**
 * A user's ruleset: every part optional; it adds to the bundled one and replaces bundled
 * sources with the same id. Unknown keys are refused so a misspelt section is not ignored. It is
 * bounded by its phrases, not only by its size, so that compiling it stays bounded too.
 */
export const CustomRulesetSchema = CustomRulesetObject.check(
  z.superRefine((r, ctx) => {
    const over = phraseOverLimit(r);
    if (over) {
      ctx.addIssue({
        code: "custom",
        path: over,
        message: `at most ${LIMITS.maxPhrases} phrases in all (names, descriptors, lexicons)`,
      });
    }
  }),
);
export type CustomRuleset = z.infer<typeof CustomRulesetSchema>;

type Path = (string | number)[];

/** Every list of phrases of a custom ruleset, with its path. */
function phraseLists(r: z.infer<typeof CustomRulesetObject>): [Path, readonly unknown[]][] {
  const out: [Path, readonly unknown[]][] = [];
  const byLanguage = (path: Path, lists: Record<string, readonly string[]> | undefined) => {
    for (const [lang, list] of Object.entries(lists ?? {})) out.push([[...path, lang], list]);
  };
  (r.sources ?? []).forEach((s, i) => {
    byLanguage(["sources", i, "names"], s.names);
  });
  out.push([["descriptors"], r.descriptors ?? []]);
  (r.places ?? []).forEach((place, i) => {
    for (const form of ["names", "adjectives", "capitals"] as const) {
      byLanguage(["places", i, form], place[form]);
    }
  });
  out.push([["roles"], r.roles ?? []]);
  const { cues, claimTypes, ...lists } = r.lexicons ?? {};
  for (const [reason, byLang] of Object.entries(cues ?? {})) {
    byLanguage(["lexicons", "cues", reason], byLang);
  }
  for (const [type, byLang] of Object.entries(claimTypes ?? {})) {
    byLanguage(["lexicons", "claimTypes", type], byLang);
  }
  for (const [list, byLang] of Object.entries(lists)) byLanguage(["lexicons", list], byLang);
  return out;
}

/** The path of the first phrase past LIMITS.maxPhrases, if any. */
function phraseOverLimit(r: z.infer<typeof CustomRulesetObject>): Path | null {
  let count = 0;
  for (const [path, list] of phraseLists(r)) {
    if (count + list.length > LIMITS.maxPhrases) return [...path, LIMITS.maxPhrases - count];
    count += list.length;
  }
  return null;
}
