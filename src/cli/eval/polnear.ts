/** PolNeAR (English political news; section of `npm run eval`). */
import { analyze } from "../../core/analyze";
import { loadPolnear, sharedRoot } from "../polnear";
import { emptyTally, ratios, scoreArticle } from "../score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function evalPolnear(split: "train" | "dev"): void {
  const articles = loadPolnear(split);
  if (!articles) {
    console.log(`PolNeAR ${split}: not found under ${sharedRoot}/data/polnear; skipped.`);
    return;
  }
  const tally = emptyTally();
  for (const article of articles) {
    const { quotes } = analyze(article.text, { lang: "en" });
    scoreArticle(tally, quotes, article.attributions);
  }
  const r = ratios(tally);
  const doubled = articles.filter((a) => a.annotators > 1).length;
  console.log(`PolNeAR ${split}: ${articles.length} articles`);
  console.log(
    `  (${doubled} articles have two annotators: each is scored against its first .ann file alphabetically)`,
  );
  console.log("| measure | value |");
  console.log("|---|---|");
  const rows: [string, string][] = [
    ["gold attributions", String(tally.gold)],
    ["predicted", String(tally.predicted)],
    ["matched (content shares half of the shorter span)", String(tally.matched)],
    ["precision", pct(r.precision)],
    ["recall", pct(r.recall)],
    ["F1", pct(r.f1)],
    ["strict F1 (content Jaccard >= 0.8)", pct(r.strictF1)],
    [
      "speaker (overlaps the gold source)",
      `${pct(r.sourceAccuracy)} (${tally.sourceRight}/${tally.withSource})`,
    ],
    [
      "strict speaker (Jaccard >= 0.5)",
      `${pct(r.strictSource)} (${tally.sourceStrict}/${tally.withSource})`,
    ],
    ["cue (overlaps the gold cue)", `${pct(r.cueAccuracy)} (${tally.cueRight}/${tally.withCue})`],
  ];
  for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
}
