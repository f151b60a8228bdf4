import { describe, expect, it } from "vitest";
import { isBoilerplateLine } from "../../src/page/boilerplate-lines";

describe("isBoilerplateLine", () => {
  it.each([
    "Read more: Syria's war in maps",
    "READ MORE",
    "Related: Chicago is America's most segregated city",
    "Image copyright Reuters",
    "Photograph: Mohammed Badra/EPA",
    "Credit: STR/AFP",
    "Lire aussi : Les critiques de la CNIL",
    "اقرأ أيضا: الجيش يدخل المدينة",
    "اقرأ أيضاً",
    "By Jim Muir BBC News, Beirut",
    "بقلم محمد علي",
    "Soldiers on patrol near the front line / AFP",
    "Updated 12:04 GMT, 5 March 2017",
    "Thursday, 18 Jul 2013",
  ])("drops %s", (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    "By the evening, the last shops had closed.",
    "By Tuesday the army had entered the town, officials said, and residents were leaving.",
    "The minister said the talks would resume in March 2017.",
    `Read more than ${"a long sentence ".repeat(30)}`,
    "قال المتحدث إن الجيش تقدم في المدينة.",
  ])("keeps %s", (line) => expect(isBoilerplateLine(line)).toBe(false));
});
