import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoverMarkedQuote, waitForCard } from "../../src/cli/card-probe";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { axeViolations } from "./axe";
import { BROWSERS, inPage, launch, openExtensionPage, openPage, type Session } from "./browsers";
import { highlightNames, setSettings, settledState } from "./page-state";
import { setViewport, waitUntil } from "./wait";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

const SEED = () => `${server.url}/seed/article.html`;

interface CardSeen {
  hidden: boolean;
  text: string;
  kinds: string[];
  frame: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  focused: boolean;
  focusHighlight: boolean;
}

/** The card as the page shows it now. */
function cardSeen(page: Page): Promise<CardSeen | null> {
  return page.evaluate(() => {
    const root = document.querySelector("source-context-card")?.shadowRoot;
    const frame = root?.querySelector<HTMLElement>(".frame");
    if (!root || !frame) return null;
    const r = frame.getBoundingClientRect();
    return {
      hidden: frame.hidden,
      text: frame.textContent ?? "",
      kinds: [...root.querySelectorAll(".finding")].map((s) => s.classList[1] ?? ""),
      frame: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport: {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
      focused: root.activeElement !== null,
      focusHighlight: CSS.highlights.has("source-context-focus"),
    };
  });
}

/** The line box of the mark holding `needle`, as hoverMarkedQuote found it. */
function markRect(page: Page, needle: string) {
  return page.evaluate((text) => {
    let found: DOMRect | undefined;
    CSS.highlights.forEach((highlight, name) => {
      if (name === "source-context-focus") return;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (!found && range.toString().includes(text)) found = range.getClientRects()[0];
      }
    });
    return found
      ? { left: found.left, top: found.top, right: found.right, bottom: found.bottom }
      : null;
  }, needle);
}

/** Asks the page's content script to step to the next finding, as the keyboard command does. */
async function stepNext(session: Session, page: Page): Promise<void> {
  const popup = await openExtensionPage(session, page, "popup");
  const search = await popup.evaluate(() => location.search);
  await popup.evaluate(async (query) => {
    type Tabs = { sendMessage(id: number, message: unknown): Promise<unknown> };
    const api = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const tabId = Number(new URLSearchParams(query).get("tab"));
    await (api.browser ?? api.chrome).tabs.sendMessage(tabId, { type: "step", direction: "next" });
  }, search);
  await popup.close();
  await page.bringToFront();
}

