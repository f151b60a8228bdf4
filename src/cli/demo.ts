/**
 * `npm run demo`: the built extension on the seed article, served from localhost, photographed.
 * Chromium (dist/chrome, English UI): demo/seed.png (the marks), demo/card.png (a card where a
 * statement and an allegation overlap), demo/card-zoom.png (the card at 200% zoom), demo/popup.png
 * and demo/popup-dark.png (420×600), demo/seed-dark.png (the marks on a dark page).
 * Firefox with its Arabic UI (the e2e build, whose hook opens the popup; skipped without Debian's
 * firefox-esr-l10n-ar): demo/card-ar.png and demo/popup-ar.png.
 * `npm run demo -- --headed` leaves a visible Chromium open where there is a display.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { hoverMarkedQuote, waitForCard } from "./card-probe";
import { chromiumWithExtension } from "./chromium";
import { serveFolder } from "./static-server";

const root = resolve(import.meta.dirname, "../..");
const headed = process.argv.includes("--headed");
const out = resolve(root, "demo");
mkdirSync(out, { recursive: true });
const written: string[] = [];
const shot = async (page: Page, name: string, fullPage = false) => {
  const path = resolve(out, name);
  await page.screenshot({ path, fullPage });
  written.push(path);
};

const server = await serveFolder(resolve(root, "test/fixtures"));
const SEED = `${server.url}/seed/article.html`;

async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
}

/** The popup page of a Chrome build for the active tab (without "tabs", tabs carry no URL). */
async function chromePopup(browser: Browser, page: Page): Promise<Page> {
  const worker = await browser.waitForTarget((t) => t.type() === "service_worker");
  const extensionId = new URL(worker.url()).host;
  await page.bringToFront();
  const tabId = await (await worker.worker())?.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  const popup = await browser.newPage();
  await popup.setViewport({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector("[data-testid=whose-voices]", { timeout: 10_000 });
  await popup.waitForSelector("[data-testid=shortcuts] kbd");
  return popup;
}

async function inChromium(): Promise<void> {
  const browser = await puppeteer.launch({
    ...chromiumWithExtension(resolve(root, "dist/chrome")),
    headless: !headed,
    defaultViewport: { width: 1100, height: 900 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(SEED, { waitUntil: "load" });
    await waitForMarks(page);
    await shot(page, "seed.png");
    await hoverMarkedQuote(page, "أعداد قتلى");
    await waitForCard(page);
    await shot(page, "card.png");

    const popup = await chromePopup(browser, page);
    await shot(popup, "popup.png", true);
    await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await shot(popup, "popup-dark.png", true);
    await popup.close();

    const zoomed = await browser.newPage();
    await zoomed.setViewport({ width: 550, height: 450, deviceScaleFactor: 2 });
    await zoomed.goto(SEED, { waitUntil: "load" });
    await waitForMarks(zoomed);
    await hoverMarkedQuote(zoomed, "عامل الحسم");
    await waitForCard(zoomed);
    await shot(zoomed, "card-zoom.png");

    const dark = await browser.newPage();
    await dark.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    await dark.goto(SEED, { waitUntil: "load" });
    await dark.addStyleTag({
      content: "html,body{background:#121212;color:#e8e8e8} a{color:#8db8ff}",
    });
    await waitForMarks(dark);
    await hoverMarkedQuote(dark, "30 دبابة");
    await waitForCard(dark);
    await shot(dark, "seed-dark.png");
  } finally {
    if (!headed) await browser.close();
  }
}

const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
function firefoxHasArabic(): boolean {
  const extensions = join(dirname("/usr/lib/firefox-esr/firefox-esr"), "browser/extensions");
  return (
    existsSync(extensions) && readdirSync(extensions).some((f) => f.startsWith("langpack-ar@"))
  );
}

async function inFirefoxArabic(): Promise<void> {
  const dir = resolve(root, "dist/e2e-firefox");
  execFileSync("npx", ["vite", "build", "--mode", "firefox", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SOURCE_CONTEXT_E2E: "1" },
  });
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      "intl.locale.requested": "ar",
      "datareporting.policy.dataSubmissionEnabled": false,
      "app.update.enabled": false,
    },
  });
  try {
    await browser.installExtension(dir);
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(SEED, { waitUntil: "load" });
    await waitForMarks(page);
    await hoverMarkedQuote(page, "30 دبابة");
    await waitForCard(page);
    await shot(page, "card-ar.png");
    const before = new Set(await browser.pages());
    await page.evaluate(() => window.postMessage({ sourceContextOpen: "popup" }, "*"));
    let popup: Page | undefined;
    for (let i = 0; i < 100 && !popup; i++) {
      for (const p of await browser.pages()) {
        if (
          !before.has(p) &&
          (await p.evaluate(() => location.href).catch(() => "")).includes("popup")
        )
          popup = p;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!popup) throw new Error("the popup did not open");
    await popup.setViewport({ width: 420, height: 600 });
    await popup.waitForSelector("[data-testid=whose-voices]", { timeout: 20_000 });
    await shot(popup, "popup-ar.png", true);
  } finally {
    await browser.close();
  }
}

try {
  await inChromium();
  if (firefoxHasArabic()) await inFirefoxArabic();
  else console.error("Firefox's Arabic language pack is missing: no Arabic screenshots");
  for (const file of written) console.log(file);
} finally {
  if (!headed) await server.close();
}
