import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "vite";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The analyze CLI built as `npm run build` builds it, into a folder of its own inside the repo
 * (its packages resolve from node_modules), so tests run what ships and never a stale dist/.
 */
export async function buildCli(): Promise<{ cli: string; remove: () => void }> {
  const dir = path.join(root, "node_modules/.cache/analyze-cli", String(process.pid));
  mkdirSync(dir, { recursive: true });
  await build({
    configFile: path.join(root, "vite.cli.config.ts"),
    logLevel: "error",
    build: { outDir: dir, emptyOutDir: true },
  });
  return { cli: path.join(dir, "analyze.js"), remove: () => rmSync(dir, { recursive: true }) };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout's lines, parsed (as JSON.parse types them). */
  objects: ReturnType<typeof JSON.parse>[];
}

/** Runs the built CLI with `args`, `input` on its stdin. */
export function runCli(cli: string, args: readonly string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    input,
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = r.stdout.split("\n").filter((l) => l.length > 0);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    objects: lines.map((l) => JSON.parse(l)),
  };
}
