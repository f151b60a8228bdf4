import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUP_HEADING } from "../../src/popup/alignment-groups";

const root = resolve(import.meta.dirname, "../..");
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, "public/_locales", lang, "messages.json"), "utf8"));

/** Every t("key") the popup and options pages pass as a literal, plus the group headings. */
function usedKeys(): string[] {
  const keys = new Set(Object.values(GROUP_HEADING));
  for (const dir of ["src/popup", "src/options"]) {
    for (const file of readdirSync(join(root, dir))) {
      if (!/\.tsx?$/.test(file)) continue;
      const code = readFileSync(join(root, dir, file), "utf8");
      for (const match of code.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)) keys.add(match[1] as string);
      for (const match of code.matchAll(
        /\?\s*"((?:popup|options)[A-Za-z0-9_]+)"\s*:\s*"((?:popup|options)[A-Za-z0-9_]+)"/g,
      )) {
        keys.add(match[1] as string);
        keys.add(match[2] as string);
      }
    }
  }
  return [...keys].sort();
}

describe("UI strings of the popup and options pages", () => {
  const en = messages("en");
  const ar = messages("ar");

  it("finds the keys it checks", () => expect(usedKeys().length).toBeGreaterThan(20));

  it.each(["en", "ar"])("all exist in %s", (lang) => {
    const table = lang === "en" ? en : ar;
    expect(usedKeys().filter((key) => !table[key]?.message)).toEqual([]);
  });

  it("Arabic translates every English key", () => {
    expect(Object.keys(en).filter((key) => !(key in ar))).toEqual([]);
  });

  it("Arabic strings are in Arabic script", () => {
    for (const key of usedKeys()) expect(ar[key]?.message).toMatch(/[\u0600-\u06ff]/);
  });
});
