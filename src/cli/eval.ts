/**
 * Measures the engine, section by section: PolNeAR dev (or train with --split train, for
 * development), the conflict development set per language (checked against its score.py), the
 * seed, allegations, and news detection on the labelled saved pages (tuning and held parts, per
 * class), and how many labelled news pages lose their article in extraction.
 * Usage: npm run eval [-- --split dev|train] [--only NAME[,NAME]]
 * Sections: polnear, conflict, seed, allegations, news, extraction. Exits 1 when score.py disagrees.
 */
import { existsSync } from "node:fs";
import { evalAllegations } from "./eval/allegations";
import { evalConflict } from "./eval/conflict";
import { evalExtraction } from "./eval/extraction";
import { evalPolnear } from "./eval/polnear";
import { evalSeed } from "./eval/seed";
import { evalNews } from "./eval-news";
import { sharedRoot } from "./polnear";

const SECTIONS = ["polnear", "conflict", "seed", "allegations", "news", "extraction"] as const;
type Section = (typeof SECTIONS)[number];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const split = option(args, "--split") ?? "dev";
  if (split !== "dev" && split !== "train") {
    console.error(`eval: unknown split "${split}" (dev or train)`);
    process.exit(2);
  }
  const only = option(args, "--only")?.split(",") ?? [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`eval: unknown section ${unknown.join(", ")} (${SECTIONS.join(", ")})`);
    process.exit(2);
  }
  const run = (s: Section) => only.includes(s);
  if (!existsSync(sharedRoot)) {
    console.log(`Shared data not found at ${sharedRoot}: PolNeAR and conflict dev are skipped.`);
  }
  let ok = true;
  if (run("polnear")) evalPolnear(split);
  if (run("conflict")) ok = evalConflict() && ok;
  if (run("seed")) evalSeed();
  if (run("allegations")) evalAllegations();
  // The labelled saved pages live in the repo: measured with or without ../shared.
  if (run("news")) evalNews({ rows: false });
  if (run("extraction")) evalExtraction();
  if (!ok) process.exit(1);
}

main();
