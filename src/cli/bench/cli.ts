import { spawnSync } from "node:child_process";
import type { Text } from "./corpora";

/** Wall time of one run of node with `args`, `input` on stdin; throws when the run fails. */
function timedRun(args: readonly string[], input = ""): { ms: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    input,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/**
 * The best of interleaved rounds of each command: another process on the machine only ever adds
 * time, and interleaving gives both the same share of whatever the machine is doing.
 */
function bestOf(rounds: number, commands: (() => number)[]): number[] {
  const best = commands.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    commands.forEach((run, i) => {
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, run());
    });
  }
  return best;
}

export interface Startup {
  nodeMs: number;
  cliMs: number;
  /** The CLI's start-up (one short line on stdin, default --jobs) over a bare `node -e 0`. */
  ratio: number;
}

/** How long the built CLI takes to start and answer one short line, beside a bare node. */
export function cliStartup(cli: string, rounds = 7): Startup {
  const line = `${JSON.stringify({ id: 1, text: '"We will not back down," said the mayor.' })}\n`;
  const [nodeMs = 0, cliMs = 0] = bestOf(rounds, [
    () => timedRun(["-e", "0"]).ms,
    () => timedRun([cli, "-"], line).ms,
  ]);
  return { nodeMs, cliMs, ratio: cliMs / nodeMs };
}

export interface JobsSpeedup {
  articles: number;
  chars: number;
  oneMs: number;
  twoMs: number;
  /** --jobs 1 time over --jobs 2 time. */
  speedup: number;
  /** Whether both runs wrote the same bytes. */
  identical: boolean;
}

/** `articles` JSON lines taken in turn from `texts`, through the CLI at --jobs 1 and 2. */
export function jobsSpeedup(
  cli: string,
  texts: readonly Text[],
  articles = 200,
  rounds = 3,
): JobsSpeedup {
  const lines = Array.from({ length: articles }, (_, i) =>
    JSON.stringify({ id: i, text: texts[i % texts.length]?.text ?? "" }),
  );
  const input = `${lines.join("\n")}\n`;
  const outputs = new Set<string>();
  const run = (jobs: string) => () => {
    const r = timedRun([cli, "--jobs", jobs, "-"], input);
    outputs.add(r.stdout);
    return r.ms;
  };
  const [oneMs = 0, twoMs = 0] = bestOf(rounds, [run("1"), run("2")]);
  return {
    articles,
    chars: texts.length ? lines.reduce((n, l) => n + l.length, 0) : 0,
    oneMs,
    twoMs,
    speedup: oneMs / twoMs,
    identical: outputs.size === 1,
  };
}
