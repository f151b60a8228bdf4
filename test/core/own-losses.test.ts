import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

const flagged = (text: string) => analyze(text).allegations.length > 0;

describe("a party's own losses are an admission, not an allegation", () => {
  it.each([
    "The Iraqi army said two soldiers were killed in the ambush.",
    "Hezbollah said two of its fighters were killed.",
    "وقال الجيش العراقي إن جنديين عراقيين قتلا في تفجير عبوة ناسفة.",
  ])("left alone: %s", (text) => {
    expect(analyze(text).quotes).toHaveLength(1);
    expect(flagged(text)).toBe(false);
  });

  it.each([
    "The Iraqi army said it killed 30 militants.",
    "Hezbollah said it killed three Israeli soldiers.",
    "The Russian Defence Ministry said 200 Ukrainian soldiers were killed.",
    "وقال الجيش العراقي إن 30 مسلحا قتلوا في الاشتباكات.",
    "Rebel fighters said the rebels managed to kill three snipers.",
    "وأشار المركز الإعلامي للمقاومة إلى أن الثوار تمكنوا من قتل قناصة في جولة الحوض.",
  ])("the other side's losses are its claim: %s", (text) => {
    expect(flagged(text)).toBe(true);
  });

  it("but an accusation over its losses stays one", () => {
    expect(flagged("The Iraqi army accused ISIS of killing two soldiers.")).toBe(true);
  });
});
