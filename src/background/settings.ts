import browser from "webextension-polyfill";
import { parseSettings, SettingsSchema } from "../shared/settings";
import { saveSettings } from "../shared/settings-store";

const KEYS = Object.keys(SettingsSchema.shape);

/**
 * On install and update: settings stored by an older version, or damaged, are rewritten with the
 * values every reader would fall back to, so the warning is given once rather than on every read.
 * Returns the problems it repaired.
 */
export async function repairStoredSettings(): Promise<string[]> {
  const { settings, warnings } = parseSettings(await browser.storage.sync.get(KEYS));
  if (warnings.length === 0) return [];
  for (const warning of warnings) console.warn(`Source Context: ${warning}`);
  await saveSettings(settings);
  return warnings;
}
