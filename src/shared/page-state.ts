import { PageSourceSchema } from "../core/types";
import { z } from "../core/zod";
import { NewsReasonSchema } from "../page/news-reason";
import { SIDES } from "./sides";

/** One voice of the page: a source, or an unlabelled speaker, with how many statements it makes. */
export const VoiceSchema = z.object({
  /** A ruleset source id, or "speaker:" + the folded name of an unlabelled speaker. */
  id: z.string(),
  name: z.string(),
  label: z.nullable(z.string()),
  alignment: z.nullable(z.string()),
  side: z.enum(SIDES),
  statements: z.int().check(z.nonnegative()),
  reference: z.optional(z.string()),
});
export type Voice = z.infer<typeof VoiceSchema>;

/** What the content script knows about its page; the popup renders it. */
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(["running", "done", "not-news", "off", "gave-up"]),
  message: z.optional(z.string()),
  isNews: z.boolean(),
  /** The news verdict's signals, each counting for or against news (its UI string by its code). */
  news: z.object({ score: z.number(), reasons: z.array(NewsReasonSchema) }),
  counts: z.object({ quotes: z.int(), allegations: z.int() }),
  /** The article's language when the engine does not analyse it (BCP 47), for the status line. */
  unsupportedLanguage: z.optional(z.string()),
  /** The page's publisher matched against the ruleset, when it is known. */
  publisher: z.nullable(PageSourceSchema),
  /** Every source quoted or mentioned in the article, once each. */
  sources: z.array(PageSourceSchema),
  timings: z.record(z.string(), z.number()),
  /** Who speaks on the page, most statements first (see shared/voices.ts). */
  voices: z._default(z.array(VoiceSchema), []),
  /** Statements by the side of their source, for the "Whose voices" bar. */
  bySide: z.optional(z.record(z.enum(SIDES), z.int().check(z.nonnegative()))),
});
export type PageState = z.infer<typeof PageStateSchema>;
