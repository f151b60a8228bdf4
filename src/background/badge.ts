import browser from "webextension-polyfill";

/** The toolbar badge shows how many findings the tab's page holds. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : "" });
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#1c2b4a" });
}
