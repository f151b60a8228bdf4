import { describe, expect, it } from "vitest";
import { detectLanguage, paragraphLanguages } from "../../src/core/language";

describe("language", () => {
  it("detects Arabic, presentation forms included, and English", () => {
    expect(detectLanguage("قالت وكالة أعماق إن BMP")).toBe("ar");
    expect(detectLanguage("ﺗﺪﻣﺮ ﺑﺎﻟﻜﺎﻣﻞ")).toBe("ar");
    expect(detectLanguage("The agency said 30 tanks")).toBe("en");
    expect(detectLanguage("")).toBe("en");
  });

  it("labels each paragraph, falling back to the whole text for paragraphs without letters", () => {
    const s = "قالت الوكالة إن المدينة سقطت\n\nThe agency said so.\n\n2016 - 2017\n\nوأضافت";
    expect(paragraphLanguages(s).paragraphs.map((p) => p.language)).toEqual([
      "ar",
      "en",
      "ar",
      "ar",
    ]);
  });
});
