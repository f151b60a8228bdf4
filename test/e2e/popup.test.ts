import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { axeViolations } from "./axe";
import { BROWSERS, launch, openExtensionPage, openPage, type Session } from "./browsers";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

const SEED = () => `${server.url}/seed/article.html`;

/** SANA as the bundled ruleset names it: any of its names may be its first mention. */
const SANA_ENTRY = (
  JSON.parse(
    readFileSync(new URL("../../src/ruleset/data/sources.json", import.meta.url), "utf8"),
  ) as { id: string; names: Record<string, string[]> }[]
).find((s) => s.id === "sana");

/** The popup once the page's analysis has settled (any status but "running"). */
async function settledPopup(session: Session, page: Page): Promise<Page> {
  const popup = await openExtensionPage(session, page, "popup");
  await popup.waitForSelector(
    "[data-testid=status]:not([data-status=running],[data-status=loading])",
    {
      timeout: 30_000,
    },
  );
  return popup;
}

type StorageArea = {
  get(keys: string[]): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
};

/** A page opened after `before` whose address passes `test` (Firefox hides moz-extension URLs from puppeteer's own list). */
async function waitForPage(
  session: Session,
  test: (href: string) => boolean,
  before: Set<Page>,
): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      if (before.has(page)) continue;
      if (test(await page.evaluate(() => location.href).catch(() => ""))) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no such page opened");
}

/** Back to the default settings, whatever an earlier (possibly failed) test left. */
async function resetSettings(popup: Page): Promise<void> {
  await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
    ).chrome.storage.sync.clear(),
  );
  await popup.waitForFunction(() =>
    ["toggle-enabled", "toggle-site", "toggle-quotes", "toggle-allegations"].every(
      (id) => (document.getElementById(id) as HTMLInputElement | null)?.checked,
    ),
  );
}

const checked = (popup: Page, id: string) =>
  popup.$eval(`#${id}`, (el) => (el as HTMLInputElement).checked);

