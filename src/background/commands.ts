import browser from "webextension-polyfill";

/** Keyboard commands move through the findings of the active tab's page. */
export async function relayCommand(command: string): Promise<void> {
  const direction =
    command === "next-finding" ? "next" : command === "previous-finding" ? "previous" : null;
  if (!direction) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: "step", direction }).catch(() => undefined);
}
