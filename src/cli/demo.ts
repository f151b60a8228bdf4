/**
 * `npm run demo`: the built Chrome extension in Debian's Chromium on the seed article, served from
 * localhost. Writes demo/seed.png (the marks), demo/hover.png (a quote's card) and demo/popup.png.
 * `npm run demo -- --headed` leaves a visible browser open where there is a display.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import puppeteer, { type Page } from "puppeteer-core";
import { hoverMarkedQuote, waitForCard } from "./card-probe";
import { chromiumWithExtension } from "./chromium";
import { serveFolder } from "./static-server";

const root = resolve(import.meta.dirname, "../..");
const headed = process.argv.includes("--headed");
const out = resolve(root, "demo");
mkdirSync(out, { recursive: true });

const server = await serveFolder(resolve(root, "test/fixtures"));
const browser = await puppeteer.launch({
  ...chromiumWithExtension(resolve(root, "dist/chrome")),
  headless: !headed,
  defaultViewport: { width: 1100, height: 900 },
});

async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
}

try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/seed/article.html`, { waitUntil: "load" });
  await waitForMarks(page);
  const seedPng = resolve(out, "seed.png");
  await page.screenshot({ path: seedPng });

  await hoverMarkedQuote(page, "30 دبابة");
  await waitForCard(page);
  const hoverPng = resolve(out, "hover.png");
  await page.screenshot({ path: hoverPng });

  const worker = await browser.waitForTarget((t) => t.type() === "service_worker");
  const extensionId = new URL(worker.url()).host;
  // Without the "tabs" permission tabs carry no URL: the seed's tab is found as the active one.
  await page.bringToFront();
  const tabId = await (await worker.worker())?.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const popup = await browser.newPage();
  await popup.setViewport({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector("[data-testid=whose-voices]", { timeout: 10_000 });
  const popupPng = resolve(out, "popup.png");
  await popup.screenshot({ path: popupPng, fullPage: true });

  for (const file of [seedPng, hoverPng, popupPng]) console.log(file);
} finally {
  if (!headed) {
    await browser.close();
    await server.close();
  }
}
