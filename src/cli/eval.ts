/**
 * Measures the engine: attribution precision, recall and F1 on PolNeAR dev (or train with
 * --split train, for development), speaker and cue accuracy, and the figures on the Arabic seed.
 * Usage: npm run eval [-- --split dev|train]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../core/analyze";
import { loadPolnear, sharedRoot } from "./polnear";
import { emptyTally, ratios, type SeedExpected, scoreArticle, scoreSeed } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function evalPolnear(split: "train" | "dev"): void {
  const articles = loadPolnear(split);
  if (!articles) {
    console.log(`PolNeAR ${split}: not found under ${sharedRoot}/data/polnear; skipped.`);
    return;
  }
  const tally = emptyTally();
  const started = performance.now();
  for (const article of articles) {
    const { quotes } = analyze(article.text, { lang: "en" });
    scoreArticle(tally, quotes, article.attributions);
  }
  const ms = performance.now() - started;
  const r = ratios(tally);
  console.log(`PolNeAR ${split}: ${articles.length} articles (${ms.toFixed(0)} ms)`);
  const doubled = articles.filter((a) => a.annotators > 1).length;
  console.log(
    `  ${doubled} articles have two annotators: each is scored against its first .ann file alphabetically`,
  );
  console.log(`  gold attributions   ${tally.gold}`);
  console.log(`  predicted           ${tally.predicted}`);
  console.log(`  matched             ${tally.matched}`);
  console.log(`  precision           ${pct(r.precision)}`);
  console.log(`  recall              ${pct(r.recall)}`);
  console.log(`  F1                  ${pct(r.f1)}`);
  console.log(
    `  source accuracy     ${pct(r.sourceAccuracy)}  (${tally.sourceRight}/${tally.withSource} matched with a gold Source)`,
  );
  console.log(
    `  cue accuracy        ${pct(r.cueAccuracy)}  (${tally.cueRight}/${tally.withCue} matched with a gold Cue)`,
  );
}

function evalSeed(): void {
  const dir = path.join(sharedRoot, "fixtures/seed");
  if (!existsSync(path.join(dir, "expected.json"))) {
    console.log(`Seed: not found under ${dir}; skipped.`);
    return;
  }
  const text = readFileSync(path.join(dir, "article.txt"), "utf8");
  const expected = JSON.parse(
    readFileSync(path.join(dir, "expected.json"), "utf8"),
  ) as SeedExpected;
  const s = scoreSeed(text, expected, analyze(text).quotes);
  console.log("Seed (Arabic, expected.json):");
  console.log(`  attributions found          ${s.found}/${s.attributions}`);
  console.log(`  found with the right speaker ${s.speakerRight}/${s.attributions}`);
  console.log(
    `  non-quotations marked       ${s.wronglyMarked.length}/${s.nonQuotations}${s.wronglyMarked.length ? ` (${s.wronglyMarked.join(", ")})` : ""}`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf("--split");
  const split = at >= 0 ? args[at + 1] : "dev";
  if (split !== "dev" && split !== "train") {
    console.error(`eval: unknown split "${split}" (dev or train)`);
    process.exit(2);
  }
  if (!existsSync(sharedRoot)) {
    console.log(`Shared data not found at ${sharedRoot}: nothing to evaluate.`);
    return;
  }
  evalPolnear(split);
  evalSeed();
}

main();
