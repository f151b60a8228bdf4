import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractArticleText } from "../../page/extract-text";
import { parseHtml } from "../../page/node-dom";
import { readLabels } from "../news-labels";

export const repoRoot = resolve(import.meta.dirname, "../../..");
export const sharedRoot = resolve(repoRoot, "../shared");

export interface Text {
  name: string;
  text: string;
}

export interface FixturePage extends Text {
  /** The saved HTML, for readability's parse of the same page. */
  html: string;
  file: string;
}

export interface Corpora {
  fixtures: Text[];
  pages: FixturePage[];
  /** PolNeAR dev texts; null (with the reason) when ../shared is absent. */
  polnear: Text[] | null;
  polnearMissing?: string;
}

const PAGE_URL = "https://news.example.org/article";

/** Lets the event loop turn: jsdom frees a closed window's document only then. */
export const releaseClosedWindows = (): Promise<void> => new Promise((r) => setImmediate(r));

/** The folder's pages labelled news: what the engine runs on (the others stop at detection). */
async function newsPagesIn(folder: string): Promise<FixturePage[]> {
  const pages: FixturePage[] = [];
  for (const name of [...readLabels(folder).news].sort()) {
    const file = join(folder, `${name}.html`);
    const html = readFileSync(file, "utf8");
    const doc = parseHtml(html, PAGE_URL);
    const { text } = extractArticleText(doc);
    doc.defaultView?.close();
    pages.push({ name, file, html, text });
    await releaseClosedWindows();
  }
  return pages;
}

/** The texts the bench runs on: the repo's fixtures always, PolNeAR dev when it is beside the repo. */
export async function loadCorpora(): Promise<Corpora> {
  const seed = readFileSync(join(repoRoot, "test/fixtures/seed/article.txt"), "utf8");
  const pages = await newsPagesIn(join(repoRoot, "test/fixtures/pages"));
  const fixtures: Text[] = [
    { name: "seed", text: seed },
    ...pages.map(({ name, text }) => ({ name, text })),
  ];
  const dev = join(sharedRoot, "data/polnear/dev/text");
  if (!existsSync(dev)) {
    return {
      fixtures,
      pages,
      polnear: null,
      polnearMissing: `${dev} is absent (../shared not beside the repo)`,
    };
  }
  const polnear = readdirSync(dev)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dev, f), "utf8") }));
  return { fixtures, pages, polnear };
}

export const seedPath = () => join(repoRoot, "test/fixtures/seed/article.html");