describe.each(BROWSERS)("reading the seed, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("marks what the view setting asks for, switched from the popup", async () => {
    const page = await openPage(session, SEED());
    await settledState(page);
    const names = await highlightNames(page);
    expect(names).toContain("source-context-alleged");
    expect(names).toContain("source-context-statement");
    expect(names.some((n) => n.startsWith("source-context-voice-"))).toBe(true);
    expect(names.some((n) => /statement-|alleged-/.test(n))).toBe(false);

    const popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("#view-allegations");
    await popup.click("#view-allegations");
    await waitUntil(
      page,
      () =>
        [...CSS.highlights.keys()].filter((n) => n !== "source-context-focus").join() ===
        "source-context-alleged",
      inPage(),
    );
    await popup.click("#view-everything");
    await waitUntil(page, () => CSS.highlights.has("source-context-statement-armed"), inPage());
    await popup.click("#view-sources");
    await waitUntil(page, () => !CSS.highlights.has("source-context-statement-armed"), inPage());
    // Switched again before the first switch is painted: the last choice is what shows.
    await popup.click("#view-allegations");
    await popup.click("#view-everything");
    await waitUntil(page, () => CSS.highlights.has("source-context-statement-armed"), inPage());
    await popup.close();
    await page.close();
  });

  it("shows one card with every finding where a statement and an allegation overlap", async () => {
    const page = await openPage(session, SEED());
    await setViewport(page, { width: 1100, height: 900 });
    await settledState(page);
    await hoverMarkedQuote(page, "تواطأت");
    await waitForCard(page, { contains: "" });
    const card = await cardSeen(page);
    expect(card?.kinds).toEqual(["quote", "allegation"]);
    expect(card?.text).toMatch(/Said by/);
    expect(card?.text).toMatch(/المؤيدين/);
    expect(card?.text).toMatch(/Unverified allegation/);
    expect(card?.text).toMatch(/Flagged because of the words/);
    await page.close();
  });

  it("keeps the card beside or above its mark, inside the viewport with its own scroll, at 200% zoom", async () => {
    const page = await session.browser.newPage();
    // 200% zoom of a 1100×900 window: half the CSS pixels, twice the device pixels.
    await setViewport(page, { width: 550, height: 450, deviceScaleFactor: 2 });
    await page.goto(SEED(), { waitUntil: "load" });
    await settledState(page);
    await hoverMarkedQuote(page, "عامل الحسم");
    await waitForCard(page, { contains: "" });
    const card = (await cardSeen(page)) as CardSeen;
    const mark = await markRect(page, "عامل الحسم");
    expect(card.frame.left).toBeGreaterThanOrEqual(0);
    expect(card.frame.top).toBeGreaterThanOrEqual(0);
    expect(card.frame.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.frame.bottom).toBeLessThanOrEqual(card.viewport.height);
    // Never over the lines that follow: above the mark's line, or beside it.
    if (!mark) throw new Error("no mark");
    expect(
      card.frame.bottom <= mark.top ||
        card.frame.right <= mark.left ||
        card.frame.left >= mark.right,
    ).toBe(true);
    // Its last control can be scrolled into view inside the card.
    const last = await page.evaluate(() => {
      const root = document.querySelector("source-context-card")?.shadowRoot;
      const body = root?.querySelector<HTMLElement>(".body");
      const controls = root?.querySelectorAll<HTMLElement>("a, button");
      const control = controls?.[controls.length - 1];
      if (!body || !control) return null;
      body.scrollTop = body.scrollHeight;
      const r = control.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(last?.top).toBeGreaterThanOrEqual(0);
    expect(last?.bottom).toBeLessThanOrEqual(last?.height ?? 0);
    await page.close();
  });

  it("keeps the card open while the article re-renders the same text", async () => {
    const page = await openPage(session, SEED());
    await setViewport(page, { width: 1100, height: 900 });
    await settledState(page);
    await hoverMarkedQuote(page, "30 دبابة");
    const before = await waitForCard(page);
    await page.evaluate(() => {
      // As a framework re-renders: the same markup, in new nodes.
      const article = document.querySelector("article");
      if (article)
        article.replaceChildren(...[...article.childNodes].map((n) => n.cloneNode(true)));
    });
    // The extension re-reads the page 400 ms after it settles; the card must survive it.
    await waitUntil(
      page,
      () => {
        let live = 0;
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Iterable<Range>) if (!r.collapsed) live++;
        });
        return live > 10;
      },
      inPage(),
    );
    await new Promise((r) => setTimeout(r, 800));
    const after = await cardSeen(page);
    expect(after?.hidden).toBe(false);
    expect(after?.text).toBe(before);
    await page.close();
  });

  it("clears every trace of keyboard focus on Escape", async () => {
    const page = await openPage(session, SEED());
    await settledState(page);
    await stepNext(session, page);
    await waitUntil(
      page,
      () => {
        const root = document.querySelector("source-context-card")?.shadowRoot;
        return root?.activeElement !== null && CSS.highlights.has("source-context-focus");
      },
      inPage(),
    );
    await page.keyboard.press("Escape");
    const card = await cardSeen(page);
    expect(card).toMatchObject({ hidden: true, focused: false, focusHighlight: false });
    await page.close();
  });

  it("opens the options page from 'This label is wrong' with the source's override, saved once valid", async () => {
    const page = await openPage(session, SEED());
    await setViewport(page, { width: 1100, height: 900 });
    await settledState(page);
    await hoverMarkedQuote(page, "عامل الحسم");
    const text = await waitForCard(page, { contains: "This label is wrong" });
    expect(text).toMatch(/سانا|SANA/);
    // «وقالت» has no written subject: the card names whom it links to, not the cue word.
    const saidBy = await page.evaluate(
      () =>
        document.querySelector("source-context-card")?.shadowRoot?.querySelector(".said-by")
          ?.textContent,
    );
    expect(saidBy).toMatch(/سانا/);
    expect(saidBy).not.toMatch(/قالت/);
    const before = new Set(await session.browser.pages());
    await page.evaluate(() => {
      const root = document.querySelector("source-context-card")?.shadowRoot;
      root?.querySelector<HTMLButtonElement>("button.correct")?.click();
    });
    const options = await waitForNewPage(session, before, "src/options/index.html#correct=");
    await options.waitForSelector("#override");
    const draft = JSON.parse(
      await options.$eval("#override", (el) => (el as HTMLTextAreaElement).value),
    );
    expect(draft.sources[0]).toMatchObject({ id: "sana", alignment: "state-media" });

    // An invalid edit is refused with its path; a valid one is stored.
    await options.$eval("#override", (el) => {
      const area = el as HTMLTextAreaElement;
      area.value = area.value.replace('"state-media"', '"state-run"');
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await options.click("[data-testid=save-override]");
    await options.waitForSelector("[data-testid=override-errors]");
    expect(await options.$eval("[data-testid=override-errors]", (el) => el.textContent)).toMatch(
      /\$\.sources\[0\]\.alignment/,
    );
    await options.$eval("#override", (el) => {
      const area = el as HTMLTextAreaElement;
      area.value = area.value.replace('"state-run"', '"independent"');
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await options.click("[data-testid=save-override]");
    await waitUntil(options, () =>
      /saved/.test(document.querySelector("[data-testid=override-outcome]")?.textContent ?? ""),
    );
    const stored = await options.evaluate(async () => {
      type Local = {
        get(
          k: string[],
        ): Promise<Record<string, { sources?: { id: string; alignment: string }[] }>>;
      };
      const api = globalThis as unknown as { chrome: { storage: { local: Local } } };
      return (await api.chrome.storage.local.get(["customRuleset"])).customRuleset;
    });
    expect(stored?.sources?.find((s) => s.id === "sana")?.alignment).toBe("independent");
    await options.evaluate(async () => {
      const api = globalThis as unknown as {
        chrome: { storage: { local: { clear(): Promise<void> } } };
      };
      await api.chrome.storage.local.clear();
    });
    await options.close();
    await page.close();
  });

  it("copies and downloads the page's findings as JSON and Markdown", async () => {
    const page = await openPage(session, SEED());
    await settledState(page);
    const popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("[data-testid=copy-json]");
    await popup.evaluate(() => {
      const w = window as unknown as { copied: string[]; downloaded: Promise<unknown>[] };
      w.copied = [];
      w.downloaded = [];
      navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const { download, href } = this;
        w.downloaded.push(fetch(href).then(async (r) => ({ download, body: await r.text() })));
      };
    });
    await popup.click("[data-testid=copy-json]");
    await popup.click("[data-testid=download-markdown]");
    await waitUntil(popup, () => {
      const w = window as unknown as { copied: string[]; downloaded: unknown[] };
      return w.copied.length === 1 && w.downloaded.length === 1;
    });
    const { copied, downloaded } = (await popup.evaluate(async () => {
      const w = window as unknown as { copied: string[]; downloaded: Promise<unknown>[] };
      return { copied: w.copied, downloaded: await Promise.all(w.downloaded) };
    })) as { copied: string[]; downloaded: { download: string; body: string }[] };
    const json = JSON.parse(copied[0] ?? "{}");
    expect(json.url).toBe(SEED());
    const amaq = json.statements.find((s: { speaker: string }) => /أعماق/.test(s.speaker ?? ""));
    expect(amaq).toMatchObject({ label: expect.stringMatching(/Islamic State/) });
    expect(amaq.statement).toContain("30 دبابة");
    expect(json.allegations.length).toBeGreaterThan(5);
    expect(json.allegations[0].reasons.length).toBeGreaterThan(0);
    expect(downloaded[0]?.download).toBe("source-context-127.0.0.1.md");
    expect(downloaded[0]?.body).toContain(`<${SEED()}>`);
    expect(downloaded[0]?.body).toMatch(/\| Speaker \| Label \| Statement \|/);
    await popup.close();
    await page.close();
  });

  it("fits the popup on one screen at 420×600, every switch within it", async () => {
    const page = await openPage(session, SEED());
    await settledState(page);
    const popup = await openExtensionPage(session, page, "popup");
    await setViewport(popup, { width: 420, height: 600 });
    await popup.waitForSelector("[data-testid=status][data-status=done]");
    await popup.waitForSelector("[data-testid=shortcuts] kbd");
    const layout = await popup.evaluate(() => ({
      height: Math.max(
        Math.round(document.querySelector("main")?.getBoundingClientRect().bottom ?? 0),
        document.documentElement.scrollHeight,
      ),
      content: Math.round(document.querySelector("main")?.getBoundingClientRect().bottom ?? 0),
      switches: [...document.querySelectorAll("input")].map((i) => ({
        id: i.id,
        bottom: Math.round(i.getBoundingClientRect().bottom),
      })),
    }));
    console.log(
      `${name} popup at 420x600: content ends at ${layout.content}px; switches ${JSON.stringify(layout.switches)}`,
    );
    expect(layout.height).toBeLessThanOrEqual(600);
    for (const s of layout.switches) expect(s.bottom).toBeLessThanOrEqual(600);
    expect(layout.switches.map((s) => s.id)).toEqual([
      "toggle-enabled",
      "toggle-site",
      "view-allegations",
      "view-sources",
      "view-everything",
    ]);
    await popup.close();
    await page.close();
  });

  it("has a card that meets WCAG AA according to axe-core, light and dark", async () => {
    const page = await openPage(session, SEED());
    await setViewport(page, { width: 1100, height: 900 });
    await settledState(page);
    await hoverMarkedQuote(page, "تواطأت");
    await waitForCard(page);
    expect(await axeViolations(page, "source-context-card")).toEqual([]);
    if (name === "chromium") {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      expect(await axeViolations(page, "source-context-card")).toEqual([]);
    }
    await page.close();
  });
});

describe.each(BROWSERS)("always analysing a site, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("analyses a page not judged news once asked to, and again after a reload", async () => {
    const page = await openPage(session, `${server.url}/popup/not-news.html`);
    expect((await settledState(page)).status).toBe("not-news");
    const popup = await openExtensionPage(session, page, "popup");
    await popup.waitForSelector("#toggle-always");
    expect(await popup.$eval("[data-testid=analyse-anyway]", (el) => el.textContent)).toBe(
      "Analyse anyway",
    );
    await popup.click("#toggle-always");
    await popup.waitForSelector("[data-testid=status][data-status=done]", { timeout: 30_000 });
    await page.reload({ waitUntil: "load" });
    await waitUntil(page, () => document.readyState === "complete", inPage());
    const state = await settledState(page);
    expect(state).toMatchObject({ status: "done", isNews: false });
    await setSettings(popup, { alwaysAnalyseSites: [] });
    await popup.close();
    await page.close();
  });
});

async function waitForNewPage(
  session: Session,
  before: Set<Page>,
  hrefPart: string,
): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => "");
      if (href.includes(hrefPart)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no page ${hrefPart} opened`);
}
