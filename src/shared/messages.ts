import { z } from "zod";
import { PageSourceSchema } from "../core/types";
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
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Messages the background accepts. */
export const BackgroundMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-tab-state"), tabId: z.number().int() }),
  z.object({ type: z.literal("findings"), count: z.number().int().nonnegative() }),
  z.object({ type: z.literal("e2e-open"), page: z.enum(["popup", "options"]) }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
