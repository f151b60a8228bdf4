import { z } from "zod";

/** A span of the analysed text: UTF-16 offsets into the original input, end exclusive. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const AlignmentSchema = z
  .string()
  .regex(
    /^(state-media|government|pro-government|opposition|armed-group:[a-z0-9-]+|independent|wire-service|monitor|unknown)$/,
    "alignment from the taxonomy",
  );
export type Alignment = z.infer<typeof AlignmentSchema>;

export const SourceRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  alignment: AlignmentSchema,
  label: z.string(),
  matchedBy: z.enum(["entity", "descriptor", "reference"]),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SpeakerSchema = SpanSchema.extend({ carried: z.boolean().optional() });
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = SpanSchema.extend({
  kind: z.enum(["direct", "indirect", "mixed"]),
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
  /** Alignment of the speaker (several when the speaker names several sources). */
  source: SourceRefSchema.nullable(),
  sources: z.array(SourceRefSchema).optional(),
  language: z.enum(["en", "ar"]),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ReasonSchema = z.enum([
  "accusation",
  "hedge",
  "unconfirmed",
  "anonymous-source",
  "social-media",
  "contested",
]);
export type Reason = z.infer<typeof ReasonSchema>;

export const AllegationSchema = SpanSchema.extend({
  reasons: z.array(ReasonSchema).min(1),
  cues: z.array(SpanSchema),
});
export type Allegation = z.infer<typeof AllegationSchema>;

export const PageSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  alignment: AlignmentSchema,
  label: z.string(),
  description: z.string(),
  reference: z.string().url(),
  mentions: z.array(SpanSchema),
});
export type PageSource = z.infer<typeof PageSourceSchema>;

export const LanguageSchema = z.enum(["en", "ar"]);
export type Language = z.infer<typeof LanguageSchema>;

export const AnalysisSchema = z.object({
  language: LanguageSchema,
  quotes: z.array(QuoteSchema),
  allegations: z.array(AllegationSchema),
  sources: z.array(PageSourceSchema),
  /** The page's publisher matched against the ruleset, when options.publisher was given. */
  publisher: PageSourceSchema.nullable().optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const AnalyzeOptionsSchema = z.object({
  lang: z.enum(["auto", "en", "ar"]).default("auto"),
  /** The page's publisher (og:site_name, JSON-LD publisher or domain), when known. */
  publisher: z.string().optional(),
});
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
