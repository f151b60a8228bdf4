import { describe, expect, it } from "vitest";
import { indexAt } from "../../src/core/allegation-placement";
import { analyze } from "../../src/core/analyze";

const allegationsOf = (text: string) => analyze(text).allegations;
const at = (text: string, part: string) => {
  const s = text.indexOf(part);
  return (a: { start: number; end: number }) => a.start <= s && s < a.end;
};

describe("verification disclaimers", () => {
  it.each([
    [
      "The Russian Defence Ministry said its forces had killed 200 Ukrainian soldiers. The figures could not be independently verified.",
      "its forces had killed",
      "could not be independently verified",
    ],
    [
      "وقالت وزارة الدفاع الروسية إن قواتها قتلت 200 جندي أوكراني. ولم يتسن التحقق من صحة هذه الأرقام من مصدر مستقل.",
      "قواتها قتلت",
      "لم يتسن التحقق",
    ],
  ])("qualify the claim of the sentence before: %s", (text, claim, disclaimer) => {
    const found = allegationsOf(text);
    expect(found).toHaveLength(1);
    const [a] = found;
    expect(at(text, claim)(a as { start: number; end: number })).toBe(true);
    expect(a?.reasons).toContain("unconfirmed");
    expect(a?.cues).toContainEqual(
      expect.objectContaining({ text: disclaimer, reason: "unconfirmed" }),
    );
  });

  it.each([
    [
      "A hospital director said at least 24 people were killed in the strike. He gave no further details.",
      "gave no further details",
    ],
    ["وقال مدير المستشفى إن 12 مدنيا قتلوا في الغارة. ولم يذكر تفاصيل أخرى.", "لم يذكر تفاصيل"],
  ])("include a source giving no details of its claim: %s", (text, disclaimer) => {
    const found = allegationsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.reasons).toEqual(["unconfirmed"]);
    expect(found[0]?.cues.map((c) => c.text)).toEqual([disclaimer]);
  });

  it.each([
    [
      "CNN's reporter said mortars were launched toward Zawiya. Rebel fighters told her that NATO had warned civilians to leave the city. NATO has not yet commented on that statement.",
      "that NATO had warned civilians to leave the city",
      "has not yet commented",
    ],
    [
      "وقال مراسل الوكالة إن قذائف سقطت على المدينة. وقالت المعارضة إن الطيران حذر المدنيين من البقاء فيها. ولم يصدر أي تعليق على هذا الادعاء.",
      "إن الطيران حذر المدنيين من البقاء فيها",
      "لم يصدر أي تعليق",
    ],
  ])(
    "of one claim ('that statement') qualify the last statement only: %s",
    (text, claim, disclaimer) => {
      const found = allegationsOf(text).filter((a) => a.reasons.includes("unconfirmed"));
      expect(found.map((a) => a.text)).toEqual([claim]);
      expect(found[0]?.cues.map((c) => c.text)).toContain(disclaimer);
    },
  );

  it("make a non-party's statement unconfirmed too, from the next paragraph, and stay unmarked", () => {
    const text =
      "Witnesses said 20 people died in the shelling.\n\nCNN cannot independently confirm the tolls.";
    const found = allegationsOf(text);
    expect(found.map((a) => a.text)).toEqual(["20 people died in the shelling"]);
    expect(found[0]?.reasons).toEqual(["unconfirmed"]);
    expect(found[0]?.by?.party).toBe(false);
  });

  it("qualify the outlet's own figure before them when there is no statement", () => {
    const text =
      "At least 49 people have been killed in the strikes. CNN cannot confirm the tolls.";
    const [a, ...rest] = allegationsOf(text);
    expect(rest).toEqual([]);
    expect(a?.text).toBe("At least 49 people have been killed in the strikes.");
    expect(a?.cues.map((c) => c.text)).toEqual(["cannot confirm"]);
  });

  it("prefer the statements of the kind they name ('the tolls': casualty claims)", () => {
    const text =
      "Hezbollah said it fired rockets at the base. The army said it killed 30 fighters. The tolls could not be verified.";
    const found = allegationsOf(text).filter((a) => a.reasons.includes("unconfirmed"));
    expect(found.map((a) => a.text)).toEqual(["it killed 30 fighters"]);
  });

  it("reach back a few sentences only, so a long paragraph gives each one a bounded share", () => {
    const claim = "The Syrian army said it had captured a village. ";
    const text = `${claim.repeat(10)}The claims could not be independently verified.`;
    const qualified = allegationsOf(text).filter((a) => a.reasons.includes("unconfirmed"));
    expect(qualified.length).toBe(4);
    expect(qualified.every((a) => a.start > text.length - 5 * claim.length)).toBe(true);
  });

  it("mark the sentence itself when nothing stands before them", () => {
    const [a] = allegationsOf("The footage could not be independently verified.");
    expect(a?.reasons).toEqual(["unconfirmed"]);
  });

  it("pass over another disclaimer on the way back", () => {
    const text =
      "State TV said special forces killed a militant leader. It offered no evidence of the death. CNN cannot independently confirm any of the claims.";
    const found = allegationsOf(text);
    expect(found.map((a) => a.text)).toEqual(["special forces killed a militant leader"]);
    expect(found[0]?.cues.filter((c) => c.reason === "unconfirmed").map((c) => c.text)).toEqual([
      "offered no evidence",
      "cannot independently confirm",
    ]);
  });
});

describe("unconfirmed reports that open their own content", () => {
  it.each([
    [
      "Karzai alleged that the U.S. had violated its sovereignty. There were reports that talks on a security agreement were delayed because of the incident.",
      "talks on a security agreement were delayed",
      "Karzai alleged",
    ],
    [
      "ISIS fighters seized Tikrit earlier this month. The Iraqi military began an offensive against Tikrit on Sunday, according to reports on Iraqiya TV.",
      "The Iraqi military began an offensive",
      "ISIS fighters seized Tikrit",
    ],
    [
      "وقال المتحدث إن الجيش استعاد القرية. ووردت أنباء عن مقتل عشرة مدنيين في القصف.",
      "مقتل عشرة مدنيين",
      "وقال المتحدث",
    ],
  ])(
    "are the report's own claim, not a disclaimer of the sentence before: %s",
    (text, own, before) => {
      const found = allegationsOf(text);
      const mine = found.find(at(text, own));
      expect(mine?.reasons).toContain("unconfirmed");
      const earlier = found.find(at(text, before));
      expect(earlier?.cues.some((c) => c.reason === "unconfirmed") ?? false).toBe(false);
    },
  );
});

describe("indexAt", () => {
  it("finds the range holding an offset, else the next one, else the last", () => {
    const ranges = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ];
    expect([0, 4, 7, 10, 25].map((x) => indexAt(ranges, x))).toEqual([0, 0, 1, 1, 1]);
  });
});
