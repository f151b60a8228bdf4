/**
 * Analyses files, or JSON lines on stdin, and prints one JSON object per input, one per line, in
 * input order, whatever the number of worker threads (--jobs, every core by default).
 * - A file: {"file", "language", "quotes", "allegations", "sources"}; for .html also "publisher",
 *   "text", "isNews" and "news": {"score", "reasons"}. A .txt file is analysed exactly as read
 *   (UTF-8); an .html file is decoded by its charset, as a browser would.
 * - `-`: each line of stdin is {"id", "text"} or {"id", "html", "url"?}; the result carries the
 *   id instead of "file". A bad line gets {"id", "error"} (id null when it has none) and the run
 *   goes on.
 * Usage: npm run --silent analyze -- [--lang auto|en|ar] [--jobs N] FILE... | -
 * Exit status 2 when a file cannot be read or analysed, or an option is bad (the other inputs are
 * still done).
 */
import "./tiering";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs, USAGE } from "./analyze-args";
import type { Outcome, Task } from "./task";
import { runPool } from "./task-pool";

/** The tasks of the inputs, in order; waits while stdout is behind, so memory stays bounded. */
async function* tasksOf(inputs: readonly string[]): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
    if (input !== "-") {
      yield { kind: "file", file: input };
      continue;
    }
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
      yield { kind: "line", line };
    }
  }
}

/** The worker script beside this one in dist/cli (named through a variable, so the build leaves it). */
function workerScript(): URL {
  const here = import.meta.url;
  return new URL("analyze-worker.js", here);
}

async function main(): Promise<void> {
  const { lang, jobs, inputs, errors } = parseArgs(process.argv.slice(2));
  let status = 0;
  for (const e of errors) {
    console.error(`analyze: ${e}`);
    status = 2;
  }
  if (inputs.filter((i) => i === "-").length > 1) {
    console.error("analyze: stdin (-) can be read only once");
    status = 2;
  }
  if (inputs.length === 0 && errors.length === 0) {
    console.error(USAGE);
    status = 2;
  }
  const write = (o: Outcome) => {
    if ("out" in o) process.stdout.write(`${o.out}\n`);
    else {
      console.error(`analyze: ${o.err}`);
      status = 2;
    }
  };
  // The engine loads with the first task, after the first worker has started loading its own.
  const local = async (task: Task) => (await import("./analyze-task")).runTask(task, lang);
  await runPool(tasksOf(inputs), { jobs, lang, worker: workerScript(), local }, write);
  process.exitCode = status;
}

await main();
