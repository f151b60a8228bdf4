import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH } from "../../src/cli/html-input";
import { AnalysisSchema } from "../../src/core/types";
import { buildCli, runCli } from "../helpers/built-cli";

const root = path.resolve(import.meta.dirname, "../..");
const seedTxt = path.join(root, "test/fixtures/seed/article.txt");
const seedHtml = path.join(root, "test/fixtures/seed/article.html");

let built: Awaited<ReturnType<typeof buildCli>>;
beforeAll(async () => {
  built = await buildCli();
}, 120_000);
afterAll(() => built?.remove());

const run = (...args: string[]) => runCli(built.cli, args);

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

  it("loads the HTML decoder (a CommonJS package) only for HTML input", () => {
    // NODE_DEBUG=module names each CommonJS module node loads, on stderr.
    const loads = (...args: string[]) =>
      spawnSync(process.execPath, [built.cli, "--jobs", "1", ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NODE_DEBUG: "module" },
      }).stderr.includes("html-encoding-sniffer");
    expect(loads(seedTxt)).toBe(false);
    expect(loads(seedHtml)).toBe(true);
  }, 60_000);

  it("rejects a bad option with exit status 2", () => {
    const r = run("--lang", "fr", seedTxt);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--lang fr");
    expect(r.objects).toHaveLength(1);
  }, 60_000);
});

/** `text` in windows-1256 bytes (the Arabic code page), built from the decoder's own table. */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder("windows-1256");
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(Array.from(text, (ch) => byChar.get(ch) ?? 0x3f));
}

const ARABIC = "قال المتحدث باسم الوزارة إن الجيش تقدم في المدينة، بحسب وكالة سانا.";
const page = (body: string, head = "") =>
  `<!doctype html><html><head>${head}<title>الجيش يتقدم</title></head><body><article><p>${body}</p></article></body></html>`;

describe("analyze CLI on JSON lines (analyze -)", () => {
  const lines = [
    JSON.stringify({ id: "en-1", text: '"We will not back down," said Maria Lopez, the mayor.' }),
    JSON.stringify({ id: 2, text: ARABIC }),
    "not json",
    JSON.stringify({ id: "no-text" }),
    "",
    JSON.stringify({ id: "page", html: page(ARABIC), url: "https://www.sana.sy/?p=1" }),
    JSON.stringify({ text: "no id" }),
  ];

  it("writes one line per input line, in order, with its id; a bad line gets an error", () => {
    const out = runCli(built.cli, ["--jobs", "1", "-"], `${lines.join("\n")}\n`);
    expect(out.status).toBe(0);
    expect(out.objects.map((o) => o.id)).toEqual(["en-1", 2, null, "no-text", null, "page", null]);
    expect(out.objects[0].quotes[0].speaker.text).toBe("Maria Lopez, the mayor");
    expect(out.objects[1].language).toBe("ar");
    expect(out.objects[2].error).toMatch(/^not JSON/);
    expect(out.objects[3].error).toMatch(/^one of "text" or "html"/);
    expect(out.objects[4].error).toMatch(/^an empty line/);
    const html = out.objects[5];
    expect(html.text).toContain(ARABIC);
    expect(html.quotes.length).toBeGreaterThan(0);
    for (const q of html.quotes) expect(html.text.slice(q.start, q.end)).toBe(q.text);
    expect(out.objects[6].error).toMatch(/^"id": a string or a number/);
  }, 120_000);

  it("gives byte-identical output whatever the number of worker threads", () => {
    const seed = readFileSync(seedTxt, "utf8");
    const many = Array.from({ length: 24 }, (_, i) =>
      i % 6 === 5 ? "{bad" : JSON.stringify({ id: i, text: i % 2 ? seed : lines[0] }),
    );
    const input = `${[...lines, ...many].join("\n")}\n`;
    const one = runCli(built.cli, ["--jobs", "1", "-"], input);
    expect(one.objects).toHaveLength(lines.length + many.length);
    for (const jobs of ["2", "3"]) {
      expect(runCli(built.cli, ["--jobs", jobs, "-"], input).stdout).toBe(one.stdout);
    }
  }, 120_000);

  it("runs under GNU parallel --pipe with the same output as one process", (ctx) => {
    if (spawnSync("parallel", ["--version"]).status !== 0) {
      ctx.skip("GNU parallel is not installed (Debian package parallel): not run");
    }
    const input = `${Array.from({ length: 20 }, (_, i) => lines[i % lines.length]).join("\n")}\n`;
    const one = runCli(built.cli, ["--jobs", "1", "-"], input);
    const r = spawnSync(
      "parallel",
      [
        "--will-cite",
        "--pipe",
        "--keep-order",
        "-N",
        "3",
        process.execPath,
        built.cli,
        "--jobs",
        "1",
        "-",
      ],
      { input, encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(one.stdout);
  }, 120_000);
});

describe("analyze CLI on HTML files", () => {
  it("decodes a page by its <meta charset> (windows-1256 Arabic)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "analyze-"));
    const file = path.join(dir, "cp1256.html");
    writeFileSync(file, windows1256(page(ARABIC, '<meta charset="windows-1256">')));
    const [result] = run("--jobs", "1", file).objects;
    expect(result.text).toContain(ARABIC);
    expect(result.quotes.length).toBeGreaterThan(0);
    // The same bytes read as UTF-8 are not Arabic at all: the charset is what makes this work.
    expect(readFileSync(file, "utf8")).not.toContain("المتحدث");
  }, 120_000);

  it("refuses a page nested deeper than jsdom can parse, with a clear error, and goes on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "analyze-"));
    const deep = path.join(dir, "deep.html");
    writeFileSync(deep, page(`${"<div>".repeat(20_000)}${ARABIC}${"</div>".repeat(20_000)}`));
    const r = run("--jobs", "1", deep, seedTxt);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`deep.html: HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
    expect(r.objects.map((o) => o.file)).toEqual([seedTxt]);
    const line = JSON.stringify({ id: "deep", html: readFileSync(deep, "utf8") });
    const [error] = runCli(built.cli, ["--jobs", "1", "-"], line).objects;
    expect(error).toEqual({
      id: "deep",
      error: expect.stringMatching(/^HTML nested more than/),
    });
  }, 120_000);
});
