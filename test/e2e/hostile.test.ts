import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoverMarkedQuote, waitForCard } from "../../src/cli/card-probe";
import type { PageState } from "../../src/shared/messages";
import { HOSTILE_PAGES, servePages } from "../fixtures/hostile/pages";
import { BROWSERS, launch, type Session, waitForContentScript } from "./browsers";
import { pageState, settledState } from "./page-state";
import { setViewport } from "./wait";

const serverUrl = servePages(HOSTILE_PAGES);

/** Either analysed or, on a page too big, given up with a message that says why. */
function expectDoneOrGaveUp(state: PageState): void {
  expect(["done", "gave-up"]).toContain(state.status);
  if (state.status === "gave-up") expect(state.message ?? "").toMatch(/\w{4,}/);
  else expect(state.counts.quotes).toBeGreaterThan(0);
}

/** The page's own script still runs (its clock ticks) and answers its own messages. */
async function expectPageAlive(page: Page): Promise<void> {
  const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  const before = await ticks();
  await new Promise((r) => setTimeout(r, 200));
  expect(await ticks()).toBeGreaterThan(before);
  const pong = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        setTimeout(() => resolve(false), 2000);
        window.addEventListener("message", (event) => {
          if ((event.data as { pagePong?: boolean } | null)?.pagePong) resolve(true);
        });
        window.postMessage({ pagePing: true }, "*");
      }),
  );
  expect(pong).toBe(true);
}

/** Highlight ranges (through the page's original CSS object, which one page replaces). */
function markedTexts(page: Page): Promise<{ text: string; editable: boolean }[]> {
  return page.evaluate(() => {
    const css = (window as unknown as { __origCSS?: typeof CSS }).__origCSS ?? CSS;
    const out: { text: string; editable: boolean }[] = [];
    css.highlights.forEach((highlight) => {
      for (const range of highlight as unknown as Iterable<Range>) {
        const node = range.startContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const editable = Boolean(
          element?.closest('[contenteditable]:not([contenteditable="false"]), textarea'),
        );
        out.push({ text: range.toString(), editable });
      }
    });
    return out;
  });
}

/** How many analyses finish during `ms`: each one leaves new timings in the state. */
async function analysesDuring(page: Page, ms: number): Promise<number> {
  const seen = new Set<string>();
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const state = await pageState(page);
    if (state.status !== "running") seen.add(JSON.stringify(state.timings));
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen.size;
}

/** Hovers the first marked quote that contains `needle`; returns the card's frame as seen. */
async function hoverCard(page: Page, needle: string) {
  await hoverMarkedQuote(page, needle);
  // The checks below read the card as it is, shown or not.
  await waitForCard(page, { timeoutMs: 5_000 }).catch(() => undefined);
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>("source-context-card");
    const frame = host?.shadowRoot?.querySelector<HTMLElement>(".frame");
    if (!host || !frame) return null;
    const style = getComputedStyle(host);
    const box = frame.getBoundingClientRect();
    return {
      hidden: frame.hidden,
      hostDisplay: style.display,
      hostVisibility: style.visibility,
      hostOpacity: style.opacity,
      frameVisibility: getComputedStyle(frame).visibility,
      width: box.width,
      height: box.height,
      text: frame.textContent ?? "",
    };
  });
}

