/**
 * Analyses files and prints one JSON object per file, one per line:
 * {"file", "language", "quotes", "allegations", "sources"}; for .html also "text", "isNews" and
 * "news": {"score", "reasons"}. A .txt file is analysed exactly as read.
 * Usage: npm run --silent analyze -- [--lang auto|en|ar] FILE...
 * Exit status 2 when a file cannot be read or an option is bad (the other files are still done).
 */
import { readFileSync } from "node:fs";
import { analyze } from "../core/analyze";
import type { Analysis, AnalyzeOptions } from "../core/types";
import { extractArticleText } from "../page/extract-text";
import { detectNews } from "../page/news-detection";
import { parseHtml } from "../page/node-dom";
import { pagePublisher } from "../page/publisher";

type Lang = NonNullable<AnalyzeOptions["lang"]>;
const LANGS: readonly string[] = ["auto", "en", "ar"];

interface Parsed {
  lang: Lang;
  files: string[];
  errors: string[];
}

function parseArgs(args: readonly string[]): Parsed {
  const out: Parsed = { lang: "auto", files: [], errors: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const inline = arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (arg === "--lang" || inline !== undefined) {
      const value = inline ?? args[++i];
      if (value !== undefined && LANGS.includes(value)) out.lang = value as Lang;
      else out.errors.push(`bad option --lang ${value ?? "(missing)"}: expected auto, en or ar`);
    } else if (arg.startsWith("--")) {
      out.errors.push(`unknown option ${arg}`);
    } else {
      out.files.push(arg);
    }
  }
  return out;
}

/** The contract's fields, shared by both modes. */
function findings(file: string, a: Analysis): Record<string, unknown> {
  return {
    file,
    language: a.language,
    quotes: a.quotes,
    allegations: a.allegations,
    sources: a.sources,
  };
}

function analyzeFile(file: string, lang: Lang): Record<string, unknown> {
  const raw = readFileSync(file, "utf8");
  if (!/\.html?$/i.test(file)) return findings(file, analyze(raw, { lang }));
  const doc = parseHtml(raw);
  const { text } = extractArticleText(doc);
  const verdict = detectNews(doc);
  const publisher = pagePublisher(doc);
  const a = analyze(text, publisher ? { lang, publisher } : { lang });
  return {
    ...findings(file, a),
    publisher: a.publisher ?? null,
    text,
    isNews: verdict.isNews,
    news: { score: verdict.score, reasons: verdict.reasons },
  };
}

function main(): void {
  const { lang, files, errors } = parseArgs(process.argv.slice(2));
  let status = 0;
  for (const e of errors) {
    console.error(`analyze: ${e}`);
    status = 2;
  }
  if (files.length === 0 && errors.length === 0) {
    console.error("usage: npm run --silent analyze -- [--lang auto|en|ar] FILE...");
    status = 2;
  }
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify(analyzeFile(file, lang))}\n`);
    } catch (e) {
      console.error(`analyze: cannot analyse ${file}: ${(e as Error).message}`);
      status = 2;
    }
  }
  process.exitCode = status;
}

main();
