import { z } from "../core/zod";

/**
 * The page's findings as the reader exports them (JSON as is, or Markdown). Apart from
 * export-findings.ts, which the content script runs, because the content script evaluates no zod.
 */
export const FindingsExportSchema = z.object({
  url: z.string(),
  title: z.optional(z.string()),
  language: z.enum(["en", "ar"]),
  statements: z.array(
    z.object({
      kind: z.enum(["direct", "indirect", "mixed"]),
      speaker: z.nullable(z.string()),
      /** Whom the speaker's words refer to, when the engine resolved it ("he" → a name). */
      speakerEntity: z.nullable(z.string()),
      source: z.nullable(z.string()),
      label: z.nullable(z.string()),
      cue: z.nullable(z.string()),
      statement: z.string(),
    }),
  ),
  allegations: z.array(
    z.object({
      text: z.string(),
      reasons: z.array(z.string()),
      triggers: z.array(z.string()),
    }),
  ),
});
export type FindingsExport = z.infer<typeof FindingsExportSchema>;
