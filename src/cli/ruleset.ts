import { readFileSync } from "node:fs";
import {
  bundledRulesetJson,
  loadBundledRuleset,
  type ParseResult,
  parseCustomRuleset,
  parseRuleset,
} from "../ruleset/ruleset";

const USAGE = `usage: ruleset stats
       ruleset validate [--custom] FILE   (exit 2 when invalid)
       ruleset dump                       (the bundled ruleset as one JSON file)`;

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

function main(args: string[]): number {
  switch (args[0]) {
    case "stats":
      stats();
      return 0;
    case "validate":
      return validate(args.slice(1));
    case "dump":
      console.log(JSON.stringify(bundledRulesetJson(), null, 1));
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
