import { z } from "zod";

/** What the content script knows about its page; the popup renders it. */
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(["running", "done", "not-news", "off", "gave-up"]),
  message: z.string().optional(),
  isNews: z.boolean(),
  news: z.object({ score: z.number(), reasons: z.array(z.string()) }),
  counts: z.object({ quotes: z.number().int(), allegations: z.number().int() }),
  timings: z.record(z.string(), z.number()),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Messages the content script accepts. */
export const ContentMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-state") }),
  z.object({ type: z.literal("analyse-anyway") }),
  z.object({ type: z.literal("step"), direction: z.enum(["next", "previous"]) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Messages the background accepts. */
export const BackgroundMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-tab-state"), tabId: z.number().int() }),
  z.object({ type: z.literal("findings"), count: z.number().int().nonnegative() }),
  z.object({ type: z.literal("e2e-open"), page: z.enum(["popup", "options"]) }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
