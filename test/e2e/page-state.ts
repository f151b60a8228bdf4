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

/**
 * How many ranges the extension's highlights hold, read from the page itself, by kind of mark:
 * "voice" (speakers and cues, any side), "statement" (thin lines and side tints), "alleged".
 */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = { voice: 0, statement: 0, alleged: 0, total: 0 };
    CSS.highlights.forEach((highlight, name) => {
      const kind = /^source-context-(voice|statement|alleged)/.exec(name)?.[1];
      if (!kind) return;
      counts[kind] = (counts[kind] ?? 0) + highlight.size;
      counts.total = (counts.total ?? 0) + highlight.size;
    });
    return counts;
  });
}

/** The names of the extension's highlights now registered (the focus one left out). */
export function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.keys()]
      .filter((n) => n.startsWith("source-context-") && n !== "source-context-focus")
      .sort(),
  );
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
