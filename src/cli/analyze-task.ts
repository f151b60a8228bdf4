import { readFileSync } from "node:fs";
import { analyze } from "../core/analyze";
import type { Analysis } from "../core/types";
import { z } from "../core/zod";
import { bundledRuleset } from "../shared/bundled-ruleset";
import type { Lang } from "./analyze-args";
import { failed, type Outcome, type Task } from "./task";

const InputLine = z
  .object({
    id: z.union([z.string(), z.number()], "a string or a number"),
    text: z.optional(z.string()),
    html: z.optional(z.string()),
    url: z.optional(z.string()),
  })
  .check(
    z.refine((line) => (line.text === undefined) !== (line.html === undefined), {
      message: 'one of "text" or "html", a string',
    }),
  );

/**
 * The bundled ruleset comes compiled with the build (virtual:compiled-ruleset, as in the
 * extension): a run starts without validating and compiling it.
 */
const options = (lang: Lang) => ({ lang, ruleset: bundledRuleset() });

/** The contract's fields: the input's name ("file" or "id") first, then the findings. */
function findings(name: Record<string, unknown>, a: Analysis): Record<string, unknown> {
  return {
    ...name,
    language: a.language,
    quotes: a.quotes,
    allegations: a.allegations,
    sources: a.sources,
  };
}

/**
 * The HTML decoding and checks, loaded by the first HTML input: html-encoding-sniffer is a
 * CommonJS package whose loading took a tenth of a worker's start-up, paid by every run of text.
 */
const htmlInput = () => import("./html-input");

/** A page: its article text through the page code the content script shares, then the engine. */
async function analyzeHtml(
  name: Record<string, unknown>,
  html: string,
  url: string | undefined,
  lang: Lang,
): Promise<Record<string, unknown>> {
  const { MAX_HTML_DEPTH, nestingDepth } = await htmlInput();
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new Error(
      `HTML nested more than ${MAX_HTML_DEPTH} elements deep: refused, as jsdom (the CLI's HTML parser) would take minutes or overflow its stack`,
    );
  }
  // jsdom takes a third of a second to load: only runs that read HTML pay for it.
  const [{ parseHtml }, { extractArticleText }, { detectNews }, { pagePublisher }] =
    await Promise.all([
      import("../page/node-dom"),
      import("../page/extract-text"),
      import("../page/news-detection"),
      import("../page/publisher"),
    ]);
  const doc = parseHtml(html, url);
  const { text } = extractArticleText(doc);
  const verdict = detectNews(doc, url);
  const publisher = pagePublisher(doc, url);
  const a = analyze(text, { ...options(lang), ...(publisher ? { publisher } : {}) });
  return {
    ...findings(name, a),
    publisher: a.publisher ?? null,
    text,
    isNews: verdict.isNews,
    news: { score: verdict.score, reasons: verdict.reasons },
  };
}

async function analyzeFile(file: string, lang: Lang): Promise<Record<string, unknown>> {
  const name = { file };
  if (!/\.html?$/i.test(file))
    return findings(name, analyze(readFileSync(file, "utf8"), options(lang)));
  const { decodeHtml } = await htmlInput();
  return analyzeHtml(name, decodeHtml(readFileSync(file)).html, undefined, lang);
}

const EXPECTED = '(expected {"id", "text"} or {"id", "html", "url"?})';

function problem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const at = issue?.path.length ? `"${issue.path.join(".")}": ` : "";
  return `${at}${issue?.message ?? "invalid"} ${EXPECTED}`;
}

async function analyzeLine(line: string, lang: Lang): Promise<Record<string, unknown>> {
  if (line.trim() === "") throw new Error(`an empty line ${EXPECTED}`);
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) throw new Error(problem(parsed.error));
  const { id, text, html, url } = parsed.data;
  if (text !== undefined) return findings({ id }, analyze(text, options(lang)));
  return analyzeHtml({ id }, html ?? "", url, lang);
}

/** Runs one task; never throws: a failure is the task's outcome. */
export async function runTask(task: Task, lang: Lang): Promise<Outcome> {
  try {
    if (task.kind === "file") return { out: JSON.stringify(await analyzeFile(task.file, lang)) };
    return { out: JSON.stringify(await analyzeLine(task.line, lang)) };
  } catch (e) {
    return failed(task, e instanceof Error ? e.message : String(e));
  }
}
