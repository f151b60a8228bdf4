import { existsSync } from "node:fs";
import { resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { chromiumWithExtension } from "../../src/cli/chromium";

export type BrowserName = "chromium" | "firefox";
export const BROWSERS: BrowserName[] = ["chromium", "firefox"];

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export function extensionDir(name: BrowserName): string {
  return resolve(
    import.meta.dirname,
    "../../dist",
    name === "chromium" ? "e2e-chrome" : "e2e-firefox",
  );
}

export interface Session {
  browser: Browser;
  name: BrowserName;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile kept on disk, to test what survives a restart (reuse it for the next launch). */
  userDataDir?: string;
  /** The browser's UI language, e.g. "ar" (Firefox needs its language pack installed). */
  locale?: string;
  /** Firefox only (its BiDi cannot emulate media features per page, as Chromium's CDP can). */
  darkScheme?: boolean;
}

/** Starts Debian's browser headless with the test build of the extension installed. */
export async function launch(
  name: BrowserName,
  { userDataDir, locale, darkScheme }: LaunchOptions = {},
): Promise<Session> {
  const dir = extensionDir(name);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the e2e global setup builds it`);
  const browser =
    name === "chromium"
      ? await puppeteer.launch({
          ...chromiumWithExtension(dir, locale ? [`--lang=${locale}`] : []),
          ...(userDataDir ? { userDataDir } : {}),
          // Chromium on Linux takes its UI language from the environment rather than --lang.
          ...(locale ? { env: { ...process.env, LANGUAGE: locale } } : {}),
        })
      : await puppeteer.launch({
          browser: "firefox",
          executablePath: FIREFOX_PATH,
          headless: true,
          ...(userDataDir ? { userDataDir } : {}),
          extraPrefsFirefox: {
            "extensions.experiments.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "app.update.enabled": false,
            // The temporary add-on is uninstalled at shutdown and installed again by the next
            // launch: keeping its UUID and storage lets a persistent profile test a restart.
            "extensions.webextensions.keepStorageOnUninstall": true,
            "extensions.webextensions.keepUuidOnUninstall": true,
            ...(locale ? { "intl.locale.requested": locale } : {}),
            ...(darkScheme
              ? {
                  "ui.systemUsesDarkTheme": 1,
                  "layout.css.prefers-color-scheme.content-override": 0,
                }
              : {}),
          },
        });
  if (name === "firefox") await browser.installExtension(dir);
  return { browser, name, close: () => browser.close() };
}

/** Opens a page and waits until the content script answers the test build's ping. */
/**
 * Options for waiting on an article page: polled by interval, because the default
 * requestAnimationFrame polling never runs while the popup's or options' tab hides the page.
 */
export function inPage(timeout = 10_000): { polling: number; timeout: number } {
  return { polling: 100, timeout };
}

export async function openPage(session: Session, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: "load" });
  await waitForContentScript(page);
  return page;
}

export async function waitForContentScript(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => window.postMessage({ sourceContextPing: true }, "*"), 100);
        const timeout = setTimeout(() => {
          clearInterval(timer);
          reject(new Error("the content script never answered"));
        }, 15_000);
        window.addEventListener("message", (event) => {
          if ((event.data as { sourceContextPong?: boolean } | null)?.sourceContextPong) {
            clearInterval(timer);
            clearTimeout(timeout);
            resolve();
          }
        });
      }),
  );
}

/**
 * Opens an extension page (popup or options) for the given page's tab through the test build's
 * hook, and returns it once it is loaded. Firefox reports moz-extension pages as about:blank to
 * puppeteer, so new pages are recognised by their own location.
 */
export async function openExtensionPage(
  session: Session,
  from: Page,
  which: "popup" | "options",
): Promise<Page> {
  const path = which === "popup" ? "src/popup/index.html" : "src/options/index.html";
  const before = new Set(await session.browser.pages());
  await from.evaluate((w) => window.postMessage({ sourceContextOpen: w }, "*"), which);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => "");
      if (href.includes(path)) {
        await page.waitForSelector("main");
        return page;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the ${which} page did not open`);
}
