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
  /** The article's language when the engine does not analyse it (BCP 47), for the status line. */
  unsupportedLanguage: z.string().optional(),
  /** The page's publisher matched against the ruleset, when it is known. */
  publisher: PageSourceSchema.nullable(),
  /** Every source quoted or mentioned in the article, once each. */
  sources: z.array(PageSourceSchema),
  timings: z.record(z.string(), z.number()),
});
export type PageState = z.infer<typeof PageStateSchema>;
