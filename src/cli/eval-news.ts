/**
 * Prints how news detection classifies the hand-labelled saved pages: one row per page with label,
 * prediction, score and reasons, then the accuracy. Uses ../shared/fixtures/pages when present,
 * else the repo's copy in test/fixtures/pages.
 *
 *   npx tsx src/cli/eval-news.ts [pages-dir]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectNews } from "../page/news-detection";
import { parseHtml } from "../page/node-dom";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sharedPages = path.resolve(repoRoot, "../shared/fixtures/pages");
const repoPages = path.resolve(repoRoot, "test/fixtures/pages");

function pagesDir(): string {
  const given = process.argv[2];
  if (given) return path.resolve(given);
  if (existsSync(path.join(sharedPages, "labels.json"))) return sharedPages;
  console.warn(`Shared data not found at ${sharedPages}; using ${repoPages}.`);
  return repoPages;
}

interface Labels {
  news: string[];
  notNews: string[];
}

const dir = pagesDir();
const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")) as Labels;
const rows: [string, boolean][] = [
  ...labels.news.map((name): [string, boolean] => [name, true]),
  ...labels.notNews.map((name): [string, boolean] => [name, false]),
];

const seed = path.resolve(dir, "../seed/article.html");
const cases = existsSync(seed) ? [...rows, ["../seed/article", true] as [string, boolean]] : rows;

const tag = (isNews: boolean) => (isNews ? "news" : "not news");
let right = 0;
console.log(
  `${"page".padEnd(20)} ${"label".padEnd(9)} ${"predicted".padEnd(9)} ${"score".padStart(6)}  ms  reasons`,
);
for (const [name, isNews] of cases) {
  const doc = parseHtml(readFileSync(path.join(dir, `${name}.html`), "utf8"));
  const started = performance.now();
  const verdict = detectNews(doc);
  const ms = performance.now() - started;
  if (verdict.isNews === isNews) right++;
  const mark = verdict.isNews === isNews ? " " : "✗";
  const reasons = verdict.reasons.map((r) => `${r.text} (${r.weight > 0 ? "+" : ""}${r.weight})`);
  console.log(
    `${mark}${path.basename(name).padEnd(19)} ${tag(isNews).padEnd(9)} ${tag(verdict.isNews).padEnd(9)} ${verdict.score.toFixed(1).padStart(6)} ${ms.toFixed(0).padStart(3)}  ${reasons.join("; ")}`,
  );
}
const share = ((100 * right) / cases.length).toFixed(1);
console.log(`\naccuracy: ${right}/${cases.length} (${share}%) on ${dir}`);
