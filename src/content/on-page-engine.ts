import { compileRulesetSteps } from "../core/enrich-matcher";
import type { Analysis } from "../core/types";
import { mergeRulesets, prevalidatedBundledRuleset } from "../ruleset/ruleset";
import type { AnalyseRequest } from "../shared/messages";
import { loadCustomRuleset } from "../shared/ruleset-store";
import { analyzeInChunks } from "./chunked-analysis";
import { slicer } from "./yield";

/**
 * The fallback when the background cannot be reached: the engine on the page, every step in time
 * slices. Loaded only then (a module of its own), so a page normally never evaluates the engine.
 * The ruleset is compiled here, in slices, rather than restored from the build's tables: the tables
 * repeat the ruleset's phrases, and would add 63 KB gzipped to what every page may load, for a
 * fallback that seldom runs.
 */
export async function analyseOnPage(
  request: AnalyseRequest,
  timings: Record<string, number>,
): Promise<Analysis> {
  const custom = await loadCustomRuleset();
  const t = performance.now();
  const bundled = prevalidatedBundledRuleset();
  const ruleset = custom ? mergeRulesets(bundled, custom) : bundled;
  await slicer.run(compileRulesetSteps(ruleset));
  timings.compile = performance.now() - t;
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
