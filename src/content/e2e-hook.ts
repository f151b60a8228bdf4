import browser from "webextension-polyfill";

/**
 * Test build only: the page may ask, by window.postMessage, for an extension page to be opened,
 * because Firefox's WebDriver BiDi refuses to navigate to moz-extension:// URLs; and it may ping
 * to learn that the content script is running.
 */
export function installE2eHook(): void {
  window.addEventListener("message", (event) => {
    const data: unknown = event.data;
    if (event.source !== window || !data || typeof data !== "object") return;
    if ((data as { sourceContextPing?: unknown }).sourceContextPing) {
      window.postMessage({ sourceContextPong: true }, "*");
    }
    const page = (data as { sourceContextOpen?: unknown }).sourceContextOpen;
    if (page === "popup" || page === "options") {
      void browser.runtime.sendMessage({ type: "e2e-open", page });
    }
  });
}
