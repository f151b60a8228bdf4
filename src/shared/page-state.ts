import { z } from "zod";
import { PageSourceSchema } from "../core/types";
import { NewsReasonSchema } from "../page/news-reason";
import { SIDES } from "./sides";

/** One voice of the page: a source, or an unlabelled speaker, with how many statements it makes. */
export const VoiceSchema = z.object({
  /** A ruleset source id, or "speaker:" + the folded name of an unlabelled speaker. */
  id: z.string(),
  name: z.string(),
  label: z.string().nullable(),
  alignment: z.string().nullable(),
  side: z.enum(SIDES),
  statements: z.number().int().nonnegative(),
  reference: z.string().optional(),
});
export type Voice = z.infer<typeof VoiceSchema>;

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
  /** Who speaks on the page, most statements first (see shared/voices.ts). */
  voices: z.array(VoiceSchema).default([]),
  /** Statements by the side of their source, for the "Whose voices" bar. */
  bySide: z.record(z.enum(SIDES), z.number().int().nonnegative()).optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;
