import browser, { type Runtime } from "webextension-polyfill";
import {
  type BackgroundMessage,
  BackgroundMessageSchema,
  type LabelCorrection,
} from "../shared/messages";
import { PageStateSchema } from "../shared/page-state";
import { isOwnSender } from "../shared/sender";
import { loadSettings } from "../shared/settings-store";
import { setBadge } from "./badge";
import { relayCommand } from "./commands";
import { analyseText, startEngine } from "./engine";
import { repairStoredSettings } from "./settings";

/** Test build only: while set, analyses go unanswered, as from a context that is restarting. */
let offlineForTests = false;

async function handle(message: BackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case "get-tab-state": {
      const reply = await browser.tabs.sendMessage(message.tabId, { type: "get-state" });
      return PageStateSchema.parse(reply);
    }
    case "findings":
      if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, message.count);
      return null;
    case "get-settings":
      return loadSettings();
    case "analyse":
      if (__E2E__ && offlineForTests) return undefined;
      return analyseText(message);
    case "correct-label":
      await browser.tabs.create({ url: correctionUrl(message.correction) });
      return null;
    case "e2e-open":
      if (!__E2E__) return null;
      return openForTests(message.page, sender.tab?.id);
    case "e2e-offline":
      if (__E2E__) offlineForTests = message.offline;
      return null;
  }
}

/** The options page, told by its hash which source's label to correct. */
function correctionUrl(correction: LabelCorrection): string {
  const hash = `correct=${encodeURIComponent(JSON.stringify(correction))}`;
  return `${browser.runtime.getURL("src/options/index.html")}#${hash}`;
}

/** Test build only: open an extension page in a tab, for browsers whose automation cannot. */
async function openForTests(page: "popup" | "options", tabId: number | undefined) {
  const path = page === "popup" ? "src/popup/index.html" : "src/options/index.html";
  const query = tabId === undefined ? "" : `?tab=${tabId}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`${path}${query}`) });
  return null;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) return undefined;
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return handle(parsed.data, sender);
});

browser.commands.onCommand.addListener(relayCommand);

browser.runtime.onInstalled.addListener(() => void repairStoredSettings());

startEngine();