describe.each(BROWSERS)("hostile pages, %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  async function open(file: string): Promise<{ page: Page; state: PageState }> {
    const page = await session.browser.newPage();
    await setViewport(page, { width: 1000, height: 800 });
    await page.goto(`${serverUrl()}/${file}`, { waitUntil: "load", timeout: 60_000 });
    await waitForContentScript(page);
    const state = await settledState(page, 60_000);
    console.log(
      `[hostile ${name}] ${file}: ${state.status}${state.message ? ` (${state.message})` : ""}, ` +
        `timings ${JSON.stringify(state.timings, (_, v) => (typeof v === "number" ? Math.round(v) : v))}`,
    );
    return { page, state };
  }

  /** Opens a hostile page, runs the checks, and closes it even when a check fails. */
  async function onPage(file: string, checks: (page: Page, state: PageState) => Promise<void>) {
    const { page, state } = await open(file);
    try {
      await checks(page, state);
    } finally {
      await page.close();
    }
  }

  it("an ordinary article is analysed and marked, and the page still runs", async () => {
    await onPage("ordinary.html", async (page, state) => {
      expect(state.status).toBe("done");
      expect((await markedTexts(page)).length).toBeGreaterThan(0);
      await expectPageAlive(page);
    });
  });

  it("100,000 nodes: analysed or given up, and the page still runs", async () => {
    await onPage("many-nodes.html", async (page, state) => {
      expectDoneOrGaveUp(state);
      await expectPageAlive(page);
    });
  });

  it("nesting 10,000 deep: no stack overflow, and the page still runs", async () => {
    await onPage("deep-nesting.html", async (page, state) => {
      expectDoneOrGaveUp(state);
      await expectPageAlive(page);
    });
  });

  it("one 5 MB text node: given up with a message, and the page still runs", async () => {
    await onPage("huge-text-node.html", async (page, state) => {
      expect(state.status).toBe("gave-up");
      expect(state.message).toMatch(/characters/);
      expect(await markedTexts(page)).toEqual([]);
      await expectPageAlive(page);
    });
  });

  it("iframes: the top article is marked, nothing inside a frame is", async () => {
    await onPage("frames.html", async (page, state) => {
      expect(state.status).toBe("done");
      expect((await markedTexts(page)).length).toBeGreaterThan(0);
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const inFrame = await frame.evaluate(() => ({
          marks: CSS.highlights.size,
          cards: document.querySelectorAll("source-context-card").length,
        }));
        expect(inFrame).toEqual({ marks: 0, cards: 0 });
      }
      await expectPageAlive(page);
    });
  });

  it("shadow DOM: analysed without touching the page's shadow trees", async () => {
    await onPage("shadow.html", async (page, state) => {
      expect(state.status).toBe("done");
      const shadow = await page.evaluate(() => {
        const w = window as unknown as { __shadowBefore: string };
        return document.getElementById("open-host")?.shadowRoot?.innerHTML === w.__shadowBefore;
      });
      expect(shadow).toBe(true);
      await expectPageAlive(page);
    });
  });

  it("contenteditable regions are never marked, even after typing in them", async () => {
    await onPage("editable.html", async (page, state) => {
      expect(state.status).toBe("done");
      const marks = await markedTexts(page);
      expect(marks.filter((m) => !m.editable).length).toBeGreaterThan(0);
      expect(marks.filter((m) => m.editable)).toEqual([]);
      await page.click("#edit-1 p");
      await page.keyboard.type(" “Typed later,” the reporter said.");
      await new Promise((r) => setTimeout(r, 1500));
      expect((await markedTexts(page)).filter((m) => m.editable)).toEqual([]);
      const typed = await page.$eval("#edit-1", (el) => el.textContent ?? "");
      expect(typed).toContain("Typed later");
    });
  });

  it("a page that rewrites its DOM in a loop is re-analysed a bounded number of times", async () => {
    await onPage("rewrite-loop.html", async (page, state) => {
      expect(state.status).toBe("done");
      // The watcher waits for calm, but re-reads a page that never calms at most every 3 s.
      const analyses = await analysesDuring(page, 6_000);
      expect(analyses).toBeGreaterThanOrEqual(1);
      expect(analyses).toBeLessThanOrEqual(4);
      await expectPageAlive(page);
    });
  });

  it("a page that answers every change does not start a feedback loop with the card", async () => {
    await onPage("echo.html", async (page, state) => {
      expect(state.status).toBe("done");
      const card = await hoverCard(page, "We will not stop");
      expect(card?.hidden).toBe(false);
      await page.mouse.move(5, 5);
      const analyses = await analysesDuring(page, 4_000);
      expect(analyses).toBeLessThanOrEqual(2);
      const echoes = await page.evaluate(
        () => (window as unknown as { __echoes: number }).__echoes,
      );
      expect(echoes).toBeLessThan(20);
      await expectPageAlive(page);
    });
  });

  it("page CSS that hides the card does not hide it", async () => {
    await onPage("hidden-card.html", async (page, state) => {
      expect(state.status).toBe("done");
      const card = await hoverCard(page, "We will not stop");
      expect(card).toMatchObject({
        hidden: false,
        hostVisibility: "visible",
        hostOpacity: "1",
        frameVisibility: "visible",
      });
      expect(card?.hostDisplay).not.toBe("none");
      expect(card?.width).toBeGreaterThan(50);
      expect(card?.text).toMatch(/commander/i);
    });
  });

  it("page CSS that unsets every property leaves the card readable", async () => {
    await onPage("unset-all.html", async (page, state) => {
      expect(state.status).toBe("done");
      const card = await hoverCard(page, "We will not stop");
      expect(card?.hidden).toBe(false);
      expect(card?.hostDisplay).not.toBe("none");
      expect(card?.width).toBeGreaterThan(50);
      expect(card?.height).toBeGreaterThan(20);
      expect(card?.text).toMatch(/commander/i);
    });
  });

  it("a page that overrides CSS, Node, MutationObserver and Range methods does not break it", async () => {
    await onPage("globals.html", async (page, state) => {
      expect(state.status).toBe("done");
      expect((await markedTexts(page)).length).toBeGreaterThan(0);
      const card = await hoverCard(page, "We will not stop");
      expect(card?.hidden).toBe(false);
      // The extension never called the page's versions (content scripts see the real ones); calls
      // from puppeteer's own injected helpers (pptr:) are the test's, not the extension's.
      const calls = await page.evaluate(
        () => (window as unknown as { __overridden: string[] }).__overridden,
      );
      expect(calls.filter((stack) => !stack.includes("pptr:"))).toEqual([]);
      await expectPageAlive(page);
    });
  });
});
