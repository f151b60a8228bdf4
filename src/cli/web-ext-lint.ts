/**
 * Runs `web-ext lint` on the Firefox build and fails on any error or warning but one: Preact's own
 * `innerHTML` path (dangerouslySetInnerHTML), which our code never uses (Biome's
 * noDangerouslySetInnerHtml rule and the check below keep it that way).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const root = resolve(import.meta.dirname, "../..");
const dir = resolve(root, process.argv[2] ?? "dist/firefox");

function ownCodeAssignsHtml(folder: string): string[] {
  const hits: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if (file.endsWith("web-ext-lint.ts")) continue;
    if (/\.(inner|outer)HTML\s*=|insertAdjacentHTML/.test(readFileSync(file, "utf8")))
      hits.push(file);
  }
  return hits;
}

let output: string;
try {
  output = execFileSync(
    "npx",
    ["web-ext", "lint", "--source-dir", dir, "--output", "json", "--no-input"],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
} catch (error) {
  output = (error as { stdout?: string }).stdout ?? "";
}
const report = JSON.parse(output) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
/** Preact's path, recognised by its own code around the flagged spot, whatever the chunk's name. */
const accepted = (f: Finding) => {
  if (f.code !== "UNSAFE_VAR_ASSIGNMENT" || !f.file || f.line !== 1 || !f.column) return false;
  const code = readFileSync(join(dir, f.file), "utf8");
  return code
    .slice(Math.max(0, f.column - 300), f.column + 300)
    .includes("dangerouslySetInnerHTML");
};
const problems = [...report.errors, ...report.warnings].filter((f) => !accepted(f));
const html = ownCodeAssignsHtml(resolve(root, "src"));

for (const f of problems)
  console.error(`web-ext lint: ${f.code} in ${f.file ?? "?"}: ${f.message}`);
for (const file of html) console.error(`${file}: assigns markup as HTML; render text instead`);
const acceptedCount = report.warnings.filter(accepted).length;
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${acceptedCount} accepted: Preact's innerHTML path), ${report.notices.length} notices`,
);
process.exit(problems.length > 0 || html.length > 0 ? 1 : 0);