describe.each(BROWSERS)("popup in %s", (name) => {
  const profile = mkdtempSync(join(tmpdir(), `popup-${name}-`));
  let session: Session;
  beforeAll(async () => {
    session = await launch(name, { userDataDir: profile });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it("lists the seed article's sources grouped by alignment, each with its label", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    expect(await popup.$eval("[data-testid=status]", (el) => el.getAttribute("data-status"))).toBe(
      "done",
    );
    await popup.waitForSelector("[data-testid=source]");
    const sources = await popup.$$eval("[data-testid=source]", (els) =>
      els.map((el) => ({
        alignment: el.getAttribute("data-alignment"),
        group: el.closest("[data-group]")?.getAttribute("data-group") ?? null,
        text: el.textContent ?? "",
        label: el.querySelector("[data-testid=source-label]")?.textContent ?? "",
      })),
    );
    const amaq = sources.find((s) => /Amaq|أعماق/.test(s.text));
    const sana = sources.find((s) => /SANA|سانا/.test(s.text));
    expect(amaq).toMatchObject({ alignment: "armed-group:isis", group: "armed-group" });
    expect(sana).toMatchObject({ alignment: "state-media", group: "state-media" });
    for (const source of sources) expect(source.label.trim()).not.toBe("");
    const headings = await popup.$$eval("[data-group] h3", (els) => els.map((e) => e.textContent));
    expect(headings).toContain("State media");
    expect(headings).toContain("Armed groups");

    // A click on a source asks the page to show (and flash) its first mention.
    await popup.click("[data-testid=source][data-alignment=state-media] button.source-name");
    const flashed = await page.waitForFunction(
      () => {
        const focus = CSS.highlights.get("source-context-focus");
        const range = focus ? ([...focus][0] as Range | undefined) : undefined;
        return range?.toString() ?? false;
      },
      { timeout: 5_000 },
    );
    const sanaNames = Object.values(SANA_ENTRY?.names ?? {}).flat();
    expect(sanaNames).toContain(await flashed.jsonValue());
    await popup.close();
    await page.close();
  });

  it("explains a page that is not news and analyses it on request", async () => {
    const page = await openPage(session, `${server.url}/popup/not-news.html`);
    const popup = await settledPopup(session, page);
    const status = await popup.$eval("[data-testid=status]", (el) =>
      el.getAttribute("data-status"),
    );
    expect(status).toBe("not-news");
    expect(await popup.$eval("[data-testid=status] p", (el) => el.textContent)).toMatch(
      /does not look like a news article/,
    );
    await popup.click("[data-testid=analyse-anyway]");
    await popup.waitForSelector("[data-testid=status][data-status=done]", { timeout: 30_000 });
    expect(await popup.$eval("[data-testid=counts]", (el) => el.textContent)).toMatch(
      /^\d+ quotes, \d+ allegations$/,
    );
    await popup.close();
    await page.close();
  });

  it("says so for a page the extension may not touch", async () => {
    const page = await openPage(session, SEED());
    const blank = await session.browser.newPage();
    await blank.goto("about:blank");
    const popup = await openExtensionPage(session, page, "popup");
    // The blank tab is the one that is neither the article's nor the popup's own.
    const blankId = await popup.evaluate(async (articleUrl) => {
      type Tab = { id?: number };
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              getCurrent(): Promise<Tab | undefined>;
              query(q: { url?: string }): Promise<Tab[]>;
            };
          };
        }
      ).chrome;
      const own = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({});
      const article = await api.tabs.query({ url: articleUrl });
      const skip = new Set([own?.id, ...article.map((t) => t.id)]);
      return tabs.filter((t) => !skip.has(t.id)).at(-1)?.id;
    }, SEED());
    expect(blankId).toBeTypeOf("number");
    await popup.evaluate((id) => {
      location.search = `?tab=${id}`;
    }, blankId);
    await popup.waitForSelector("[data-testid=status][data-status=unavailable]", {
      timeout: 10_000,
    });
    expect(await popup.$eval("[data-testid=status] p", (el) => el.textContent)).toMatch(
      /cannot be analysed/,
    );
    expect(await popup.$("#toggle-site")).toBeNull();
    await popup.close();
    await blank.close();
    await page.close();
  });

  it("opens the settings page from its Settings button", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    const before = new Set(await session.browser.pages());
    await popup.click("header button");
    const options = await waitForPage(
      session,
      (href) => href.includes("src/options/index.html"),
      before,
    );
    await options.waitForSelector("#ruleset-file");
    await options.close();
    await popup.close();
    await page.close();
  });

  it("meets WCAG AA according to axe-core", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    // Chromium's own stylesheet for extension pages shrinks body text to 75% unless overridden.
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe("14px");
    expect(await axeViolations(popup)).toEqual([]);
    if (name === "chromium") {
      // Firefox's dark scheme is checked with the Arabic UI below (it needs a launch pref).
      await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
        true,
      );
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
    await page.close();
  });

  it("can be used from the keyboard alone, with a visible focus ring on every control", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    await popup.bringToFront();
    const controls = await popup.$$eval("button, input, a[href]", (els) => els.length);
    const visited: { tag: string; outline: string }[] = [];
    for (let i = 0; i < controls; i++) {
      await popup.keyboard.press("Tab");
      visited.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    expect(visited.map((v) => v.tag).sort()).toEqual(
      await popup.$$eval("button, input, a[href]", (els) => els.map((e) => e.tagName).sort()),
    );
    for (const { outline } of visited) expect(outline).toBe("solid 2px");
    await popup.focus("#toggle-quotes");
    await popup.keyboard.press(" ");
    await popup.waitForFunction(
      () => !(document.getElementById("toggle-quotes") as HTMLInputElement).checked,
    );
    await popup.keyboard.press(" ");
    await popup.waitForFunction(
      () => (document.getElementById("toggle-quotes") as HTMLInputElement).checked,
    );
    await popup.close();
    await page.close();
  });

  it("turns the page off when switched off for its site, and on again", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    await resetSettings(popup);
    await popup.click("#toggle-site");
    await popup.waitForSelector("[data-testid=status][data-status=off]", { timeout: 10_000 });
    expect(await popup.$eval("[data-testid=status] p", (el) => el.textContent)).toMatch(
      /switched off on this site/,
    );
    await popup.click("#toggle-site");
    await popup.waitForSelector("[data-testid=status][data-status=done]", { timeout: 30_000 });
    await popup.close();
    await page.close();
  });

  it("keeps its switches across a browser restart", async () => {
    let page = await openPage(session, SEED());
    let popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("#toggle-site");
    await resetSettings(popup);
    await popup.click("#toggle-quotes");
    await popup.click("#toggle-site");
    // Closing the browser before storage has the values would test nothing.
    await popup.waitForFunction(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: StorageArea } } }).chrome;
      const stored = await api.storage.sync.get(["showQuotes", "disabledSites"]);
      return stored.showQuotes === false && Array.isArray(stored.disabledSites);
    });
    await session.close();

    session = await launch(name, { userDataDir: profile });
    page = await openPage(session, SEED());
    popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("#toggle-site");
    expect(await checked(popup, "toggle-quotes")).toBe(false);
    expect(await checked(popup, "toggle-site")).toBe(false);
    expect(await checked(popup, "toggle-enabled")).toBe(true);
    expect(await checked(popup, "toggle-allegations")).toBe(true);
    await popup.close();
    await page.close();
  });
});

/** Firefox shows its UI in Arabic only with Debian's language pack (firefox-esr-l10n-ar). */
function firefoxHasArabic(): boolean {
  const extensions = join(
    dirname(process.env.FIREFOX_PATH ?? "/usr/lib/firefox-esr/firefox-esr"),
    "browser/extensions",
  );
  return (
    existsSync(extensions) && readdirSync(extensions).some((f) => f.startsWith("langpack-ar@"))
  );
}

describe.skipIf(!firefoxHasArabic())("popup with the Arabic UI in firefox", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch("firefox", { locale: "ar", darkScheme: true });
  });
  afterAll(() => session?.close());

  it("is right-to-left, in Arabic, and meets WCAG AA in the dark scheme according to axe-core", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
      true,
    );
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe("ar");
    expect(await popup.$eval("h1", (el) => el.textContent)).toBe("سياق المصادر");
    expect(await popup.$eval("label[for=toggle-quotes]", (el) => el.textContent)).toBe(
      "إظهار الاقتباسات المنسوبة",
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
