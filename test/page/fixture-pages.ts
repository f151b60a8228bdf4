import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type LabelledPage, labelledPages, readLabels } from "../../src/cli/news-labels";
import { parseHtml } from "../../src/page/node-dom";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixtureText(relative: string): string {
  return readFileSync(`${fixtures}${relative}`, "utf8");
}

export function fixtureDoc(relative: string): Document {
  return parseHtml(fixtureText(relative));
}

/** Every hand-labelled saved page, tuning and held parts both. */
export function allLabelledPages(): LabelledPage[] {
  return labelledPages(readLabels(`${fixtures}pages`));
}

/** The first 19 saved pages (from mozilla/readability's suite), which detection must all get right. */
export function originalPages(): [string, boolean][] {
  const labels = readLabels(`${fixtures}pages`);
  const fromReadability = (name: string) => {
    const origin = labels.pages[name]?.origin;
    return origin !== undefined && "repo" in origin && origin.repo === "mozilla/readability";
  };
  return labelledPages(labels)
    .filter((p) => fromReadability(p.name))
    .map((p) => [p.name, p.isNews]);
}
