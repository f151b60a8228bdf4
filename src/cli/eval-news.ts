/**
 * News detection on the hand-labelled saved pages of test/fixtures/pages: one row per tuning page
 * (label, prediction, score, reasons), then accuracy on the tuning part, on the held part and per
 * class. Held pages are summed only, so tuning never looks at them; --show-held lists them too.
 *
 *   npx tsx src/cli/eval-news.ts [--show-held] [pages-dir]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  classify,
  labelledPages,
  type PageResult,
  readLabels,
  score,
  scoreLines,
} from "./news-labels";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Prints the rows and the figures; returns the lines of the figures for other reports. */
export function evalNews(
  options: { dir?: string; rows?: boolean; showHeld?: boolean } = {},
): string[] {
  const {
    dir = path.join(repoRoot, "test/fixtures/pages"),
    rows = true,
    showHeld = false,
  } = options;
  const pages = labelledPages(readLabels(dir));
  const seed = path.resolve(dir, "../seed/article.html");
  if (existsSync(seed)) pages.push({ name: "../seed/article", isNews: true, held: false });
  const results = pages.map((p) => classify(dir, p));
  const tag = (isNews: boolean) => (isNews ? "news" : "not news");
  const row = (r: PageResult) => {
    const mark = r.verdict.isNews === r.isNews ? " " : "✗";
    const reasons = r.verdict.reasons.map((x) => `${x.code} ${x.weight > 0 ? "+" : ""}${x.weight}`);
    return `${mark}${path.basename(r.name).padEnd(26)} ${tag(r.isNews).padEnd(9)} ${tag(r.verdict.isNews).padEnd(9)} ${r.verdict.score.toFixed(1).padStart(6)}  ${reasons.join("; ")}`;
  };
  if (rows)
    console.log(
      `${"page".padEnd(27)} ${"label".padEnd(9)} ${"predicted".padEnd(9)} ${"score".padStart(6)}  reasons`,
    );
  if (rows) for (const r of results) if (!r.held || showHeld) console.log(row(r));
  const tuning = results.filter((r) => !r.held);
  const held = results.filter((r) => r.held);
  const lines = [
    `News detection on ${path.relative(process.cwd(), dir) || "."}:`,
    ...scoreLines("tuning part", score(tuning)),
    ...scoreLines("held part (never tuned on)", score(held)),
  ];
  console.log(`${rows ? "\n" : ""}${lines.join("\n")}`);
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--"));
  evalNews({
    ...(dir ? { dir: path.resolve(dir) } : {}),
    showHeld: args.includes("--show-held"),
  });
}
