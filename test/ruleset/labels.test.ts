import { describe, expect, it } from "vitest";
import { ReasonSchema } from "../../src/core/types";
import { alignmentLabel } from "../../src/ruleset/labels";
import { REASON_TEXT } from "../../src/ruleset/reasons";
import { loadBundledRuleset } from "../../src/ruleset/ruleset";

const r = loadBundledRuleset();

describe("alignmentLabel", () => {
  it("names the country or the armed group in plain words", () => {
    expect(alignmentLabel(r, "state-media", "SY")).toBe("State media (Syria)");
    expect(alignmentLabel(r, "armed-group:isis")).toBe("Armed group: Islamic State");
    expect(alignmentLabel(r, "pro-government", "RU")).toBe("Pro-government (Russia)");
    expect(alignmentLabel(r, "wire-service")).toBe("Wire service");
  });

  it("speaks Arabic", () => {
    expect(alignmentLabel(r, "state-media", "SY", "ar")).toBe("إعلام رسمي (سوريا)");
    expect(alignmentLabel(r, "armed-group:isis", undefined, "ar")).toBe(
      "جماعة مسلحة: تنظيم الدولة الإسلامية",
    );
  });

  it("falls back to the code for a group or country it does not know", () => {
    expect(alignmentLabel(r, "armed-group:new-group")).toBe("Armed group: new-group");
    expect(alignmentLabel(r, "government", "ZZ")).toBe("Government (ZZ)");
  });
});

describe("REASON_TEXT", () => {
  it("explains every reason in English and Arabic", () => {
    for (const reason of ReasonSchema.options) {
      expect(REASON_TEXT[reason].en.length).toBeGreaterThan(10);
      expect(REASON_TEXT[reason].ar).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
