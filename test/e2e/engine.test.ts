import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { BROWSERS, launch, openPage, type Session } from "./browsers";
import { highlightCounts, settledState } from "./page-state";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

/** Through the test build's hook: the background stops answering analyses, or answers again. */
async function setBackgroundOffline(page: Page, offline: boolean): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(
          () => reject(new Error("the background never answered")),
          10_000,
        );
        window.addEventListener("message", (event) => {
          if (
            (event.data as { sourceContextOfflineSet?: boolean })?.sourceContextOfflineSet === value
          ) {
            clearTimeout(timeout);
            resolve();
          }
        });
        window.postMessage({ sourceContextOffline: value }, "*");
      }),
    offline,
  );
}

describe.each(BROWSERS)("where the engine runs, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("analyses in the background: the page only walks its DOM and marks", async () => {
    const page = await openPage(session, `${server.url}/seed/article.html`);
    const state = await settledState(page);
    expect(state.status).toBe("done");
    expect(state.timings.background).toBeGreaterThan(0);
    // No engine step ran on the page.
    expect(state.timings.engine).toBeUndefined();
    expect(state.timings.sources).toBeUndefined();
    expect((await highlightCounts(page)).voice).toBeGreaterThanOrEqual(20);
    await page.close();
  });

  it("falls back to the page, in slices, when the background does not answer", async () => {
    const first = await openPage(session, `${server.url}/seed/article.html`);
    await setBackgroundOffline(first, true);
    try {
      const page = await openPage(session, `${server.url}/seed/article.html`);
      const state = await settledState(page);
      expect(state.status).toBe("done");
      expect(state.timings.background).toBeUndefined();
      expect(state.timings.engine).toBeGreaterThan(0);
      expect(state.timings.sources).toBeGreaterThan(0);
      const counts = await highlightCounts(page);
      expect(counts.voice).toBeGreaterThanOrEqual(20);
      expect(counts.alleged).toBeGreaterThanOrEqual(10);
      await page.close();
    } finally {
      await setBackgroundOffline(first, false);
      await first.close();
    }
  });
});
