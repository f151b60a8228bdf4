import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

const ManifestSchema = z.object({
  content_scripts: z
    .array(z.object({ js: z.array(z.string()).optional(), css: z.array(z.string()).optional() }))
    .default([]),
});

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  files: BundleFile[];
  raw: number;
  gzip: number;
}

/** Static and dynamic imports between chunks ("./x.js"), relative to the importing file. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
/** Files the loader fetches by extension URL (runtime.getURL("assets/x.js")), relative to the root. */
const EXTENSION_URL = /getURL\(\s*(?:\/\*[^*]*\*\/\s*)?["'`]([^"'`]+)["'`]/g;

function references(root: string, file: string): string[] {
  const code = readFileSync(join(root, file), "utf8");
  const found: string[] = [];
  for (const m of code.matchAll(RELATIVE_IMPORT)) {
    if (m[1]) found.push(posix.join(posix.dirname(file), m[1]));
  }
  for (const m of code.matchAll(EXTENSION_URL)) if (m[1]) found.push(m[1].replace(/^\//, ""));
  return found.filter((f) => existsSync(join(root, f)));
}

/**
 * What the content script costs to ship: its loader, every chunk it imports (transitively, which
 * is where the bundled ruleset lives) and its stylesheet, each gzipped at level 9.
 */
export function contentScriptSize(root: string): BundleSize {
  const manifest = ManifestSchema.parse(
    JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")),
  );
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const entry of manifest.content_scripts) {
    for (const f of [...(entry.js ?? []), ...(entry.css ?? [])]) queue.push(f);
  }
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith(".js")) queue.push(...references(root, file));
  }
  const files = [...seen].sort().map((file) => {
    const bytes = readFileSync(join(root, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
