import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** Every module the content script can load, static and dynamic imports, with what each imports. */
function contentGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [path.join(root, "src/content/index.ts")];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (graph.has(file)) continue;
    const code = readFileSync(file, "utf8").replace(/^\s*(?:import|export) type .*$/gm, "");
    const specifiers = [...code.matchAll(SPECIFIER)].map((m) => m[1] as string);
    graph.set(file, specifiers);
    for (const s of specifiers) {
      if (!s.startsWith(".")) continue;
      const base = path.resolve(path.dirname(file), s);
      const found = [`${base}.ts`, `${base}.tsx`, base].find(
        (f) => /\.tsx?$/.test(f) && existsSync(f),
      );
      if (found) queue.push(found);
    }
  }
  return graph;
}

describe("what the content script can load", () => {
  const graph = contentGraph();
  const importing = (specifier: string) =>
    [...graph].filter(([, s]) => s.includes(specifier)).map(([f]) => path.relative(root, f));

  it("reaches the on-page engine, so the checks below see its modules", () => {
    expect(importing("../core/analyze")).toContain("src/content/chunked-analysis.ts");
  });

  it("validates with zod/mini only: zod's classic form cannot be trimmed to what is used", () => {
    expect(importing("zod")).toEqual([]);
  });

  it("does not carry the build's compiled ruleset tables, which repeat the ruleset's phrases", () => {
    expect(importing("virtual:compiled-ruleset")).toEqual([]);
  });
});
