import { compileRulesetSteps } from "../core/enrich-matcher";
import type { Analysis } from "../core/types";
import { mergeRulesets } from "../ruleset/ruleset";
import { bundledRuleset } from "../shared/bundled-ruleset";
import type { AnalyseRequest } from "../shared/messages";
import { loadCustomRuleset } from "../shared/ruleset-store";
import { analyzeInChunks } from "./chunked-analysis";
import { slicer } from "./yield";

/**
 * The fallback when the background cannot be reached: the engine on the page, every step in time
 * slices. Loaded only then (a module of its own), so a page normally never evaluates the engine.
 */
export async function analyseOnPage(
  request: AnalyseRequest,
  timings: Record<string, number>,
): Promise<Analysis> {
  let t = performance.now();
  // Restored from the build's tables: no compile step, a few milliseconds.
  let ruleset = bundledRuleset();
  timings.ruleset = performance.now() - t;
  await slicer.pause();
  const custom = await loadCustomRuleset();
  if (custom) {
    t = performance.now();
    ruleset = mergeRulesets(ruleset, custom);
    await slicer.run(compileRulesetSteps(ruleset));
    timings.compile = performance.now() - t;
  }
  return analyzeInChunks(
    request.text,
    {
      ruleset,
      labelLanguage: request.labelLanguage,
      ...(request.publisher ? { publisher: request.publisher } : {}),
    },
    timings,
  );
}
