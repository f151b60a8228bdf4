import browser, { type Storage } from "webextension-polyfill";
import { parseSettings, type Settings, SettingsSchema } from "./settings";

/** Each setting is its own storage.sync key, so the popup and the options page never overwrite each other's changes. */
const KEYS = Object.keys(SettingsSchema.shape);

export async function loadSettings(): Promise<Settings> {
  const { settings, warnings } = parseSettings(await browser.storage.sync.get(KEYS));
  for (const warning of warnings) console.warn(`Source Context: ${warning}`);
  return settings;
}

/** Validates the patch first: an invalid value throws and nothing is written. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in SettingsSchema.shape)) throw new Error(`settings: unknown setting ${key}`);
    checked[key] = SettingsSchema.shape[key as keyof Settings].parse(value);
  }
  await browser.storage.sync.set(checked);
}

/** Switches the extension on or off for one site (a host name). */
export async function setSiteActive(site: string, active: boolean): Promise<Settings> {
  const settings = await loadSettings();
  const others = settings.disabledSites.filter((s) => s !== site);
  const disabledSites = active ? others : [...others, site].sort();
  await saveSettings({ disabledSites });
  return { ...settings, disabledSites };
}

/** Adds a site to, or takes it off, the sites analysed even when a page does not look like news. */
export async function setAlwaysAnalyse(site: string, always: boolean): Promise<Settings> {
  const settings = await loadSettings();
  const others = settings.alwaysAnalyseSites.filter((s) => s !== site);
  const alwaysAnalyseSites = always ? [...others, site].sort() : others;
  await saveSettings({ alwaysAnalyseSites });
  return { ...settings, alwaysAnalyseSites };
}

/** Calls back with the whole, validated settings whenever one of them changes; returns the unsubscribe. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let active = true;
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== "sync" || !KEYS.some((key) => key in changes)) return;
    void loadSettings().then((settings) => {
      if (active) cb(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
