import browser from "webextension-polyfill";

/**
 * The tab the popup describes: the active tab, or the `tab` query parameter when the popup page
 * is opened in a tab of its own (tests, keyboard users).
 */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
