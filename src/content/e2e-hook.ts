import browser from "webextension-polyfill";
import type { PageState } from "../shared/messages";

/**
 * Test build only. The page may ask, by window.postMessage, for an extension page to be opened
 * (Firefox's WebDriver BiDi refuses to navigate to moz-extension:// URLs), may ping to learn
 * that the content script runs and read its state (counts, timings), and may have the background
 * stop answering analyses ({sourceContextOffline: true}) to exercise the fallback on the page.
 */
export function installE2eHook(state: () => Promise<PageState | undefined>): void {
  window.addEventListener("message", (event) => {
    const data: unknown = event.data;
    if (event.source !== window || !data || typeof data !== "object") return;
    const message = data as {
      sourceContextPing?: unknown;
      sourceContextOpen?: unknown;
      sourceContextOffline?: unknown;
    };
    if (message.sourceContextPing) {
      void state().then((s) => window.postMessage({ sourceContextPong: true, state: s }, "*"));
    }
    const offline = message.sourceContextOffline;
    if (typeof offline === "boolean") {
      void browser.runtime
        .sendMessage({ type: "e2e-offline", offline })
        .then(() => window.postMessage({ sourceContextOfflineSet: offline }, "*"));
    }
    const page = message.sourceContextOpen;
    if (page === "popup" || page === "options") {
      void browser.runtime.sendMessage({ type: "e2e-open", page });
    }
  });
}
