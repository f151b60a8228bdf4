import type { Plugin } from "vite";
import { RulesetTablesSchema, rulesetTables } from "../core/compiled-ruleset";
import { compileRuleset } from "../core/enrich-matcher";
import { loadBundledRuleset } from "./ruleset";

const ID = "virtual:compiled-ruleset";
const RESOLVED = `\0${ID}`;

/**
 * The bundled ruleset compiled at build time: `import tables from "virtual:compiled-ruleset"`
 * gives its tables (see src/core/compiled-ruleset.ts), so the extension restores the compiled
 * matcher without a compile step. Building validates the ruleset (an invalid one fails the build)
 * and the tables. They are JSON.parse'd from a string, which engines read faster than a literal.
 */
export function compiledRulesetPlugin(): Plugin {
  return {
    name: "compiled-ruleset",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const tables = RulesetTablesSchema.parse(rulesetTables(compileRuleset(loadBundledRuleset())));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tables))});`;
    },
  };
}
