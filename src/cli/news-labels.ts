/**
 * The hand-labelled saved pages of test/fixtures/pages (labels.json) and how news detection scores
 * on them: accuracy on the tuning part and on the held part, per class.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { detectNews, type NewsVerdict } from "../page/news-detection";
import { parseHtml } from "../page/node-dom";

const OriginSchema = z.union([
  z.object({
    repo: z.string(),
    path: z.string(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    copiedFrom: z.string().optional(),
  }),
  z.object({ package: z.string(), path: z.string() }),
]);

export const NewsLabelsSchema = z
  .object({
    about: z.string(),
    /** Pages never tuned on: their accuracy is the figure reported for unseen pages. */
    held: z.array(z.string()),
    news: z.array(z.string()),
    notNews: z.array(z.string()),
    pages: z.record(z.string(), z.object({ origin: OriginSchema, reason: z.string() })),
  })
  .superRefine((labels, ctx) => {
    const all = [...labels.news, ...labels.notNews];
    const seen = new Set<string>();
    for (const name of all) {
      if (seen.has(name)) ctx.addIssue({ code: "custom", message: `${name} is labelled twice` });
      seen.add(name);
      if (!labels.pages[name])
        ctx.addIssue({ code: "custom", path: ["pages"], message: `${name} has no origin` });
    }
    for (const name of labels.held)
      if (!seen.has(name))
        ctx.addIssue({ code: "custom", path: ["held"], message: `${name} has no label` });
  });
export type NewsLabels = z.infer<typeof NewsLabelsSchema>;

export interface LabelledPage {
  name: string;
  isNews: boolean;
  held: boolean;
}

export function readLabels(dir: string): NewsLabels {
  const file = path.join(dir, "labels.json");
  const parsed = NewsLabelsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function labelledPages(labels: NewsLabels): LabelledPage[] {
  const held = new Set(labels.held);
  return [
    ...labels.news.map((name) => ({ name, isNews: true, held: held.has(name) })),
    ...labels.notNews.map((name) => ({ name, isNews: false, held: held.has(name) })),
  ];
}

export interface PageResult extends LabelledPage {
  verdict: NewsVerdict;
}

export function classify(dir: string, page: LabelledPage): PageResult {
  const doc = parseHtml(readFileSync(path.join(dir, `${page.name}.html`), "utf8"));
  return { ...page, verdict: detectNews(doc) };
}

export interface Score {
  right: number;
  total: number;
}

export interface PartScore {
  all: Score;
  news: Score;
  notNews: Score;
}

export function score(results: readonly PageResult[]): PartScore {
  const tally = (rows: readonly PageResult[]): Score => ({
    right: rows.filter((r) => r.verdict.isNews === r.isNews).length,
    total: rows.length,
  });
  return {
    all: tally(results),
    news: tally(results.filter((r) => r.isNews)),
    notNews: tally(results.filter((r) => !r.isNews)),
  };
}

const pct = (s: Score) => (s.total ? `${((100 * s.right) / s.total).toFixed(1)}%` : "-");

/** "54/56 (96.4%)", per part and class. */
export function scoreLines(name: string, s: PartScore): string[] {
  const line = (label: string, x: Score) =>
    `  ${label.padEnd(9)} ${`${x.right}/${x.total}`.padStart(7)}  ${pct(x).padStart(6)}`;
  return [`${name}:`, line("all", s.all), line("news", s.news), line("not news", s.notNews)];
}
