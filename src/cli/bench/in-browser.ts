import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { waitForContentScript } from "../../../test/e2e/browsers";
import { settledState } from "../../../test/e2e/page-state";
import { chromiumWithExtension } from "../chromium";
import { median } from "./timing";

export interface LongTask {
  start: number;
  duration: number;
}

interface RunRecord {
  /** Long tasks that started after DOMContentLoaded (the content script runs at document_idle). */
  longTasks: LongTask[];
  /** Script time the browser attributed to extension URLs (Long Animation Frames), in ms. */
  extensionScripts: LongTask[];
  timings: Record<string, number>;
  status: string;
}

export interface PageCost {
  page: string;
  status: string;
  /** Medians over the runs of state.timings (detect, extract, analyze, ranges, total). */
  timings: Record<string, number>;
  /** Per run: the longest post-DOMContentLoaded task, with and without the extension. */
  withExtensionMax: number[];
  withoutExtensionMax: number[];
  /** Longest script run by the extension in one frame (LoAF attribution), per run. */
  extensionScriptMax: number[];
  /** Long tasks (> 50 ms) the extension is held responsible for, per run (see attribute()). */
  attributedOver50: number[];
}

/** Registered before any page script: every long task and long frame, buffered from the start. */
function observeLongWork(): void {
  const w = window as unknown as { __benchLong: LongTask[]; __benchScripts: LongTask[] };
  w.__benchLong = [];
  w.__benchScripts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__benchLong.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as {
        scripts?: { sourceURL?: string; startTime: number; duration: number }[];
      }[]) {
        for (const s of frame.scripts ?? []) {
          if (/^(chrome|moz)-extension:/.test(s.sourceURL ?? "")) {
            w.__benchScripts.push({ start: s.startTime, duration: s.duration });
          }
        }
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // Browsers without Long Animation Frames: attribution falls back to the plain comparison.
  }
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
    await page.evaluateOnNewDocument(observeLongWork);
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    let timings: Record<string, number> = {};
    let status = "no extension";
    if (extension) {
      await waitForContentScript(page);
      const state = await settledState(page, 60_000);
      timings = state.timings;
      status = state.status;
    }
    // Let the last long tasks reach the observer.
    await new Promise((r) => setTimeout(r, 500));
    const observed = await page.evaluate(() => {
      const w = window as unknown as { __benchLong: LongTask[]; __benchScripts: LongTask[] };
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const after = nav.domContentLoadedEventEnd;
      return {
        longTasks: w.__benchLong.filter((t) => t.start >= after),
        extensionScripts: w.__benchScripts,
      };
    });
    return { ...observed, timings, status };
  } finally {
    await page.close();
  }
}

const maxDuration = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));

/**
 * Long tasks over 50 ms are charged to the extension when the browser attributes extension script
 * time to them, or when the same page without the extension has no long task that long after
 * DOMContentLoaded (the saved pages run no script of their own, so that is the browser's own work).
 */
function attribute(run: RunRecord, plainMax: number): number {
  const over = run.longTasks.filter((t) => t.duration > 50);
  const scripted = over.filter((t) =>
    run.extensionScripts.some((s) => s.start >= t.start && s.start < t.start + t.duration),
  );
  const unexplained = over.filter((t) => t.duration > plainMax);
  return new Set([...scripted, ...unexplained]).size;
}

/** Runs each page `runs` times with the extension and `runs` times in plain Chromium. */
export async function contentScriptCost(
  extensionDir: string,
  pages: { name: string; url: string }[],
  runs = 3,
): Promise<PageCost[]> {
  const withExt = chromiumWithExtension(extensionDir);
  const { enableExtensions: _, ...plainOptions } = withExt;
  const extBrowser = await puppeteer.launch(withExt);
  const plainBrowser = await puppeteer.launch(plainOptions);
  try {
    const costs: PageCost[] = [];
    for (const { name, url } of pages) {
      // One unmeasured load each, so both browsers have their caches and code warm.
      await record(extBrowser, url, true);
      await record(plainBrowser, url, false);
      const ext: RunRecord[] = [];
      const plain: RunRecord[] = [];
      for (let i = 0; i < runs; i++) {
        plain.push(await record(plainBrowser, url, false));
        ext.push(await record(extBrowser, url, true));
      }
      const plainMax = Math.max(...plain.map((r) => maxDuration(r.longTasks)));
      const keys = [...new Set(ext.flatMap((r) => Object.keys(r.timings)))];
      costs.push({
        page: name,
        status: ext[0]?.status ?? "?",
        timings: Object.fromEntries(
          keys.map((k) => [k, median(ext.map((r) => r.timings[k] ?? 0))]),
        ),
        withExtensionMax: ext.map((r) => maxDuration(r.longTasks)),
        withoutExtensionMax: plain.map((r) => maxDuration(r.longTasks)),
        extensionScriptMax: ext.map((r) => maxDuration(r.extensionScripts)),
        attributedOver50: ext.map((r) => attribute(r, plainMax)),
      });
    }
    return costs;
  } finally {
    await extBrowser.close();
    await plainBrowser.close();
  }
}
