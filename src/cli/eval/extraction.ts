import { readFileSync } from "node:fs";
import path from "node:path";
import { extractArticleText } from "../../page/extract-text";
import { parseHtml } from "../../page/node-dom";
import { labelledPages, readLabels } from "../news-labels";
import { repoRoot } from "../polnear";

/** Fewer characters than a news brief: the reader would see almost nothing marked on the page. */
const EMPTY_BELOW = 200;

const pagesDir = path.join(repoRoot, "test/fixtures/pages");

/**
 * How often extraction loses the article: the labelled news pages (tuning and held parts alike,
 * since no rule is tuned on this count) whose extracted text is under EMPTY_BELOW characters.
 */
export function evalExtraction(dir = pagesDir): void {
  const news = labelledPages(readLabels(dir)).filter((p) => p.isNews);
  let empty = 0;
  for (const { name } of news) {
    const doc = parseHtml(readFileSync(path.join(dir, `${name}.html`), "utf8"));
    if (extractArticleText(doc).text.length < EMPTY_BELOW) empty++;
    doc.defaultView?.close();
  }
  console.log(
    `Article extraction on the labelled news pages: ${empty}/${news.length} give under ${EMPTY_BELOW} characters of text`,
  );
}
