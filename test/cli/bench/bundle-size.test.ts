import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentScriptSize } from "../../../src/cli/bench/bundle-size";

const root = mkdtempSync(join(tmpdir(), "bench-size-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, content: string) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), content);
}

describe("contentScriptSize", () => {
  it("follows the loader's extension-URL import and every chunk import, once each", () => {
    file(
      "manifest.json",
      JSON.stringify({ content_scripts: [{ js: ["assets/loader.js"], css: ["content.css"] }] }),
    );
    file("assets/loader.js", 'import(chrome.runtime.getURL("assets/main.js"));');
    file("assets/main.js", 'import{a}from"./shared.js";import"./ruleset.js";');
    file("assets/shared.js", 'import{b}from"./ruleset.js";export const a=1;');
    file("assets/ruleset.js", `export const b=${JSON.stringify("x".repeat(2000))};`);
    file("assets/popup.js", "never imported by the content script");
    file("content.css", "::highlight(x){color:red}");
    const size = contentScriptSize(root);
    expect(size.files.map((f) => f.file)).toEqual([
      "assets/loader.js",
      "assets/main.js",
      "assets/ruleset.js",
      "assets/shared.js",
      "content.css",
    ]);
    expect(size.raw).toBe(size.files.reduce((s, f) => s + f.raw, 0));
    const ruleset = size.files.find((f) => f.file === "assets/ruleset.js");
    expect(ruleset?.gzip).toBeLessThan(ruleset?.raw ?? 0);
  });
});
