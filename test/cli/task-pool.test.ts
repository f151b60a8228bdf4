import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Outcome, Task } from "../../src/cli/task";
import { runPool } from "../../src/cli/task-pool";

const dir = mkdtempSync(path.join(tmpdir(), "pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker that answers "w:" and the line, and dies on the line "boom". */
const worker = path.join(dir, "echo-worker.mjs");
writeFileSync(
  worker,
  `import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  if (task.line === "boom") throw new Error("boom");
  parentPort.postMessage({ out: "w:" + task.line });
});
parentPort.postMessage("ready");
`,
);

async function* linesOf(lines: readonly string[]): AsyncGenerator<Task> {
  for (const line of lines) yield { kind: "line", line };
}

/** This thread answers "l:" and the line, after `delayMs`: time enough for a worker to start. */
async function run(lines: readonly string[], jobs: number, delayMs: number): Promise<string[]> {
  const out: string[] = [];
  const local = async (task: Task): Promise<Outcome> => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { out: `l:${task.kind === "line" ? task.line : task.file}` };
  };
  await runPool(linesOf(lines), { jobs, lang: "auto", worker: pathToFileURL(worker), local }, (o) =>
    out.push("out" in o ? o.out : o.err),
  );
  return out;
}

describe("runPool", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `${i}`);

  it("with one job, runs every task on this thread, in order", async () => {
    expect(await run(lines, 1, 0)).toEqual(lines.map((l) => `l:${l}`));
  });

  it("with two jobs, shares the tasks between this thread and one worker, in input order", async () => {
    const out = await run(lines, 2, 25);
    expect(out.map((o) => o.slice(2))).toEqual(lines);
    expect(out.some((o) => o.startsWith("l:"))).toBe(true);
    expect(out.some((o) => o.startsWith("w:"))).toBe(true);
  }, 30_000);

  it("fails only the task a dying worker was running, and goes on with a new worker", async () => {
    // This thread takes the first task and holds it long enough for the worker to take the next two.
    const out = await run(["a", "boom", "c", "d"], 2, 1_000);
    expect(out[0]).toBe("l:a");
    expect(out[1]).toBe(JSON.stringify({ id: null, error: "the worker stopped (boom)" }));
    expect(out.slice(2).map((o) => o.slice(2))).toEqual(["c", "d"]);
  }, 30_000);
});
