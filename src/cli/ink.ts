/**
 * `npm run ink`: how much paint the marks add to a page, against the text's own ink, measured from
 * full-page screenshots in Chromium without and with the extension (src/cli/ink-pixels.ts).
 * Pages: the seed, and conflict articles from ../shared/data/conflict-dev when it is there.
 *
 *   npm run ink [-- --dist DIR] [--view sources|allegations|everything] [--keep DIR]
 *
 * --dist: an unpacked Chrome build (default dist/chrome); --view: the setting to measure (default
 * the default view); --keep: also write the screenshots there. The budget is a ratio of at
 * most 1.0 in the default view.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PNG } from "pngjs";
import puppeteer, { type Browser } from "puppeteer-core";
import { articlePage } from "./article-page";
import { CHROMIUM_PATH, chromiumWithExtension } from "./chromium";
import { inkFigures } from "./ink-pixels";
import { serveFolder } from "./static-server";

const root = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    dist: { type: "string", default: resolve(root, "dist/chrome") },
    view: { type: "string", default: "sources" },
    keep: { type: "string" },
  },
});
const CONFLICT_DEV = resolve(root, "../shared/data/conflict-dev");
const CONFLICT_PAGES = [
  { file: "en/en07_cnn_golan_2024.txt", lang: "en", publisher: "CNN" },
  { file: "ar/ar10_anc_damascus_bombing_2012.txt", lang: "ar", publisher: "الوسط" },
] as const;

const pagesDir = mkdtempSync(join(tmpdir(), "ink-pages-"));
const pages: { name: string; path: string }[] = [{ name: "seed", path: "/seed/article.html" }];
mkdirSync(join(pagesDir, "seed"));
writeFileSync(
  join(pagesDir, "seed/article.html"),
  readFileSync(resolve(root, "test/fixtures/seed/article.html")),
);
if (existsSync(CONFLICT_DEV)) {
  for (const { file, lang, publisher } of CONFLICT_PAGES) {
    const name = file.split("/")[1]?.replace(/\.txt$/, "") ?? file;
    const text = readFileSync(join(CONFLICT_DEV, file), "utf8");
    writeFileSync(join(pagesDir, `${name}.html`), articlePage(text, { lang, publisher }));
    pages.push({ name, path: `/${name}.html` });
  }
} else {
  console.error(`${CONFLICT_DEV} is absent: measuring the seed only`);
}

const VIEWPORT = { width: 1100, height: 900 };
const server = await serveFolder(pagesDir);
const plain = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  pipe: true,
  args: chromiumWithExtension(values.dist).args ?? [],
  defaultViewport: VIEWPORT,
});
const marked = await puppeteer.launch({
  ...chromiumWithExtension(values.dist),
  defaultViewport: VIEWPORT,
});

async function screenshot(browser: Browser, url: string, withMarks: boolean): Promise<PNG> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (withMarks) {
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
    // The marks of a page land in one go; a short settle catches a late re-paint.
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.mouse.move(0, 0);
  const png = PNG.sync.read(Buffer.from(await page.screenshot({ fullPage: true })));
  await page.close();
  return png;
}

try {
  if (values.view !== "sources") {
    const page = await marked.newPage();
    await page.goto(`${server.url}${pages[0]?.path}`, { waitUntil: "load" });
    const worker = await marked.waitForTarget((t) => t.type() === "service_worker");
    await (await worker.worker())?.evaluate(async (view) => {
      const api = globalThis as unknown as {
        chrome: { storage: { sync: { set(v: object): Promise<void> } } };
      };
      await api.chrome.storage.sync.set({ view });
    }, values.view);
    await page.close();
  }
  const rows = [];
  for (const { name, path } of pages) {
    const url = `${server.url}${path}`;
    const without = await screenshot(plain, url, false);
    const withMarks = await screenshot(marked, url, true);
    if (values.keep) {
      mkdirSync(values.keep, { recursive: true });
      writeFileSync(join(values.keep, `${name}-without.png`), PNG.sync.write(without));
      writeFileSync(join(values.keep, `${name}-with.png`), PNG.sync.write(withMarks));
    }
    const figures = inkFigures(without.data, withMarks.data);
    rows.push({
      page: name,
      view: values.view,
      paintRatio: Math.round(figures.ratio * 100) / 100,
      pixelRatio: Math.round(figures.pixelRatio * 100) / 100,
      inkPixels: `${(figures.inkShare * 100).toFixed(1)}%`,
      changedPixels: `${(figures.changedShare * 100).toFixed(1)}%`,
      size: `${without.width}x${without.height}`,
    });
  }
  console.table(rows);
  console.log(JSON.stringify(rows));
} finally {
  await plain.close();
  await marked.close();
  await server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}
