import type { Page } from "puppeteer-core";
import type { PageState } from "../../src/shared/messages";

/**
 * The content script's state, read through the test build's ping (see src/content/e2e-hook.ts).
 * The ping repeats until the content script, which starts at document_idle, answers.
 */
export async function pageState(page: Page): Promise<PageState> {
  return page.evaluate(
    () =>
      new Promise<PageState>((resolve, reject) => {
        const ping = () => window.postMessage({ sourceContextPing: true }, "*");
        const timer = setInterval(ping, 200);
        const timeout = setTimeout(() => {
          clearInterval(timer);
          reject(new Error("no state from the content script"));
        }, 20_000);
        window.addEventListener("message", function listen(event) {
          const data = event.data as { sourceContextPong?: boolean; state?: PageState } | null;
          if (!data?.sourceContextPong || !data.state) return;
          clearInterval(timer);
          clearTimeout(timeout);
          window.removeEventListener("message", listen);
          resolve(data.state);
        });
        ping();
      }),
  );
}

/** Waits until the page's analysis has finished one way or another. */
export async function settledState(page: Page, timeoutMs = 30_000): Promise<PageState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await pageState(page);
    if (state.status !== "running" || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** How many ranges each of the extension's highlights holds, read from the page itself. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const name of ["source-context-quote", "source-context-allegation"]) {
      counts[name] = CSS.highlights.get(name)?.size ?? 0;
    }
    return counts;
  });
}

/** Sets settings the way the popup does: storage.sync, from an extension page. */
export async function setSettings(extensionPage: Page, patch: Record<string, unknown>) {
  await extensionPage.evaluate(async (values) => {
    type Sync = { set(values: Record<string, unknown>): Promise<void> };
    type Api = { storage: { sync: Sync } };
    const api = globalThis as unknown as { browser?: Api; chrome: Api };
    await (api.browser ?? api.chrome).storage.sync.set(values);
  }, patch);
}
