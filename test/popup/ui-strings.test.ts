import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SIDE_NAME } from "../../src/shared/sides";

const root = resolve(import.meta.dirname, "../..");
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, "public/_locales", lang, "messages.json"), "utf8"));

/** Every t("key") the popup, options page and card pass as a literal, plus the sides' names. */
function usedKeys(): string[] {
  const keys = new Set<string>(Object.values(SIDE_NAME));
  for (const dir of ["src/popup", "src/options", "src/content"]) {
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

describe("UI strings of the popup, the options page and the card", () => {
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
    // Keys that are only punctuation around an inserted text have no words to translate.
    for (const key of usedKeys().filter((k) => k !== "cardQuoted")) {
      expect(ar[key]?.message).toMatch(/[\u0600-\u06ff]/);
    }
  });
});

describe("plural forms", () => {
  const counted = ["countStatements", "countAllegations"];
  it.each([
    ["en", ["one", "other"]],
    ["ar", ["zero", "one", "two", "few", "many", "other"]],
  ])("%s has every category Intl.PluralRules gives", (lang, categories) => {
    const table = messages(lang);
    const rules = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    expect([...rules].sort()).toEqual([...categories].sort());
    for (const key of counted) {
      for (const category of categories) {
        expect(table[`${key}_${category}`]?.message, `${lang} ${key}_${category}`).toBeTruthy();
      }
    }
  });

  it("Arabic picks a different form for 0, 1, 2, 3, 11 and 100", () => {
    const table = messages("ar");
    const rules = new Intl.PluralRules("ar");
    const forms = [0, 1, 2, 3, 11, 100].map(
      (n) => table[`countStatements_${rules.select(n)}`]?.message,
    );
    expect(new Set(forms).size).toBe(6);
  });
});
