import type { Settings } from "./settings";

/**
 * Whether the extension is on for a page, from settings already validated. Apart from
 * settings.ts (re-exported there) so that the content script can ask without evaluating zod.
 */

/** The host a per-site switch applies to. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? hostname : null;
  } catch {
    return null;
  }
}

/** The reader asked for every page of this site to be analysed, news-like or not. */
export function alwaysAnalyses(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.alwaysAnalyseSites.includes(site);
}

export function isActiveOn(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}
