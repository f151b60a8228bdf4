import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoverMarkedQuote, waitForCard } from "../../src/cli/card-probe";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { BROWSERS, inPage, launch, openExtensionPage, openPage, type Session } from "./browsers";
import { highlightCounts, setSettings, settledState } from "./page-state";
import { setViewport, waitUntil } from "./wait";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

/** The body as the page built it, captured before the content script (document_idle) runs. */
async function captureBodyBeforeExtension(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { bodyBefore: string }).bodyBefore = document.body.outerHTML;
    });
  });
}

function bodyWithoutCard(page: Page): Promise<{ before: string; after: string }> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll("source-context-card")) host.remove();
    return {
      before: (window as unknown as { bodyBefore: string }).bodyBefore,
      after: clone.outerHTML,
    };
  });
}

describe.each(BROWSERS)("in the page, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("marks quotes and allegations on the seed, shows the Amaq card, never edits the page, and turns off cleanly", async () => {
    const page = await session.browser.newPage();
    await setViewport(page, { width: 1100, height: 900 });
    await captureBodyBeforeExtension(page);
    await page.goto(`${server.url}/seed/article.html`, { waitUntil: "load" });
    const state = await settledState(page);
    expect(state.status).toBe("done");
    expect(state.isNews).toBe(true);
    expect(state.timings.total).toBeGreaterThan(0);

    const counts = await highlightCounts(page);
    expect(counts.voice).toBeGreaterThanOrEqual(20);
    // One line at each point: a party's claim carries the allegation's line, not the statement's,
    // so only the statements that are no allegation keep their thin underline.
    expect(counts.statement).toBeGreaterThanOrEqual(3);
    expect(counts.statement).toBeLessThan(state.counts.quotes);
    expect(counts.alleged).toBeGreaterThanOrEqual(10);

    await hoverMarkedQuote(page, "30 دبابة");
    const card = await waitForCard(page);
    expect(card).toContain("وكالة أعماق");
    expect(card).toMatch(/Islamic State|armed group/i);

    const { before, after } = await bodyWithoutCard(page);
    expect(after).toBe(before);

    const popup = await openExtensionPage(session, page, "popup");
    await setSettings(popup, { enabled: false });
    await page.bringToFront();
    await waitUntil(page, () => CSS.highlights.size === 0, inPage());
    expect(await page.$("source-context-card")).toBeNull();
    await setSettings(popup, { enabled: true });
    await waitUntil(page, () => CSS.highlights.size > 0, inPage());
    await popup.close();
    await page.close();
  });

  it("steps to the next finding on command and follows text the page adds later", async () => {
    const page = await openPage(session, `${server.url}/seed/article.html`);
    const before = await settledState(page);
    const popup = await openExtensionPage(session, page, "popup");
    await popup.evaluate(
      async (search) => {
        type Tabs = { sendMessage(id: number, message: unknown): Promise<unknown> };
        const api = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
        const tabId = Number(new URLSearchParams(search).get("tab"));
        await (api.browser ?? api.chrome).tabs.sendMessage(tabId, {
          type: "step",
          direction: "next",
        });
      },
      new URL(
        popup.url().startsWith("about:") ? await popup.evaluate(() => location.href) : popup.url(),
      ).search,
    );
    const focused = await waitUntil(
      page,
      () => {
        const host = document.querySelector("source-context-card");
        const frame = host?.shadowRoot?.querySelector<HTMLElement>(".frame");
        return frame && !frame.hidden && host?.shadowRoot?.activeElement === frame
          ? frame.getAttribute("role")
          : null;
      },
      inPage(),
    );
    expect(focused).toBe("dialog");
    await popup.close();

    const statementMarks = () =>
      page.evaluate(() => CSS.highlights.get("source-context-statement")?.size ?? 0);
    const marksBefore = await statementMarks();
    await page.evaluate(() => {
      const paragraph = document.createElement("p");
      paragraph.textContent =
        "“We will rebuild every school in the city,” the governor said on Monday, according to officials.";
      document.querySelector("article p:last-of-type")?.after(paragraph);
    });
    await waitUntil(
      page,
      (count) => (CSS.highlights.get("source-context-statement")?.size ?? 0) > count,
      inPage(15_000),
      marksBefore,
    );
    const after = await settledState(page);
    expect(after.counts.quotes).toBeGreaterThan(before.counts.quotes);
    await page.close();
  });

  it("leaves a page that is not news unmarked", async () => {
    const page = await openPage(session, `${server.url}/pages/wikipedia.html`);
    const state = await settledState(page);
    expect(state.status).toBe("not-news");
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});
