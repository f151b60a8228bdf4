import browser, { type Storage } from "webextension-polyfill";
import { parseCustomRuleset } from "../ruleset/ruleset";
import type { CustomRuleset } from "../ruleset/schema";

/** In storage.local, not sync: a ruleset can be far larger than sync's per-item quota. */
export const CUSTOM_RULESET_KEY = "customRuleset";

/** What storage holds is checked again on every read: it may be from an older version, or tampered with. */
function validated(raw: unknown): CustomRuleset | null {
  if (raw === undefined || raw === null) return null;
  const result = parseCustomRuleset(raw);
  if (result.ok) return result.ruleset;
  const first = result.errors[0];
  console.warn(
    `Source Context: the stored custom ruleset is invalid and is ignored (${result.errors.length} problems; first: ${first?.path}: ${first?.message})`,
  );
  return null;
}

export async function loadCustomRuleset(): Promise<CustomRuleset | null> {
  const stored = await browser.storage.local.get(CUSTOM_RULESET_KEY);
  return validated(stored[CUSTOM_RULESET_KEY]);
}

/** Stores a ruleset after validating it; an invalid one throws and the stored one stays. */
export async function saveCustomRuleset(ruleset: CustomRuleset): Promise<void> {
  const result = parseCustomRuleset(ruleset);
  if (!result.ok) {
    const lines = result.errors.map((e) => `${e.path}: ${e.message}`);
    throw new Error(`invalid custom ruleset: ${lines.join("; ")}`);
  }
  await browser.storage.local.set({ [CUSTOM_RULESET_KEY]: result.ruleset });
}

export async function clearCustomRuleset(): Promise<void> {
  await browser.storage.local.remove(CUSTOM_RULESET_KEY);
}

/** Calls back with the new custom ruleset (null once cleared or if invalid) on every change. */
export function watchCustomRuleset(cb: (ruleset: CustomRuleset | null) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[CUSTOM_RULESET_KEY];
    if (area === "local" && change) cb(validated(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
