import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

/** The anonymous-source cue each statement's allegation gets from its speaker, or null. */
function unnamedRoles(text: string): (string | null)[] {
  const { quotes, allegations } = analyze(text);
  return quotes.map((q) => {
    const a = allegations.find((x) => x.statement?.start === q.start);
    return a?.cues.find((c) => c.reason === "anonymous-source")?.text ?? null;
  });
}

describe("speakers the text leaves unnamed", () => {
  it.each([
    ["A U.S. defense official said the talks had stalled.", "official"],
    ["Two Yemeni officials close to Hadi said the president was in Oman.", "officials"],
    ["وقال مسؤول في وزارة الدفاع إن المحادثات توقفت.", "مسؤول"],
    ["وقال دبلوماسيون إن المحادثات توقفت.", "دبلوماسيون"],
  ])("%s", (text, role) => {
    expect(unnamedRoles(text)).toEqual([role]);
  });

  it("and the same role taken up again ('the officials')", () => {
    const text =
      "Two Yemeni officials said the president was in Oman. The officials said troops would arrive soon.";
    expect(unnamedRoles(text)).toEqual(["officials", "officials"]);
  });

  it("and its very words taken up however far later ('the Saudi adviser')", () => {
    const filler = "The strikes went on through the night and the city was dark. ".repeat(40);
    const text = `The jets came from five countries, according to a Saudi adviser.\n\n${filler}\n\nThe Saudi adviser said 150,000 troops could take part.`;
    expect(text.length).toBeGreaterThan(2000);
    expect(unnamedRoles(text)).toEqual(["adviser", "adviser"]);
  });

  it("but not a definite speaker of other words far later", () => {
    const filler = "The strikes went on through the night and the city was dark. ".repeat(40);
    const text = `The jets came from five countries, according to a Saudi adviser.\n\n${filler}\n\nThe Saudi military adviser said 150,000 troops could take part.`;
    expect(unnamedRoles(text)).toEqual(["adviser", null]);
  });

  it("through a pronoun or a dropped subject that refers back to an unnamed source", () => {
    expect(
      unnamedRoles(
        "وقال شهود عيان إن القصف استمر طوال الليل، مشيرين إلى أن جثث عشرات المسلحين تتناثر في الشوارع.",
      ),
    ).toEqual(["شهود عيان", "شهود عيان"]);
    expect(
      unnamedRoles(
        "Two sources familiar with the talks said the meeting was delayed. They added that the talks would resume on Sunday.",
      ),
    ).toEqual(["Two sources", "Two sources"]);
  });

  it("but not a named speaker, a spokesman on the record, or a definite role met for the first time", () => {
    expect(unnamedRoles("A senior official, John Kirby, said the talks had stalled.")).toEqual([
      null,
    ]);
    expect(unnamedRoles("A police spokesman said the road had reopened.")).toEqual([null]);
    expect(unnamedRoles("The officials said the road had reopened.")).toEqual([null]);
    expect(unnamedRoles("Officials said the airport would remain closed.")).toEqual([null]);
    expect(unnamedRoles("وقال المسؤول عن الملف إن الطريق فُتح.")).toEqual([null]);
  });
});
