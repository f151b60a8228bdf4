import type { CustomRuleset } from "../ruleset/schema";

export const EXPORT_FILE_NAME = "source-context-ruleset.json";

/** Downloads the ruleset as a JSON file through a blob URL (no downloads permission needed). */
export function downloadRuleset(ruleset: CustomRuleset): void {
  const blob = new Blob([`${JSON.stringify(ruleset, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
