import { LanguageSchema } from "./language-code";
import { z } from "./zod";

export { type Language, LanguageSchema } from "./language-code";

/** A span of the analysed text: UTF-16 offsets into the original input, end exclusive. */
export const SpanSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

/**
 * A speaker's side in the story. `armed-group:<group>` names the group (a key of the ruleset's
 * `groups`); a bare `armed-group` is one the text does not name ("militants"). A
 * `public-broadcaster` is editorially independent public service media (the BBC, DW, NHK), not
 * state media.
 */
export const AlignmentSchema = z
  .string()
  .check(
    z.regex(
      /^(state-media|public-broadcaster|government|pro-government|opposition|armed-group(:[a-z0-9-]+)?|independent|wire-service|monitor|unknown)$/,
      "alignment from the taxonomy",
    ),
  );
export type Alignment = z.infer<typeof AlignmentSchema>;

export const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code"));

/**
 * Where a label comes from. `ruleset`: an entry of the ruleset (its id, description and
 * reference). `text`: the words of the analysed text it was read from ("Syria's state news
 * agency"), as a span of the input.
 */
export const EvidenceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ruleset"),
    id: z.string(),
    description: z.string(),
    reference: z.url(),
  }),
  z.extend(SpanSchema, { kind: z.literal("text") }),
]);
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A speaker's label. `matchedBy`: `entity` a ruleset source named in the speaker, `descriptor` a
 * ruleset phrase stating a side ("state-run"), `text` the text's own words read with the
 * gazetteer and role lexicons ("Israeli Prime Minister"), `reference` reached through the
 * speaker's mention chain ("he", "the agency"). `evidence` is what the card shows for it.
 */
export const SourceRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  alignment: AlignmentSchema,
  country: z.optional(CountryCodeSchema),
  label: z.string(),
  matchedBy: z.enum(["entity", "descriptor", "text", "reference"]),
  evidence: EvidenceSchema,
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * The speaker's words in this statement. `carried`: taken over from the statement before (no
 * subject of its own). `dropped`: the subject is not written (Arabic «وأضاف»): the span is the
 * cue word itself, and the mention chain links it to the speaker named before.
 */
