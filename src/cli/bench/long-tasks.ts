import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { waitForContentScript } from "../../../test/e2e/browsers";
import { settledState } from "../../../test/e2e/page-state";
import { chromiumWithExtension } from "../chromium";
import { longTasksByThreadTime, THREAD_TIME_CATEGORIES } from "./thread-time";

/**
 * Long tasks on a page under CPU throttling, with the extension and without it, counted in the same
 * run: the extension may add none beyond those the page has on its own. Only counts are compared,
 * never a duration with a fixed number. Two counts are kept: the browser's own (PerformanceObserver
 * "longtask", over 50 ms of wall clock) and the same threshold on the main thread's CPU time from
 * a trace (see thread-time.ts). The verdict is on the second: on a machine shared by other jobs the
 * wall clock of every task grows by the time the thread waited for a core, so a page that works in
 * many short slices collects long tasks that a page doing nothing cannot, whatever the extension.
 */

/** CDP's CPU throttling: 4x slower stands in for a mid-range laptop or a phone. */
export const THROTTLING_RATE = 4;
/** Quiet time after the page settled, for the last long tasks to reach the observer. */
const TAIL_MS = 1000;

export interface LongTaskRun {
  /** Durations (wall clock) of the long tasks that started after the load event. */
  afterLoad: number[];
  /** Those that started after DOMContentLoaded (the content script may start before load). */
  afterDomContentLoaded: number[];
  /** The main thread's tasks over 50 ms of its CPU time, after load and after DOMContentLoaded. */
  cpuAfterLoad: number[];
  cpuAfterDomContentLoaded: number[];
  /** With the extension: its status and the ranges it marked; without: "no extension", 0. */
  status: string;
  marks: number;
  /** How long after the load event the run was watched. */
  watchedMs: number;
  timings: Record<string, number>;
}

/** Registered before any page script: every long task, buffered from the start. */
function observeLongTasks(): void {
  const w = window as unknown as {
    __longTasks: { start: number; duration: number }[];
    __longTaskObserver: PerformanceObserver;
  };
  w.__longTasks = [];
  w.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longTasks.push({ start: e.startTime, duration: e.duration });
  });
  w.__longTaskObserver.observe({ type: "longtask", buffered: true });
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
    // The new tab's about:blank lives in another renderer than the page's site, and the throttling
    // set there is lost when the navigation moves to the page's renderer: a first, same-site
    // document (the server's 404) makes the page's renderer the one the throttling is set on.
    await page.goto(`${new URL(url).origin}/`, { timeout: 120_000 });
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING_RATE });
    await page.tracing.start({ categories: THREAD_TIME_CATEGORIES });
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
      // The same pings the run with the extension sends while it waits for the state, so that the
      // harness's own work on the page is the same on both sides.
      const until = Date.now() + Math.max(watchMs, TAIL_MS);
      while (Date.now() < until) {
        await page.evaluate(() => window.postMessage({ sourceContextPing: true }, "*"));
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const watchedMs = Date.now() - loaded;
    const tasks = await page.evaluate(() => {
      const w = window as unknown as {
        __longTasks: { start: number; duration: number }[];
        __longTaskObserver: PerformanceObserver;
      };
      // Entries queued but not yet handed to the callback (the last task's, often).
      for (const e of w.__longTaskObserver.takeRecords())
        w.__longTasks.push({ start: e.startTime, duration: e.duration });
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const after = (from: number) =>
        w.__longTasks.filter((t) => t.start >= from).map((t) => Math.round(t.duration));
      return {
        afterLoad: after(nav.loadEventStart),
        afterDomContentLoaded: after(nav.domContentLoadedEventStart),
      };
    });
    const trace = longTasksByThreadTime(new TextDecoder().decode(await page.tracing.stop()));
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return {
      ...tasks,
      cpuAfterLoad: trace.afterLoad,
      cpuAfterDomContentLoaded: trace.afterDomContentLoaded,
      status,
      marks,
      watchedMs,
      timings,
    };
  } finally {
    await page.close();
  }
}

export interface LongTaskComparison {
  /** Per round, with the extension then without it (the same URL, the same watch time). */
  withExtension: LongTaskRun[];
  without: LongTaskRun[];
  /** Fewest long tasks by CPU time after the load event in any round, each way. */
  fewestWith: number;
  fewestWithout: number;
  /** The same, counted from DOMContentLoaded. */
  fewestWithFromDcl: number;
  fewestWithoutFromDcl: number;
  /** The browser's own counts (wall clock), for the record: they grow with the machine's load. */
  wall: { fewestWith: number; fewestWithout: number };
  /** No long task by CPU time beyond the page's own after the load event. */
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
  type Counted = "afterLoad" | "cpuAfterLoad" | "cpuAfterDomContentLoaded";
  const fewest = (runs: LongTaskRun[], key: Counted) => Math.min(...runs.map((r) => r[key].length));
  // The criterion is from the load event. From DOMContentLoaded the counts are shown only: on the
  // 100,000-node page the content script, starting before load, splits the page's own first
  // rendering into two long tasks (less time in all than the one without the extension).
  const verdict = () => fewest(ext, "cpuAfterLoad") <= fewest(plain, "cpuAfterLoad");
  for (let i = 0; i < rounds && (i < minRounds || !verdict()); i++) {
    const run = await throttledRun(withExtension, url, { extension: true });
    ext.push(run);
    plain.push(await throttledRun(without, url, { extension: false, watchMs: run.watchedMs }));
  }
  return {
    withExtension: ext,
    without: plain,
    fewestWith: fewest(ext, "cpuAfterLoad"),
    fewestWithout: fewest(plain, "cpuAfterLoad"),
    fewestWithFromDcl: fewest(ext, "cpuAfterDomContentLoaded"),
    fewestWithoutFromDcl: fewest(plain, "cpuAfterDomContentLoaded"),
    wall: { fewestWith: fewest(ext, "afterLoad"), fewestWithout: fewest(plain, "afterLoad") },
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
