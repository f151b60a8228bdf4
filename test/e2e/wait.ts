import type { Page, Viewport } from "puppeteer-core";

export interface WaitOptions {
  timeout?: number;
  /** Milliseconds between tries. */
  polling?: number;
}

/**
 * Resolves with the first truthy value of `fn` in the page. Unlike puppeteer's waitForFunction it
 * builds no function in the page with `new Function`, which Firefox 140 refuses on extension pages
 * under their CSP: each try is a plain `evaluate`. A try that fails (the page navigating) is retried.
 */
export async function waitUntil<A extends unknown[], R>(
  page: Page,
  fn: (...args: A) => R,
  { timeout = 10_000, polling = 100 }: WaitOptions = {},
  ...args: A
): Promise<Awaited<R>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(
        fn as never,
        ...(args as unknown as never[]),
      )) as Awaited<R>;
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? `; last error: ${String(lastError)}` : "";
      throw new Error(
        `waitUntil: not true within ${timeout} ms: ${String(fn).slice(0, 160)}${why}`,
      );
    }
    await new Promise((done) => setTimeout(done, polling));
  }
}

/**
 * page.setViewport in both browsers. Puppeteer also sends a screen-orientation override, which
 * Firefox 140 does not know; the viewport command goes with it, so wait until the page has its size.
 */
export async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!/setScreenOrientationOverride/.test(String(error))) throw error;
    await waitUntil(
      page,
      (w: number, h: number, dpr: number) =>
        window.innerWidth === w && window.innerHeight === h && window.devicePixelRatio === dpr,
      {},
      viewport.width,
      viewport.height,
      viewport.deviceScaleFactor ?? 1,
    );
  }
}
