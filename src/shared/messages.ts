import { LanguageSchema } from "../core/language-code";
import type { Allegation, PageSource, Quote } from "../core/types";
import { z } from "../core/zod";
import { MAX_ENGINE_CHARS, MAX_FINDINGS, MAX_PUBLISHER_CHARS } from "./message-bounds";

/**
 * What the content script knows about its page, which the popup renders: its schema is in
 * page-state.ts, apart, because it builds the schemas of every finding and source (core/types),
 * which the content script itself never evaluates.
 */
export type { PageState } from "./page-state";

/** Messages the content script accepts. */
export const ContentMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-state") }),
  z.object({ type: z.literal("analyse-anyway") }),
  z.object({ type: z.literal("step"), direction: z.enum(["next", "previous"]) }),
  /** Scroll to one voice's next or previous statement, flash it and show its card. */
  z.object({
    type: z.literal("step-voice"),
    id: z.string(),
    direction: z.enum(["next", "previous"]),
  }),
  /** The page's findings, for export. */
  z.object({ type: z.literal("get-findings") }),
  /** The background compiled a new custom ruleset (or dropped it): analyse again with it. */
  z.object({ type: z.literal("ruleset-changed") }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

export { MAX_ENGINE_CHARS, MAX_FINDINGS, MAX_PUBLISHER_CHARS } from "./message-bounds";

/** The content script asks the background to analyse its article's text. */
export const AnalyseRequestSchema = z.object({
  type: z.literal("analyse"),
  text: z.string().check(z.maxLength(MAX_ENGINE_CHARS)),
  publisher: z.optional(z.string().check(z.maxLength(MAX_PUBLISHER_CHARS))),
  labelLanguage: LanguageSchema,
});
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

/** A list of findings the background has already checked against its schema (see below). */
const checked = <T>() => z.array(z.custom<T>()).check(z.maxLength(MAX_FINDINGS));

/**
 * The background's answer, checked by the background before it sends it: the findings against
 * their schemas in core/types (AnalysisSchema), the whole against this one with its bounds. The
 * content script does not evaluate zod on its way to the marks: evaluating zod and building
 * schemas is, on a slow machine, a task of over 50 ms on the page's thread (see index.ts).
 */
export const AnalyseReplySchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    analysis: z.object({
      language: LanguageSchema,
      unsupportedLanguage: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/))),
      quotes: checked<Quote>(),
      allegations: checked<Allegation>(),
      sources: checked<PageSource>(),
      publisher: z.optional(z.nullable(z.custom<PageSource>())),
    }),
    /** Time spent in the engine, in the background. */
    engineMs: z.number().check(z.nonnegative()),
  }),
  z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(2000)) }),
]);
export type AnalyseReply = z.infer<typeof AnalyseReplySchema>;

/** "This label is wrong" on a card: the source (by ruleset id when it has one) to correct. */
export const LabelCorrectionSchema = z.object({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  alignment: z.optional(z.string()),
});
export type LabelCorrection = z.infer<typeof LabelCorrectionSchema>;

/** Messages the background accepts. */
export const BackgroundMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-tab-state"), tabId: z.int() }),
  z.object({ type: z.literal("findings"), count: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal("e2e-open"), page: z.enum(["popup", "options"]) }),
  AnalyseRequestSchema,
  /** The settings, as the background reads and validates them (the content script's way). */
  z.object({ type: z.literal("get-settings") }),
  /** Test build only: the background stops answering analyses (`true`), or answers again. */
  z.object({ type: z.literal("e2e-offline"), offline: z.boolean() }),
  /** Opens the options page with a custom-ruleset override prefilled for this source. */
  z.object({ type: z.literal("correct-label"), correction: LabelCorrectionSchema }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
