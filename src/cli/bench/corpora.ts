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

/** The folder's pages labelled news: what the engine runs on (the others stop at detection). */
function newsPagesIn(folder: string): FixturePage[] {
  return [...readLabels(folder).news].sort().map((name) => {
    const file = join(folder, `${name}.html`);
    const html = readFileSync(file, "utf8");
    const { text } = extractArticleText(parseHtml(html, PAGE_URL));
    return { name, file, html, text };
  });
}

/** The texts the bench runs on: the repo's fixtures always, PolNeAR dev when it is beside the repo. */
export function loadCorpora(): Corpora {
  const seed = readFileSync(join(repoRoot, "test/fixtures/seed/article.txt"), "utf8");
  const pages = newsPagesIn(join(repoRoot, "test/fixtures/pages"));
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
