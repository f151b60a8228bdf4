import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { waitForContentScript } from "../../../test/e2e/browsers";
import { settledState } from "../../../test/e2e/page-state";
import { chromiumWithExtension } from "../chromium";

/**
 * Long tasks on a page under CPU throttling, with the extension and without it, counted in the same
 * run: the extension may add none beyond those the page has on its own. A long task is the
 * browser's own measure (over 50 ms, PerformanceObserver "longtask"); only counts are compared,
 * never a duration with a fixed number.
 */

/** CDP's CPU throttling: 4x slower stands in for a mid-range laptop or a phone. */
export const THROTTLING_RATE = 4;
/** Quiet time after the page settled, for the last long tasks to reach the observer. */
const TAIL_MS = 1000;

export interface LongTaskRun {
  /** Durations of the long tasks that started after the load event. */
  afterLoad: number[];
  /** Those that started after DOMContentLoaded (the content script may start before load). */
  afterDomContentLoaded: number[];
  /** With the extension: its status and the ranges it marked; without: "no extension", 0. */
  status: string;
  marks: number;
  /** How long after the load event the run was watched. */
  watchedMs: number;
  timings: Record<string, number>;
}

/** Registered before any page script: every long task, buffered from the start. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

/**
 * Loads `url` in a new tab under CPU throttling and watches its long tasks: with the extension
 * until its analysis settles (then TAIL_MS), without it for `watchMs` after the load event.
 */
export async function throttledRun(
  browser: Browser,
  url: string,
  { extension, watchMs = 0 }: { extension: boolean; watchMs?: number },
): Promise<LongTaskRun> {
  const page: Page = await browser.newPage();
  try {
    await page.setViewport({ width: 1100, height: 900 });
    await page.setRequestInterception(true);
    // Saved pages reference third-party scripts and images: only the local server (and the
    // extension's own chunks, which the content script loader imports) is reachable.
    page.on("request", (req) => {
      const allowed = /^(http:\/\/127\.0\.0\.1[:/]|data:|chrome-extension:)/.test(req.url());
      void (allowed ? req.continue() : req.abort());
    });
    // tsx keeps function names by wrapping them in __name(), which page-side code lacks.
    await page.evaluateOnNewDocument("globalThis.__name = (fn) => fn;");
    await page.evaluateOnNewDocument(observeLongTasks);
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING_RATE });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    const loaded = Date.now();
    let status = "no extension";
    let timings: Record<string, number> = {};
    let marks = 0;
    if (extension) {
      await waitForContentScript(page);
      const state = await settledState(page, 120_000);
      status = state.status;
      timings = state.timings;
      marks = await page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((h) => {
          n += h.size;
        });
        return n;
      });
      await new Promise((r) => setTimeout(r, TAIL_MS));
    } else {
      await new Promise((r) => setTimeout(r, Math.max(watchMs, TAIL_MS)));
    }
    const watchedMs = Date.now() - loaded;
    const tasks = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const after = (from: number) =>
        w.__longTasks.filter((t) => t.start >= from).map((t) => Math.round(t.duration));
      return {
        afterLoad: after(nav.loadEventStart),
        afterDomContentLoaded: after(nav.domContentLoadedEventStart),
      };
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return { ...tasks, status, marks, watchedMs, timings };
  } finally {
    await page.close();
  }
}

export interface LongTaskComparison {
  /** Per round, with the extension then without it (the same URL, the same watch time). */
  withExtension: LongTaskRun[];
  without: LongTaskRun[];
  /** Fewest long tasks after the load event in any round, each way. */
  fewestWith: number;
  fewestWithout: number;
  /** The same, counted from DOMContentLoaded. */
  fewestWithFromDcl: number;
  fewestWithoutFromDcl: number;
  /** No long task beyond the page's own, counted both ways. */
  ok: boolean;
}

/**
 * Rounds of one load with the extension and one without, until the extension's fewest long tasks
 * are no more than the page's own, or `rounds` are done. Interference (another job on the
 * machine, a garbage collection) only ever adds long tasks, so each side is judged by its fewest,
 * as the growth helper judges time by its best round.
 */
export async function compareLongTasks(
  withExtension: Browser,
  without: Browser,
  url: string,
  { rounds = 3, minRounds = 1 }: { rounds?: number; minRounds?: number } = {},
): Promise<LongTaskComparison> {
  const ext: LongTaskRun[] = [];
  const plain: LongTaskRun[] = [];
  const fewest = (runs: LongTaskRun[], key: "afterLoad" | "afterDomContentLoaded") =>
    Math.min(...runs.map((r) => r[key].length));
  const verdict = () =>
    fewest(ext, "afterLoad") <= fewest(plain, "afterLoad") &&
    fewest(ext, "afterDomContentLoaded") <= fewest(plain, "afterDomContentLoaded");
  for (let i = 0; i < rounds && (i < minRounds || !verdict()); i++) {
    const run = await throttledRun(withExtension, url, { extension: true });
    ext.push(run);
    plain.push(await throttledRun(without, url, { extension: false, watchMs: run.watchedMs }));
  }
  return {
    withExtension: ext,
    without: plain,
    fewestWith: fewest(ext, "afterLoad"),
    fewestWithout: fewest(plain, "afterLoad"),
    fewestWithFromDcl: fewest(ext, "afterDomContentLoaded"),
    fewestWithoutFromDcl: fewest(plain, "afterDomContentLoaded"),
    ok: verdict(),
  };
}

export interface PageLongTasks {
  page: string;
  comparison: LongTaskComparison;
}

/**
 * Every page at THROTTLING_RATE, `rounds` loads each with the extension and without it, in two
 * fresh Chromiums (one with the unpacked extension in `extensionDir`, one without).
 */
export async function longTasksAtThrottling(
  extensionDir: string,
  pages: { name: string; url: string }[],
  rounds = 3,
): Promise<PageLongTasks[]> {
  const options = chromiumWithExtension(extensionDir);
  const { enableExtensions: _, ...plainOptions } = options;
  const ext = await puppeteer.launch(options);
  const plain = await puppeteer.launch(plainOptions);
  try {
    const out: PageLongTasks[] = [];
    for (const { name, url } of pages) {
      out.push({
        page: name,
        comparison: await compareLongTasks(ext, plain, url, { rounds, minRounds: rounds }),
      });
    }
    return out;
  } finally {
    await Promise.all([ext.close(), plain.close()]);
  }
}
