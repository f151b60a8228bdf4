import browser from "webextension-polyfill";
import { analyze } from "../core/analyze";
import { compileRuleset } from "../core/enrich-matcher";
import { AnalysisSchema } from "../core/types";
import { mergeRulesets } from "../ruleset/ruleset";
import type { CustomRuleset, Ruleset } from "../ruleset/schema";
import { bundledRuleset } from "../shared/bundled-ruleset";
import { type AnalyseReply, AnalyseReplySchema, type AnalyseRequest } from "../shared/messages";
import { loadCustomRuleset, watchCustomRuleset } from "../shared/ruleset-store";

/**
 * The engine runs here, in the extension's own context (Chrome's service worker, Firefox's event
 * page), never on a page's main thread. The ruleset is kept compiled for as long as the context
 * lives: the bundled one is restored from the build's tables, a custom one compiled once when it
 * is saved, and again when the context starts with one stored.
 */
let ruleset: Promise<Ruleset> = Promise.resolve(bundledRuleset());

/** The ruleset to analyse with, compiled; the bundled one alone if the custom one fails. */
function withCustom(custom: CustomRuleset | null): Ruleset {
  if (!custom) return bundledRuleset();
  try {
    const merged = mergeRulesets(bundledRuleset(), custom);
    compileRuleset(merged);
    return merged;
  } catch (error) {
    console.warn("Source Context: the custom ruleset could not be compiled", error);
    return bundledRuleset();
  }
}

/** Tells every tab's content script to analyse again with the new ruleset. */
async function announceRulesetChange(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: "ruleset-changed" }).catch(() => undefined),
    ),
  );
}

/** Loads and compiles the stored custom ruleset, and follows it as it is saved or removed. */
export function startEngine(): void {
  ruleset = loadCustomRuleset()
    .catch((error: unknown) => {
      console.warn("Source Context: the custom ruleset could not be loaded", error);
      return null;
    })
    .then(withCustom);
  watchCustomRuleset((custom) => {
    ruleset = Promise.resolve(withCustom(custom));
    void announceRulesetChange();
  });
}

/** Analyses one article's text with the current ruleset. */
export async function analyseText(request: AnalyseRequest): Promise<AnalyseReply> {
  try {
    const current = await ruleset;
    const started = performance.now();
    const analysis = analyze(request.text, {
      ruleset: current,
      labelLanguage: request.labelLanguage,
      ...(request.publisher ? { publisher: request.publisher } : {}),
    });
    const engineMs = performance.now() - started;
    // Checked here, where it is made, findings and bounds (the content script does not: see
    // AnalyseReplySchema).
    const findings = AnalysisSchema.safeParse(analysis);
    const reply = findings.success
      ? AnalyseReplySchema.safeParse({ ok: true, analysis: findings.data, engineMs })
      : findings;
    if (!reply.success) {
      const issue = reply.error.issues[0];
      const where = issue?.path.join(".") || "the reply";
      return { ok: false, error: `the engine's output is invalid at ${where}: ${issue?.message}` };
    }
    return reply.data;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
