import { z } from "../core/zod";
import { NewsReasonSchema } from "./news-reason";

/**
 * What news detection decides. Apart from news-detection.ts, which the content script runs: it
 * must not evaluate zod on its way to the marks (see src/content/index.ts).
 */
export const NewsVerdictSchema = z.object({
  isNews: z.boolean(),
  score: z.number(),
  /** Every signal that fired, strongest first. */
  reasons: z.array(NewsReasonSchema),
});
export type NewsVerdict = z.infer<typeof NewsVerdictSchema>;
