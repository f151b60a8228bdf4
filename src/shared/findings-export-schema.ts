import { z } from "zod";

/**
 * The page's findings as the reader exports them (JSON as is, or Markdown). Apart from
 * export-findings.ts, which the content script runs, because the content script evaluates no zod.
 */
export const FindingsExportSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  language: z.enum(["en", "ar"]),
  statements: z.array(
    z.object({
      kind: z.enum(["direct", "indirect", "mixed"]),
      speaker: z.string().nullable(),
      /** Whom the speaker's words refer to, when the engine resolved it ("he" → a name). */
      speakerEntity: z.string().nullable(),
      source: z.string().nullable(),
      label: z.string().nullable(),
      cue: z.string().nullable(),
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
