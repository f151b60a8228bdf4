/**
 * The conflict development set (../shared/data/conflict-dev, format in its README): real
 * conflict reporting in English and Arabic, every attribution annotated with its speaker and the
 * speaker's side, and the allegations.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { sharedRoot } from "./polnear";

const Offset = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const ConflictAttributionSchema = z.object({
  content: z.string(),
  source: z.string().nullable(),
  antecedent: z.string().optional(),
  cue: z.string().nullable(),
  kind: z.enum(["direct", "indirect", "mixed"]),
  alignment: z.string(),
  country: z.string().optional(),
  offsets: z.object({
    content: Offset,
    source: Offset.optional(),
    cue: Offset.optional(),
    antecedent: Offset.optional(),
  }),
});
export type ConflictAttribution = z.infer<typeof ConflictAttributionSchema>;

const Flagged = z.object({ span: z.string(), offset: Offset, why: z.string() });

export const ConflictAnnotationSchema = z.object({
  source: z.string(),
  outlet: z.string(),
  date: z.string(),
  attributions: z.array(ConflictAttributionSchema),
  notQuotations: z.array(z.string()),
  allegations: z.array(Flagged.extend({ by: z.string() })),
  notAllegations: z.array(Flagged),
});
export type ConflictAnnotation = z.infer<typeof ConflictAnnotationSchema>;

export interface ConflictArticle {
  /** File name of the text, as the analyze CLI reports it ("en01_cnn_yemen_2015.txt"). */
  file: string;
  text: string;
  gold: ConflictAnnotation;
}

export const conflictDevDir = (lang: "en" | "ar", root = sharedRoot) =>
  path.join(root, "data/conflict-dev", lang);

/** The articles of one language folder, sorted by name; null when the folder is absent. */
export function loadConflictDev(dir: string): ConflictArticle[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const json = path.join(dir, file.replace(/\.txt$/, ".json"));
      const parsed = ConflictAnnotationSchema.safeParse(JSON.parse(readFileSync(json, "utf8")));
      if (!parsed.success) {
        throw new Error(`${json}: ${z.prettifyError(parsed.error)}`);
      }
      return { file, text: readFileSync(path.join(dir, file), "utf8"), gold: parsed.data };
    });
}
