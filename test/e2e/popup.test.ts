import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { axeViolations } from "./axe";
import { BROWSERS, inPage, launch, openExtensionPage, openPage, type Session } from "./browsers";
import { waitUntil } from "./wait";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

const SEED = () => `${server.url}/seed/article.html`;

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
  await waitUntil(popup, () =>
    ["toggle-enabled", "toggle-site", "view-sources"].every(
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

  it("lists the seed's sources by statements, each with its label, and steps through a source's statements", async () => {
    const page = await openPage(session, SEED());
    const popup = await settledPopup(session, page);
    expect(await popup.$eval("[data-testid=status]", (el) => el.getAttribute("data-status"))).toBe(
      "done",
    );
    await popup.waitForSelector("[data-testid=source]");
    // The first few sources show at once; the rest on request.
    expect(await popup.$$eval("[data-testid=source]", (els) => els.length)).toBe(5);
    await popup.click("button.more");
    const sources = await popup.$$eval("[data-testid=source]", (els) =>
      els.map((el) => ({
        id: el.getAttribute("data-source-id"),
        alignment: el.getAttribute("data-alignment"),
        side: el.getAttribute("data-side"),
        label: el.querySelector("[data-testid=source-label]")?.textContent ?? "",
        count: Number(/\d+/.exec(el.querySelector(".count")?.textContent ?? "")?.[0] ?? 1),
      })),
    );
    expect(sources.find((s) => s.id === "amaq")).toMatchObject({
      alignment: "armed-group:isis",
      side: "armed",
    });
    expect(sources.find((s) => s.id === "sana")).toMatchObject({ side: "state" });
    for (const source of sources) expect(source.label.trim()).not.toBe("");
    const counts = sources.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The publisher is named once, in the verdict, not again in the list.
    expect(await popup.$eval("[data-testid=publisher]", (el) => el.textContent)).toContain(
      "مرآة سوريا",
    );
    expect(sources.map((s) => s.id)).not.toContain(
      await popup.$eval("[data-testid=publisher] bdi", (el) => el.textContent),
    );
    const legend = await popup.$$eval(".legend li", (els) =>
      els.map((e) => e.getAttribute("data-side")),
    );
    expect(legend).toContain("armed");

    // The next-statement button shows (and flashes) Amaq's statement on the page, with its card.
    await popup.click("[data-testid=source][data-source-id=amaq] [data-step=next]");
    const flashed = await waitUntil(
      page,
      () => {
        const focus = CSS.highlights.get("source-context-focus");
        const range = focus ? ([...focus][0] as Range | undefined) : undefined;
        return range?.toString() ?? false;
      },
      inPage(5_000),
    );
    expect(flashed).toContain("30 دبابة");
    await waitUntil(
      page,
      () =>
        /أعماق/.test(
          document
            .querySelector("source-context-card")
            ?.shadowRoot?.querySelector(".frame:not([hidden])")?.textContent ?? "",
        ),
      inPage(5_000),
    );
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
    expect(await popup.$eval("[data-testid=status] .verdict", (el) => el.textContent)).toMatch(
      /^Analysed on request .*: \d+ statements?, \d+ allegations?\.$/,
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
    // Tab stops: every button, checkbox, link and summary, and the checked radio of the view setting.
    const STOPS = "button, input[type=checkbox], input[type=radio]:checked, a[href], summary";
    const controls = await popup.$$eval(STOPS, (els) => els.length);
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
      await popup.$$eval(STOPS, (els) => els.map((e) => e.tagName).sort()),
    );
    for (const { outline } of visited) expect(outline).toBe("solid 2px");
    await popup.focus("#toggle-enabled");
    await popup.keyboard.press(" ");
    await waitUntil(
      popup,
      () => !(document.getElementById("toggle-enabled") as HTMLInputElement).checked,
    );
    await popup.keyboard.press(" ");
    await waitUntil(
      popup,
      () => (document.getElementById("toggle-enabled") as HTMLInputElement).checked,
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
    await popup.click("#view-allegations");
    await popup.click("#toggle-site");
    // Closing the browser before storage has the values would test nothing.
    await waitUntil(popup, async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: StorageArea } } }).chrome;
      const stored = await api.storage.sync.get(["view", "disabledSites"]);
      return stored.view === "allegations" && Array.isArray(stored.disabledSites);
    });
    await session.close();

    session = await launch(name, { userDataDir: profile });
    page = await openPage(session, SEED());
    popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("#toggle-site");
    expect(await checked(popup, "view-allegations")).toBe(true);
    expect(await checked(popup, "view-sources")).toBe(false);
    expect(await checked(popup, "toggle-site")).toBe(false);
    expect(await checked(popup, "toggle-enabled")).toBe(true);
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
    expect(await popup.$eval("label[for=view-sources]", (el) => el.textContent)).toBe(
      "المصادر والادعاءات",
    );
    expect(await popup.$eval(".verdict", (el) => el.textContent)).toMatch(/تصريح/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
