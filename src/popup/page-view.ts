import browser from "webextension-polyfill";
import type { ContentMessage, PageState } from "../shared/messages";
import { PageStateSchema } from "../shared/page-state";
import { alwaysAnalyses, isActiveOn, type Settings, siteOf } from "../shared/settings";

/** What the popup can say about its tab. */
export type PageView =
  | { kind: "loading" }
  /** A page the extension may not touch: browser pages, add-on stores, files. */
  | { kind: "unavailable" }
  | { kind: "ready"; state: PageState };

/** How often the popup asks again while the page is being analysed. */
export const POLL_MS = 300;

/**
 * Asks the tab's content script (through the background) for its state. A tab whose address is
 * not a web page, or whose content script does not answer, is one the extension may not touch.
 */
export async function fetchPageView(tabId: number): Promise<PageView> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || (tab.url !== undefined && siteOf(tab.url) === null)) return { kind: "unavailable" };
  try {
    const reply = await browser.runtime.sendMessage({ type: "get-tab-state", tabId });
    return { kind: "ready", state: PageStateSchema.parse(reply) };
  } catch {
    return { kind: "unavailable" };
  }
}

/**
 * Asks again while the analysis runs, and while the page has not yet caught up with a switch
 * just flipped (on but still reported off, or off but still reported on, or always analysed but
 * still reported not news).
 */
export function needsPolling(state: PageState, settings: Settings | null): boolean {
  if (state.status === "running") return true;
  if (!settings || siteOf(state.url) === null) return false;
  // "Always analyse this site" was just ticked: the page is about to analyse itself.
  if (state.status === "not-news" && alwaysAnalyses(settings, state.url)) return true;
  return isActiveOn(settings, state.url) === (state.status === "off");
}

/** A message for the tab's content script; a page that went away is not an error worth showing. */
export async function sendToTab(tabId: number, message: ContentMessage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
