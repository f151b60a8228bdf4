import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

const againstOf = (text: string) => analyze(text).allegations.map((a) => a.against);

describe("against whom an accusation is made", () => {
  it("reads the object of the accusation, with its source when the ruleset knows it", () => {
    const [en] = againstOf("The Kremlin accused Kyiv of shelling the plant.");
    expect(en).toMatchObject({ text: "Kyiv", source: null });
    const [known] = againstOf("Israeli officials blamed Hezbollah for the barrage.");
    expect(known).toMatchObject({ text: "Hezbollah", source: { id: "hezbollah" } });
  });

  it("passes over the speaker between an Arabic verb and its object", () => {
    const [ar] = againstOf("واتهمت وزارة الخارجية الروسية واشنطن بتسليح المتمردين.");
    expect(ar?.text).toBe("واشنطن");
  });

  it("says nobody when the text names nobody", () => {
    expect(againstOf("Each side blames the other.")).toEqual([null]);
    expect(againstOf("The militia allegedly executed prisoners.")).toEqual([null]);
  });
});
