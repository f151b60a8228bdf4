import tables from "virtual:compiled-ruleset";
import { restoreRuleset } from "../core/compiled-ruleset";
import { prevalidatedBundledRuleset } from "../ruleset/ruleset";
import type { Ruleset } from "../ruleset/schema";

let restored = false;

/**
 * The bundled ruleset, its compiled form restored from the build's tables on first use (no
 * compile step): the engine's compileRuleset() then finds it ready.
 */
export function bundledRuleset(): Ruleset {
  const ruleset = prevalidatedBundledRuleset();
  if (!restored) restoreRuleset(ruleset, tables);
  restored = true;
  return ruleset;
}
