import type { Runtime } from "webextension-polyfill";
import browser from "webextension-polyfill";

/** Messages count only when they come from this extension itself, never from a page or another add-on. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}
