import { type RulesetTables, RulesetTablesSchema, rulesetTables } from "../core/compiled-ruleset";
import { compileRuleset } from "../core/enrich-matcher";
import { loadBundledRuleset } from "./ruleset";

/**
 * The bundled ruleset compiled into tables, for the build (compiled-ruleset-plugin.ts). Loading it
 * validates the ruleset, so an invalid one fails the build, and the tables are checked too.
 */
export function bundledRulesetTables(): RulesetTables {
  return RulesetTablesSchema.parse(rulesetTables(compileRuleset(loadBundledRuleset())));
}