export const SpeakerSchema = z.extend(SpanSchema, {
  carried: z.optional(z.boolean()),
  dropped: z.optional(z.boolean()),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * Who speaks: the entity the speaker's mention chain ends at. `name` is its fullest mention in the
 * text ("Faisal Mekdad, Syria's foreign minister"), `mention` that mention's span; `via` says how
 * the statement's own speaker reaches it (`self` when the speaker is that mention).
 */
export const EntitySchema = z.object({
  name: z.string(),
  mention: SpanSchema,
  via: z.enum(["self", "pronoun", "name", "description", "dropped-subject", "carried"]),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * Why a quote carries no label: `no-speaker` (nobody is named), `no-signal` (neither the ruleset
 * nor the text says whose side the speaker is on), `former` (a tie the speaker has left).
 */
export const NoLabelSchema = z.enum(["no-speaker", "no-signal", "former"]);
export type NoLabel = z.infer<typeof NoLabelSchema>;

export const QuoteSchema = z.extend(SpanSchema, {
  kind: z.enum(["direct", "indirect", "mixed"]),
  speaker: z.nullable(SpeakerSchema),
  cue: z.nullable(SpanSchema),
  /** The speaker's entity (set by enrich(); null before it, and when there is no speaker). */
  entity: z.nullable(EntitySchema),
  /** The speaker's label: the one that wins by precedence (see source-labels.ts). */
  source: z.nullable(SourceRefSchema),
  /** Every source the speaker names, the winning one first ("Russia and Syria said"). */
  sources: z.optional(z.array(SourceRefSchema)),
  /** Set by enrich() exactly when `source` is null: why there is no label. */
  noLabel: z.optional(NoLabelSchema),
  language: z.enum(["en", "ar"]),
  /**
   * Set on the later parts of one statement (a quote split by its attribution, the quoted
   * sentences that follow it): the start of the statement's first part.
   */
  partOf: z.optional(z.int().check(z.nonnegative())),
});
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * Why a passage is flagged as an unverified allegation:
 * - party-claim: a factual claim about contested events (see ClaimTypeSchema) by a party to the
 *   story, which the text does not confirm independently;
 * - accusation: an accusation (collusion, a staged event, blame);
 * - denial: a party denies;
 * - hedge: the text itself is not sure (allegedly, reportedly, «يُزعم»);
 * - unconfirmed: the text says it could not be verified, or reports an unconfirmed report;
 * - unconfirmed-report: a toll that rests on a casualty monitor's count (SOHR-type), which the
 *   text does not confirm;
 * - anonymous-source, social-media: it rests on an unnamed source or on social media;
 * - contested: the sides give conflicting versions or figures;
 * - characterisation: an unattributed characterisation ("widely seen as").
 */
const REASONS = [
  "party-claim",
  "accusation",
  "denial",
  "hedge",
  "unconfirmed",
  "unconfirmed-report",
  "anonymous-source",
  "social-media",
  "contested",
  "characterisation",
] as const;
export const ReasonSchema = z.enum(REASONS);
export type Reason = z.infer<typeof ReasonSchema>;

/**
 * Reasons given by cue words of their own (a party's claim and a monitor's toll are given by the
 * claim types and the speaker's side instead).
 */
const BY_SPEAKER = ["party-claim", "unconfirmed-report"] as const;
export const CueReasonSchema = z.enum(
  REASONS.filter(
    (r): r is Exclude<(typeof REASONS)[number], (typeof BY_SPEAKER)[number]> =>
      !(BY_SPEAKER as readonly string[]).includes(r),
  ),
);
export type CueReason = z.infer<typeof CueReasonSchema>;

/** What a party's claim is about (the claim-type lexicons, ruleset lexicons.claimTypes). */
export const ClaimTypeSchema = z.enum([
  "casualties",
  "attack",
  "territory",
  "blame",
  "denial",
  "intention",
]);
export type ClaimType = z.infer<typeof ClaimTypeSchema>;

/** A word or phrase that triggered an allegation, with the reason it gives. */
export const AllegationCueSchema = z.extend(SpanSchema, {
  reason: ReasonSchema,
  /** For party claims and denials: the kind of claim the words make. */
  claimType: z.optional(ClaimTypeSchema),
});
export type AllegationCue = z.infer<typeof AllegationCueSchema>;

/** Who makes an allegation: the speaker of the statement it rests on, as the source model has it. */
export const ClaimantSchema = z.object({
  /** The speaker as the statement gives it (a span of the text). */
  speaker: SpeakerSchema,
  /** The entity the speaker resolves to ("he" -> "Faisal Mekdad, Syria's foreign minister"). */
  entity: z.nullable(EntitySchema),
  /** The speaker's source and label ("Government (Russia)"), when the source model has one. */
  source: z.nullable(SourceRefSchema),
  /** Whether that source is a party to the story: government, pro-government, opposition, state media, armed group. */
  party: z.boolean(),
  /**
   * When no label says whose side the speaker is on: the speaker's own words (or its entity's
   * mention's) that name a side in the fighting ("rebels", «المقاومة»), or its claim of an attack
   * ("claimed responsibility", «أعلنت مسؤوليتها عن»), which make it a party.
   */
  sideWords: z.optional(SpanSchema),
});
export type Claimant = z.infer<typeof ClaimantSchema>;

/** Against whom an allegation is made, when the text says so ("accused Russia of", «اتهم الحوثيين»). */
export const TargetSchema = z.extend(SpanSchema, { source: z.nullable(SourceRefSchema) });
export type Target = z.infer<typeof TargetSchema>;

/**
 * An unverified allegation. The span is the claim itself (a statement's content or a clause);
 * `cues` are the words that triggered it, each with its reason: most lie inside the span, but a
 * verification disclaimer may stand in the next sentence ("The figures could not be
 * independently verified."). Where the allegation rests on a statement, `statement` is that
 * statement's span (the start and end of a quote in Analysis.quotes), so that one card can show
 * both findings at that point.
 */
export const AllegationSchema = z.extend(SpanSchema, {
  reasons: z.array(ReasonSchema).check(z.minLength(1)),
  cues: z.array(AllegationCueSchema),
  /** Kinds of claim made, for party claims and denials; empty otherwise. */
  claimTypes: z.array(ClaimTypeSchema),
  by: z.nullable(ClaimantSchema),
  against: z.nullable(TargetSchema),
  statement: z.nullable(
    z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }),
  ),
});
export type Allegation = z.infer<typeof AllegationSchema>;

/**
 * A source of the page, once, with every mention. Ruleset sources have a `description` and a
 * `reference`; sources labelled from the text's own words have neither, and their `evidence`
 * quotes those words.
 */
export const PageSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  alignment: AlignmentSchema,
  country: z.optional(CountryCodeSchema),
  label: z.string(),
  description: z.optional(z.string()),
  reference: z.optional(z.url()),
  evidence: EvidenceSchema,
  mentions: z.array(SpanSchema),
});
export type PageSource = z.infer<typeof PageSourceSchema>;

export const AnalysisSchema = z.object({
  language: LanguageSchema,
  /**
   * The language most of the text is in when the engine does not analyse it (BCP 47: "fr"); its
   * paragraphs get no findings, so the UI can say the article is not analysed yet.
   */
  unsupportedLanguage: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/))),
  quotes: z.array(QuoteSchema),
  allegations: z.array(AllegationSchema),
  sources: z.array(PageSourceSchema),
  /** The page's publisher matched against the ruleset, when options.publisher was given. */
  publisher: z.optional(z.nullable(PageSourceSchema)),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const AnalyzeOptionsSchema = z.object({
  lang: z._default(z.enum(["auto", "en", "ar"]), "auto"),
  /** The page's publisher (og:site_name, JSON-LD publisher or domain), when known. */
  publisher: z.optional(z.string()),
});
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
