import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoverMarkedQuote, waitForCard } from "../../src/cli/card-probe";
import { newsPage, servePages } from "../fixtures/hostile/pages";
import { BROWSERS, inPage, launch, type Session, waitForContentScript } from "./browsers";
import { settledState } from "./page-state";
import { setViewport, waitUntil } from "./wait";

const PAYLOAD = "<img src=x onerror=alert(1)>";
const SCRIPT_PAYLOAD = "<script>alert(2)</script>";

/** The payloads are text in the page (escaped in its HTML), inside speakers the card shows. */
const PAGE = newsPage("Markup inside quotes", {
  early: "window.alert = function () { window.__alerted = (window.__alerted || 0) + 1; };",
  body: `<p>“Look at this picture of the bridge,” the ${escapeHtml(PAYLOAD)} spokesman said on Tuesday.</p>
<p>“Nothing will stop us now,” the ${escapeHtml(SCRIPT_PAYLOAD)} minister said in the capital.</p>`,
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const serverUrl = servePages({ "xss.html": PAGE });

/** Hovers the marked quote containing `needle` and waits for the card to show `expected`. */
async function hoverQuote(page: Page, needle: string, expected: string) {
  await hoverMarkedQuote(page, needle);
  await waitForCard(page, { contains: expected });
  return page.evaluate(() => {
    const root = document.querySelector("source-context-card")?.shadowRoot;
    return {
      text: root?.querySelector(".frame")?.textContent ?? "",
      active: root?.querySelectorAll("img, script, iframe, object, embed, svg, [onerror], [onload]")
        .length,
    };
  });
}

describe.each(BROWSERS)("text is only rendered as text, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("shows markup inside a quote as characters in the card, and runs none of it", async () => {
    const page = await session.browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await setViewport(page, { width: 1000, height: 800 });
      await page.goto(`${serverUrl()}/xss.html`, { waitUntil: "load" });
      await waitForContentScript(page);
      const state = await settledState(page);
      expect(state.status).toBe("done");

      for (const [quote, payload] of [
        ["Look at this picture", PAYLOAD],
        ["Nothing will stop us", SCRIPT_PAYLOAD],
      ] as const) {
        const card = await hoverQuote(page, quote, payload);
        expect(card.text).toContain(payload);
        expect(card.active).toBe(0);
        // Leaving closes the card, which may cover the next quote.
        await page.mouse.move(995, 795);
        await waitUntil(
          page,
          () =>
            document
              .querySelector("source-context-card")
              ?.shadowRoot?.querySelector<HTMLElement>(".frame")?.hidden,
          inPage(),
        );
      }
      await new Promise((r) => setTimeout(r, 500));
      const effects = await page.evaluate(() => ({
        alerted: (window as unknown as { __alerted?: number }).__alerted ?? 0,
        images: document.querySelectorAll('img[src="x"]').length,
      }));
      expect(effects).toEqual({ alerted: 0, images: 0 });
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
