import { z } from "zod";
import { type Allegation, type Reason, ReasonSchema } from "../core/types";

export const AllegationSetSchema = z.object({
  about: z.string(),
  items: z.array(
    z.object({
      text: z.string().min(1),
      allegation: z.boolean(),
      reasons: z.array(ReasonSchema),
      /** "heldout": written after the lexicon was settled and never used to change it. */
      split: z.literal("heldout").optional(),
    }),
  ),
});
export type AllegationSet = z.infer<typeof AllegationSetSchema>;

export interface AllegationScore {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per reason: of the items labelled with it, how many were found with that reason. */
  reasons: Record<Reason, { labelled: number; found: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Sentence-level scores: an item counts as flagged when any allegation is found in it. */
export function scoreAllegationSet(
  set: AllegationSet,
  detect: (text: string) => readonly Allegation[],
): AllegationScore {
  const reasons = Object.fromEntries(
    ReasonSchema.options.map((r) => [r, { labelled: 0, found: 0 }]),
  ) as AllegationScore["reasons"];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const item of set.items) {
    const found = detect(item.text);
    const flagged = found.length > 0;
    if (item.allegation && flagged) tp++;
    else if (item.allegation) fn++;
    else if (flagged) fp++;
    else tn++;
    const foundReasons = new Set(found.flatMap((a) => a.reasons));
    for (const r of item.reasons) {
      reasons[r].labelled++;
      if (foundReasons.has(r)) reasons[r].found++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    items: set.items.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    reasons,
  };
}
