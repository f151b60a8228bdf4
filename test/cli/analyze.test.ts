import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AnalysisSchema } from "../../src/core/types";

const root = path.resolve(import.meta.dirname, "../..");
const seedTxt = path.join(root, "test/fixtures/seed/article.txt");
const seedHtml = path.join(root, "test/fixtures/seed/article.html");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/analyze.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = r.stdout.split("\n").filter((l) => l.length > 0);
  return { status: r.status, stderr: r.stderr, objects: lines.map((l) => JSON.parse(l)) };
}

describe("analyze CLI", () => {
  it("prints one JSON object per .txt file with valid offsets", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "analyze-"));
    const en = path.join(dir, "en.txt");
    const text = `"We will not back down," said Maria Lopez, the mayor.`;
    writeFileSync(en, text);
    const r = run(seedTxt, en);
    expect(r.status).toBe(0);
    expect(r.objects).toHaveLength(2);
    const [ar, english] = r.objects;
    expect(ar.file).toBe(seedTxt);
    expect(ar.language).toBe("ar");
    expect(AnalysisSchema.parse(ar).quotes.length).toBeGreaterThanOrEqual(24);
    expect(english.language).toBe("en");
    const q = english.quotes[0];
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker.text).toBe("Maria Lopez, the mayor");
  }, 60_000);

  it("extracts the article of an .html file and reports news detection", () => {
    const r = run(seedHtml);
    expect(r.status).toBe(0);
    const [page] = r.objects;
    expect(page.isNews).toBe(true);
    expect(typeof page.news.score).toBe("number");
    expect(Array.isArray(page.news.reasons)).toBe(true);
    for (const q of page.quotes) expect(page.text.slice(q.start, q.end)).toBe(q.text);
    expect(page.quotes.length).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it("honours --lang", () => {
    const r = run("--lang", "en", seedTxt);
    expect(r.objects[0].language).toBe("en");
  }, 60_000);

  it("names an unreadable file on stderr, exits 2 and still analyses the others", () => {
    const r = run(path.join(root, "no-such-file.txt"), seedTxt);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no-such-file.txt");
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0].file).toBe(seedTxt);
  }, 60_000);

  it("rejects a bad option with exit status 2", () => {
    const r = run("--lang", "fr", seedTxt);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--lang fr");
    expect(r.objects).toHaveLength(1);
  }, 60_000);
});
