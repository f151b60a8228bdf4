import { z } from "zod";
import { LanguageSchema, PageSourceSchema } from "../core/types";
import { NewsReasonSchema } from "../page/news-reason";

/** What the content script knows about its page; the popup renders it. */
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(["running", "done", "not-news", "off", "gave-up"]),
  message: z.string().optional(),
  isNews: z.boolean(),
  /** The news verdict's signals, each counting for or against news (its UI string by its code). */
  news: z.object({ score: z.number(), reasons: z.array(NewsReasonSchema) }),
  counts: z.object({ quotes: z.number().int(), allegations: z.number().int() }),
  /** The article's language when the engine does not analyse it (BCP 47), for the status line. */
  unsupportedLanguage: z.string().optional(),
  /** The page's publisher matched against the ruleset, when it is known. */
  publisher: PageSourceSchema.nullable(),
  /** Every source quoted or mentioned in the article, once each. */
  sources: z.array(PageSourceSchema),
  timings: z.record(z.string(), z.number()),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Messages the content script accepts. */
export const ContentMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-state") }),
  z.object({ type: z.literal("analyse-anyway") }),
  z.object({ type: z.literal("step"), direction: z.enum(["next", "previous"]) }),
  /** Scroll to a source's first mention and flash it. */
  z.object({ type: z.literal("reveal-source"), id: z.string() }),
  /** The background compiled a new custom ruleset (or dropped it): analyse again with it. */
  z.object({ type: z.literal("ruleset-changed") }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * The longest article text the content script sends the engine. The engine reads 1.7 M
 * characters a second on the slowest machine measured (issue 15: three to four times slower than
 * the one the budgets were set on), so a million characters takes about 0.6 s, and under three
 * seconds even on text five times harder than news or on a machine five times slower again. A
 * longer text is given up with a message, never sent.
 */
export const MAX_ENGINE_CHARS = 1_000_000;
/** A publisher name is a short string; a page may say anything, so it is cut to this length. */
export const MAX_PUBLISHER_CHARS = 300;

/** The content script asks the background to analyse its article's text. */
export const AnalyseRequestSchema = z.object({
  type: z.literal("analyse"),
  text: z.string().max(MAX_ENGINE_CHARS),
  publisher: z.string().max(MAX_PUBLISHER_CHARS).optional(),
  labelLanguage: LanguageSchema,
});
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

/**
 * At most this many quotes, allegations or sources in one reply: the output of the engine is
 * linear in its input, and a million characters of dense reporting holds some thousands.
 */
export const MAX_FINDINGS = 50_000;
const Bounded = z.array(z.unknown()).max(MAX_FINDINGS);

/**
 * The background's answer. The findings are checked item by item by the receiver, in time slices
 * on the page (src/content/analysis-reply.ts): here only the envelope and its bounds.
 */
export const AnalyseReplySchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    analysis: z.object({
      language: LanguageSchema,
      unsupportedLanguage: z
        .string()
        .regex(/^[a-z]{2,3}$/)
        .optional(),
      quotes: Bounded,
      allegations: Bounded,
      sources: Bounded,
      publisher: z.unknown().optional(),
    }),
    /** Time spent in the engine, in the background. */
    engineMs: z.number().nonnegative(),
  }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);
export type AnalyseReply = z.infer<typeof AnalyseReplySchema>;

/** Messages the background accepts. */
export const BackgroundMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-tab-state"), tabId: z.number().int() }),
  z.object({ type: z.literal("findings"), count: z.number().int().nonnegative() }),
  z.object({ type: z.literal("e2e-open"), page: z.enum(["popup", "options"]) }),
  AnalyseRequestSchema,
  /** Test build only: the background stops answering analyses (`true`), or answers again. */
  z.object({ type: z.literal("e2e-offline"), offline: z.boolean() }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
