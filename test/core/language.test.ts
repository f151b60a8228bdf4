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

describe("languages the engine does not analyse", () => {
  const cases: [string, string][] = [
    [
      "fr",
      "Le ministre a déclaré que les troupes resteraient dans la ville pour protéger les habitants.",
    ],
    [
      "de",
      "Der Minister sagte, dass die Truppen in der Stadt bleiben würden, um die Bewohner zu schützen.",
    ],
    [
      "es",
      "El ministro dijo que las tropas se quedarían en la ciudad para proteger a los habitantes.",
    ],
    [
      "it",
      "Il ministro ha detto che le truppe resteranno nella città per proteggere gli abitanti.",
    ],
    ["cs", "Ministr řekl, že vojáci zůstanou ve městě, aby chránili obyvatele, podle agentury."],
    ["zh", "部长表示，部队将留在城市以保护居民。"],
    ["ko", "장관은 군대가 주민들을 보호하기 위해 도시에 머물 것이라고 말했다."],
    ["ru", "Министр заявил, что войска останутся в городе, чтобы защитить жителей."],
    ["fa", "وزیر گفت که نیروها برای محافظت از ساکنان در شهر خواهند ماند."],
  ];
  it.each(cases)("tells %s paragraphs apart from English and Arabic", (code, paragraph) => {
    const result = paragraphLanguages(`${paragraph}\n\n${paragraph}`);
    expect(result.paragraphs.map((p) => p.unsupported)).toEqual([code, code]);
    expect(result.unsupported).toBe(code);
  });

  it("keeps English with foreign names and phrases English, and Arabic Arabic", () => {
    const english =
      "The mayor of Saint-Denis, Mathieu Hanotin, said the coup de grâce came on Tuesday.";
    expect(paragraphLanguages(english).paragraphs[0]?.unsupported).toBeUndefined();
    expect(paragraphLanguages(english).paragraphs[0]?.language).toBe("en");
    const arabic = "قال المتحدث باسم الوزارة إن الجيش تقدم في المدينة، بحسب سانا.";
    expect(paragraphLanguages(arabic).paragraphs[0]).toMatchObject({ language: "ar" });
    expect(paragraphLanguages(arabic).unsupported).toBeUndefined();
  });

  it("lets a short paragraph follow the whole text, and names the text's language only when most of it is in one", () => {
    const french = "Le ministre a déclaré que les troupes resteraient dans la ville.";
    const mixed = paragraphLanguages(`${french}\n\nReuters AFP\n\n${french}`);
    expect(mixed.paragraphs.map((p) => p.unsupported)).toEqual(["fr", "fr", "fr"]);
    const english = "The minister said the troops would stay in the town to protect residents.";
    const mostlyEnglish = paragraphLanguages(`${english}\n\n${english}\n\n${french}`);
    expect(mostlyEnglish.unsupported).toBeUndefined();
    expect(mostlyEnglish.paragraphs.map((p) => p.unsupported)).toEqual([
      undefined,
      undefined,
      "fr",
    ]);
  });

  it("counts a word of letters outside the BMP as a word, and too few words as saying nothing", () => {
    expect(paragraphLanguages("le \u{1D431}\u{1D432} et les").unsupported).toBe("fr");
    expect(paragraphLanguages("le et les").unsupported).toBeUndefined();
  });
});

describe("analyze on text in other languages", () => {
  it("leaves paragraphs the engine does not analyse unmarked, and says the text's language", async () => {
    const { analyze } = await import("../../src/core/analyze");
    const french =
      "« Nous ne céderons pas », a déclaré le ministre mardi, selon l'AFP, qui cite des responsables.";
    const result = analyze(`${french}\n\n${french}`);
    expect(result.quotes).toEqual([]);
    expect(result.allegations).toEqual([]);
    expect(result.unsupportedLanguage).toBe("fr");
    const english = '"We will not give in," the minister said on Tuesday, according to officials.';
    const both = analyze(`${english}\n\n${french}\n\n${english}`);
    const starts = both.quotes.map((q) => q.start);
    expect(starts.length).toBeGreaterThan(0);
    const frenchStart = english.length + 2;
    for (const q of both.quotes) {
      expect(q.start < frenchStart || q.start >= frenchStart + french.length).toBe(true);
    }
    expect(both.unsupportedLanguage).toBeUndefined();
    expect(analyze(french, { lang: "en" }).unsupportedLanguage).toBeUndefined();
  });
});
