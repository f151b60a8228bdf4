import type { CustomRuleset } from "../ruleset/schema";
import { downloadText } from "../shared/download";

export const EXPORT_FILE_NAME = "source-context-ruleset.json";

export function downloadRuleset(ruleset: CustomRuleset): void {
  downloadText(EXPORT_FILE_NAME, `${JSON.stringify(ruleset, null, 2)}\n`, "application/json");
}
