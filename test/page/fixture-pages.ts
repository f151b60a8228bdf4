import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHtml } from "../../src/page/node-dom";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixtureText(relative: string): string {
  return readFileSync(`${fixtures}${relative}`, "utf8");
}

export function fixtureDoc(relative: string): Document {
  return parseHtml(fixtureText(relative));
}

interface Labels {
  news: string[];
  notNews: string[];
}

/** The hand-labelled saved pages: [name, isNews]. */
export function labelledPages(): [string, boolean][] {
  const labels = JSON.parse(fixtureText("pages/labels.json")) as Labels;
  return [
    ...labels.news.map((name): [string, boolean] => [name, true]),
    ...labels.notNews.map((name): [string, boolean] => [name, false]),
  ];
}
