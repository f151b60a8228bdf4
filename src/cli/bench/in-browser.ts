import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { waitForContentScript } from "../../../test/e2e/browsers";
import { settledState } from "../../../test/e2e/page-state";
import { chromiumWithExtension } from "../chromium";
import { median } from "./timing";
import { longTasksInTrace, type TracedTask } from "./trace";

interface RunRecord {
  /** Durations of the long tasks that started after DOMContentLoaded (the content script runs at document_idle). */
  longTasks: number[];
  timings: Record<string, number>;
  status: string;
  /** With the extension: its long tasks as a Chrome trace names them. */
  traced: TracedTask[];
}

export interface PageCost {
  page: string;
  status: string;
  /** state.timings of the first load in a fresh profile (no code cache yet). */
  coldTimings: Record<string, number>;
  /** Medians over the warm runs of state.timings (detect, extract, analyze, ranges, total). */
  timings: Record<string, number>;
  /** Per run, the cold one first: the longest post-DOMContentLoaded task, with and without the extension. */
  withExtensionMax: number[];
  withoutExtensionMax: number[];
  /** Per run: long tasks (> 50 ms) charged to the extension (see charged()). */
  chargedOver50: number[];
  /** Per run: the long tasks with the extension, as "ms what" from a Chrome trace. */
  tracedTasks: string[][];
}

/** Registered before any page script: every long task, buffered from the start. */
function observeLongTasks(): void {
  const w = window as unknown as { __benchLong: { start: number; duration: number }[] };
  w.__benchLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__benchLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

async function record(browser: Browser, url: string, extension: boolean): Promise<RunRecord> {
  const page: Page = await browser.newPage();
  try {
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
    if (extension) {
      await page.tracing.start({
        categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"],
      });
    }
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    let timings: Record<string, number> = {};
    let status = "no extension";
    if (extension) {
      await waitForContentScript(page);
      const state = await settledState(page, 60_000);
      timings = state.timings;
      status = state.status;
    } else {
      await new Promise((r) => setTimeout(r, 300));
    }
    // Let the last long tasks reach the observer.
    await new Promise((r) => setTimeout(r, 500));
    const longTasks = await page.evaluate(() => {
      const w = window as unknown as { __benchLong: { start: number; duration: number }[] };
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return w.__benchLong
        .filter((t) => t.start >= nav.domContentLoadedEventEnd)
        .map((t) => t.duration);
    });
    const trace = extension ? await page.tracing.stop() : undefined;
    const traced = trace
      ? longTasksInTrace(new TextDecoder().decode(trace), new URL(url).origin)
      : [];
    return { longTasks, timings, status, traced };
  } finally {
    await page.close();
  }
}

const longest = (tasks: readonly number[]) => Math.max(0, ...tasks);

/**
 * Long tasks over 50 ms charged to the extension: those longer than any the same page has, at the
 * same point of the same run (cold or warm), without the extension. The saved pages run no script
 * of their own, so a post-DOMContentLoaded long task without the extension is the browser's work.
 * (Long Animation Frames would name the script, but Chromium leaves extension scripts out of it.)
 */
function charged(run: RunRecord, plain: RunRecord | undefined): number {
  const baseline = longest(plain?.longTasks ?? []);
  return run.longTasks.filter((d) => d > 50 && d > baseline).length;
}

/**
 * Loads each page in a fresh profile with the extension and in one without, once cold (the
 * extension's code not yet cached) and then `warmRuns` times.
 */
export async function contentScriptCost(
  extensionDir: string,
  pages: { name: string; url: string }[],
  warmRuns = 3,
): Promise<PageCost[]> {
  const withExtension = chromiumWithExtension(extensionDir);
  const { enableExtensions: _, ...plainOptions } = withExtension;
  const costs: PageCost[] = [];
  for (const { name, url } of pages) {
    const extBrowser = await puppeteer.launch(withExtension);
    const plainBrowser = await puppeteer.launch(plainOptions);
    try {
      const ext: RunRecord[] = [];
      const plain: RunRecord[] = [];
      for (let i = 0; i <= warmRuns; i++) {
        plain.push(await record(plainBrowser, url, false));
        ext.push(await record(extBrowser, url, true));
      }
      const warm = ext.slice(1);
      const keys = [...new Set(warm.flatMap((r) => Object.keys(r.timings)))];
      costs.push({
        page: name,
        status: ext[0]?.status ?? "?",
        coldTimings: ext[0]?.timings ?? {},
        timings: Object.fromEntries(
          keys.map((k) => [k, median(warm.map((r) => r.timings[k] ?? 0))]),
        ),
        withExtensionMax: ext.map((r) => longest(r.longTasks)),
        withoutExtensionMax: plain.map((r) => longest(r.longTasks)),
        chargedOver50: ext.map((r, i) => charged(r, plain[i])),
        tracedTasks: ext.map((r) => r.traced.map((t) => `${t.ms.toFixed(0)} ms ${t.what}`)),
      });
    } finally {
      await extBrowser.close();
      await plainBrowser.close();
    }
  }
  return costs;
}
