import { parseCustomRuleset, type RulesetProblem } from "../ruleset/ruleset";
import type { CustomRuleset } from "../ruleset/schema";

/** Files above this size are refused unread: a ruleset runs in every page the reader opens. */
export const MAX_RULESET_BYTES = 1024 * 1024;

export type RulesetFileResult =
  | { ok: true; ruleset: CustomRuleset }
  | { ok: false; kind: "too-large" }
  | { ok: false; kind: "not-json"; message: string }
  | { ok: false; kind: "invalid"; errors: RulesetProblem[] };

/** Reads and validates a ruleset file chosen by the user; never throws. */
export async function readRulesetFile(file: Blob): Promise<RulesetFileResult> {
  if (file.size > MAX_RULESET_BYTES) return { ok: false, kind: "too-large" };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, kind: "not-json", message: (error as Error).message };
  }
  const result = parseCustomRuleset(json);
  return result.ok
    ? { ok: true, ruleset: result.ruleset }
    : { ok: false, kind: "invalid", errors: result.errors };
}
