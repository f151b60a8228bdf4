import { z } from "../core/zod";

/** One signal of the news verdict, as the popup lists it. */
export const NewsReasonSchema = z.object({
  /** Stable identifier of the signal, e.g. "schema-newsarticle"; names its UI string too. */
  code: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  /** Short English phrase (the CLI's; the popup uses the localised string of the code). */
  text: z.string(),
  /** Contribution to the score; negative signals count against news. */
  weight: z.number(),
  /** Whether the signal counts for or against the page being news. */
  polarity: z.enum(["for", "against"]),
  /** The part of the phrase taken from the page (a schema.org type, an Open Graph type). */
  detail: z.optional(z.string()),
});
export type NewsReason = z.infer<typeof NewsReasonSchema>;

/** The _locales key of a reason's phrase: "schema-newsarticle" -> "newsReason_schema_newsarticle". */
export function reasonMessageKey(code: string): string {
  return `newsReason_${code.replace(/-/g, "_")}`;
}
