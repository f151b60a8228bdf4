import { readFileSync } from "node:fs";
import { enrich } from "../core/enrich";
import type { Quote } from "../core/types";
import {
  bundledRulesetJson,
  loadBundledRuleset,
  type ParseResult,
  parseCustomRuleset,
  parseRuleset,
} from "../ruleset/ruleset";
import { loadPolnear, polnearDir } from "./polnear";

const USAGE = `usage: ruleset stats
       ruleset validate [--custom] FILE   (exit 2 when invalid)
       ruleset dump                       (the bundled ruleset as one JSON file)
       ruleset coverage                   (PolNeAR dev speakers matched to a source)`;

function stats(): void {
  const r = loadBundledRuleset();
  const languages = new Set<string>();
  for (const s of r.sources) for (const lang of Object.keys(s.names)) languages.add(lang);
  console.log(
    JSON.stringify({
      version: r.version,
      entries: r.sources.length,
      entriesWithReference: r.sources.filter((s) => s.references.length > 0).length,
      descriptorRules: r.descriptors.length,
      languages: [...languages].sort(),
    }),
  );
}

function validate(args: string[]): number {
  const custom = args.includes("--custom");
  const file = args.find((a) => a !== "--custom");
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: cannot read JSON: ${(e as Error).message}`);
    return 2;
  }
  const result: ParseResult<unknown> = custom ? parseCustomRuleset(json) : parseRuleset(json);
  if (!result.ok) {
    for (const e of result.errors) console.log(`${e.path}: ${e.message}`);
    console.error(`${file}: invalid ruleset, ${result.errors.length} problem(s)`);
    return 2;
  }
  console.log(`${file}: valid ${custom ? "custom " : ""}ruleset`);
  return 0;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "i", "we", "you", "who", "which", "that"]);

/**
 * How many PolNeAR dev attribution sources (gold speaker spans) get a source from the ruleset,
 * and how. PolNeAR has no alignment labels, so this measures coverage, not correctness.
 */
function coverage(): number {
  const articles = loadPolnear("dev");
  if (!articles) {
    console.log(`PolNeAR dev not found at ${polnearDir("dev")}: nothing to measure.`);
    return 0;
  }
  let speakers = 0;
  let named = 0;
  let matched = 0;
  const by = { entity: 0, descriptor: 0, text: 0, reference: 0 };
  const ids = new Map<string, number>();
  for (const a of articles) {
    const quotes: Quote[] = [];
    for (const g of a.attributions) {
      const src = g.source?.[0];
      const content = g.content[0];
      if (!src || !content) continue;
      const span = (r: { start: number; end: number }) => ({
        start: r.start,
        end: r.end,
        text: a.text.slice(r.start, r.end),
      });
      quotes.push({
        ...span(content),
        kind: "indirect",
        speaker: span(src),
        cue: null,
        entity: null,
        source: null,
        language: "en",
      });
    }
    for (const q of enrich(a.text, quotes).quotes) {
      speakers++;
      if (!PRONOUNS.has((q.speaker?.text ?? "").trim().toLowerCase())) named++;
      if (!q.source) continue;
      matched++;
      by[q.source.matchedBy]++;
      ids.set(q.source.id, (ids.get(q.source.id) ?? 0) + 1);
    }
  }
  const top = [...ids].sort((x, y) => y[1] - x[1]).slice(0, 15);
  console.log(
    JSON.stringify({
      articles: articles.length,
      speakers,
      speakersNotPronouns: named,
      matched,
      matchedShareOfNonPronouns: Number((matched / Math.max(1, named)).toFixed(3)),
      byMethod: by,
      topSources: Object.fromEntries(top),
    }),
  );
  return 0;
}

function main(args: string[]): number {
  switch (args[0]) {
    case "stats":
      stats();
      return 0;
    case "validate":
      return validate(args.slice(1));
    case "coverage":
      return coverage();
    case "dump":
      console.log(JSON.stringify(bundledRulesetJson(), null, 1));
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
