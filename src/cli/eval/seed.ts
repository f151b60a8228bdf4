/** The Arabic seed and its hand annotation (section of `npm run eval`). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../core/analyze";
import { repoRoot } from "../polnear";
import { type SeedExpected, scoreSeed } from "../score";

export function evalSeed(): void {
  const dir = path.join(repoRoot, "test/fixtures/seed");
  const text = readFileSync(path.join(dir, "article.txt"), "utf8");
  const expected = JSON.parse(
    readFileSync(path.join(dir, "expected.json"), "utf8"),
  ) as SeedExpected;
  const s = scoreSeed(text, expected, analyze(text).quotes);
  console.log("Seed attributions (test/fixtures/seed, Arabic, expected.json)");
  console.log(`  attributions found           ${s.found}/${s.attributions}`);
  console.log(`  found with the right speaker ${s.speakerRight}/${s.attributions}`);
  console.log(
    `  non-quotations marked        ${s.wronglyMarked.length}/${s.nonQuotations}${s.wronglyMarked.length ? ` (${s.wronglyMarked.join(", ")})` : ""}`,
  );
}
