import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function run(...args: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/ruleset.ts", ...args], { cwd: root, encoding: "utf8" });
}

describe("ruleset CLI", { timeout: 30_000 }, () => {
  it("prints stats as one JSON line", () => {
    const out = run("stats");
    expect(out.status).toBe(0);
    const stats = JSON.parse(out.stdout.trim());
    expect(Object.keys(stats)).toEqual([
      "version",
      "entries",
      "entriesWithReference",
      "descriptorRules",
      "languages",
    ]);
    expect(stats.entries).toBeGreaterThanOrEqual(150);
    expect(stats.entriesWithReference).toBe(stats.entries);
    expect(stats.languages).toEqual(["ar", "en"]);
  });

  it("validates a file: exit 0 when valid, 2 with every problem listed when not", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ruleset-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, run("dump").stdout);
    expect(run("validate", good).status).toBe(0);

    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: "one", sources: [{ id: "x" }] }));
    const out = run("validate", bad);
    expect(out.status).toBe(2);
    expect(out.stdout).toContain("$.version: a version such as 1.0.0");
    expect(out.stdout).toContain("$.sources[0].alignment");
    expect(out.stderr).toMatch(/invalid ruleset/);

    expect(run("validate", path.join(dir, "missing.json")).status).toBe(2);
  });
});
