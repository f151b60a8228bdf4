import { describe, expect, it } from "vitest";
import {
  claimantOf,
  innermost,
  isParty,
  opposingSides,
  regionOf,
  sidesOf,
} from "../../src/core/allegation-statements";
import { analyze } from "../../src/core/analyze";
import type { ClaimType, Quote } from "../../src/core/types";

const allegationsOf = (text: string) => analyze(text).allegations;

/** The one allegation of a one-statement text, which must rest on that statement. */
function partyClaim(text: string) {
  const { quotes, allegations } = analyze(text);
  expect(quotes, text).toHaveLength(1);
  expect(allegations, text).toHaveLength(1);
  const [q] = quotes as [Quote];
  const [a] = allegations as [(typeof allegations)[number]];
  expect(a.statement).toEqual({ start: q.start, end: q.end });
  expect(a.by?.party).toBe(true);
  expect(a.by?.speaker.text).toBe(q.speaker?.text);
  expect(a.by?.source?.alignment).toBe(q.source?.alignment);
  return a;
}

describe("claims of a party to the story, by claim type", () => {
  it.each<[ClaimType, string, string]>([
    [
      "casualties",
      "The Russian Defence Ministry said its forces had killed 200 Ukrainian soldiers.",
      "killed",
    ],
    ["attack", "Hezbollah said it fired rockets at an army base.", "rockets"],
    ["territory", "The Syrian army said it had captured the town of Saraqeb.", "captured"],
    [
      "territory",
      "The Saudi ambassador said the war stopped a takeover by the Houthis.",
      "takeover",
    ],
    ["blame", "The Kremlin said Kyiv was responsible for the explosion.", "responsible"],
    ["intention", "The Kremlin said the West seeks to split Russia.", "seeks to"],
    ["casualties", "وقالت وزارة الدفاع الروسية إن قواتها قتلت 200 جندي أوكراني.", "قتلت"],
    ["attack", "وقال حزب الله إنه أطلق صواريخ على قاعدة عسكرية.", "صواريخ"],
    ["territory", "وقال الجيش السوري إنه سيطر على بلدة سراقب.", "سيطر"],
    ["blame", "وقال الكرملين إن كييف تتحمل مسؤولية الانفجار.", "مسؤولية"],
    ["intention", "وقالت وزارة الخارجية الروسية إن الغرب يسعى إلى تقسيم روسيا.", "يسعى"],
    ["attack", "The Syrian army said the rebels had assassinated two officers.", "assassinated"],
    ["attack", "وقالت وزارة الداخلية إن المسلحين نفذوا اغتيالات عدة في المدينة.", "اغتيالات"],
    ["attack", "وقال الجيش السوري إن اعتداء المسلحين على الحاجز استمر ساعات.", "اعتداء"],
    [
      "blame",
      "The ministry said the protests were the result of incitement by the opposition.",
      "incitement",
    ],
    ["blame", "وقال الوزير إن ما حصل نتيجة التحريض الذي تمارسه المعارضة.", "التحريض"],
    ["blame", "وقالت السلطات السورية إن المعارضة مدعومة من الخارج.", "مدعومة"],
    ["blame", "The army said the rebels were covering up their losses.", "covering up"],
    ["blame", "وقال الجيش إن المتمردين يتكتمون على خسائرهم.", "يتكتمون"],
    ["intention", "وقال الوزير إن المعارضة يريدون تقسيم البلاد.", "يريدون"],
    ["territory", "The government spokesman insisted that all is safe in the capital.", "is safe"],
    ["territory", "وأكد المكتب الصحفي للشرطة أن الموقف الأمني مستقر بجميع مدن السودان.", "مستقر"],
    ["blame", "The opposition says the vote was marred by widespread fraud.", "fraud"],
    [
      "blame",
      "The defence ministry said the helicopter crashed because of a technical fault.",
      "technical fault",
    ],
    ["blame", "وتحطمت المروحية بسبب عطل تقني، بحسب ما أفادت سلطات محلية وعسكرية.", "عطل تقني"],
    [
      "blame",
      "Sudan said it had confiscated the oil to make up for unpaid fees.",
      "to make up for",
    ],
    ["blame", "وقالت الحكومة السودانية إنها صادرت النفط تعويضا عن رسوم غير مدفوعة.", "تعويضا عن"],
    ["blame", "وقالت المعارضة إن الانتخابات شابها تزوير واسع.", "تزوير"],
    ["intention", "The Kremlin said Kyiv made an attempt to split the church.", "an attempt to"],
    ["intention", "وقال الوزير إن هناك محاولات تقوم بها دوائر أجنبية لزعزعة الاستقرار.", "محاولات"],
  ])("%s: %s", (type, text, word) => {
    const a = partyClaim(text);
    expect(a.reasons).toContain("party-claim");
    expect(a.claimTypes).toContain(type);
    expect(a.cues).toContainEqual(
      expect.objectContaining({ text: word, reason: "party-claim", claimType: type }),
    );
  });

  it.each([
    ["Hezbollah said it had no connection to the incident.", "no connection"],
    ["وقال حزب الله إنه لا علاقة له بالحادث.", "لا علاقة"],
    [
      "“Russia doesn’t fire at anyone,” Russian Foreign Minister Sergei Lavrov said.",
      "doesn’t fire",
    ],
    ["وقال الجيش السوري إنه لم يستهدف أي مدنيين.", "لم يستهدف"],
  ])("a denial in the content is a party's denial: %s", (text, word) => {
    const a = partyClaim(text);
    expect(a.reasons).toEqual(["denial"]);
    expect(a.claimTypes).toEqual(["denial"]);
    expect(a.cues.map((c) => c.text)).toEqual([word]);
  });

  it.each([
    [
      "وقال المركز الإعلامي للمقاومة إن الثوار دخلوا المدينة وسيطروا على المكاتب الحكومية.",
      "مقاومة",
    ],
    ["The resistance media center said its fighters had captured the airport.", "resistance"],
  ])("a speaker whose own words name a side in the fighting is a party: %s", (text, words) => {
    const { allegations } = analyze(text);
    expect(allegations).toHaveLength(1);
    const [a] = allegations as [(typeof allegations)[number]];
    expect(a.reasons).toEqual(["party-claim"]);
    expect(a.by).toMatchObject({ party: true, source: null });
    expect(a.by?.sideWords?.text).toContain(words);
  });

  it("reaches the side through a dropped subject's mention chain", () => {
    const text =
      "وأشار الناطق باسم المقاومة في عدن إلى استسلام أعداد كبيرة من الميليشيات. وأضاف أن المقاومة سيطرت على القصر.";
    const found = analyze(text).allegations;
    expect(found.map((a) => a.by?.sideWords?.text)).toEqual(["المقاومة", "المقاومة"]);
  });

  it.each([
    [
      "A little-known group claimed responsibility for the bombing of the checkpoint.",
      "claimed responsibility",
    ],
    ["وأعلنت جماعتان سوريتان مسؤوليتهما عن تفجير دمشق.", "مسؤوليتهما عن"],
  ])("a speaker claiming an attack is a party to it, with no label: %s", (text, words) => {
    const a = partyClaim(text);
    expect(a.reasons).toEqual(["party-claim"]);
    expect(a.claimTypes).toEqual(["attack"]);
    expect(a.by).toMatchObject({ party: true, source: null, sideWords: { text: words } });
  });

  it("takes no claim of responsibility from a speaker that denies making one", () => {
    expect(allegationsOf("No group claimed responsibility for the attack.")).toEqual([]);
    expect(allegationsOf("The group has not claimed responsibility for the bombing.")).toEqual([]);
    expect(allegationsOf("وقالت الجماعة إنها لم تعلن مسؤوليتها عن الهجوم.")).toEqual([]);
  });

  it("leaves the same claims alone when nobody, or no party, makes them", () => {
    expect(allegationsOf("Its forces killed 200 soldiers near the river.")).toEqual([]);
    expect(allegationsOf("The UN said the town had been captured on Tuesday.")).toEqual([]);
    expect(allegationsOf("وسيطر الجيش على البلدة أمس.")).toEqual([]);
  });

  it("leaves alone a claim the text confirms independently", () => {
    expect(
      allegationsOf(
        "The Syrian army said it had captured Saraqeb, which was confirmed by independent monitors.",
      ),
    ).toEqual([]);
    expect(
      allegationsOf("وقال الجيش السوري إنه سيطر على بلدة سراقب، وأكدت مصادر مستقلة ذلك."),
    ).toEqual([]);
  });

  it("keeps the disclaimer a disclaimer: 'could not be independently verified' confirms nothing", () => {
    const [a] = allegationsOf(
      "The Syrian army said it had captured Saraqeb, a claim that could not be independently verified.",
    );
    expect(a?.reasons).toEqual(["party-claim", "unconfirmed"]);
  });

  it("leaves alone an admission against the speaker's own interest", () => {
    expect(
      allegationsOf(
        "The Russian Defence Ministry admitted that its forces had withdrawn from Kherson.",
      ),
    ).toEqual([]);
    expect(allegationsOf("واعترفت وزارة الدفاع الروسية بانسحاب قواتها من خيرسون.")).toEqual([]);
  });

  it("leaves alone a party confirming what others report", () => {
    expect(
      allegationsOf("The Kremlin confirmed that Russian troops had withdrawn from Kherson."),
    ).toEqual([]);
    // «أكد» with a noun object confirms; with a clause («أكد أن») it asserts.
    expect(allegationsOf("وأكد حاكم الولاية محمد خان حصيلة القتلى.")).toEqual([]);
    expect(allegationsOf("وأكد حاكم الولاية محمد خان أن الجيش قتل 30 مسلحا.")).toHaveLength(1);
  });

  it("takes a force or a position named in passing for no claim", () => {
    expect(allegationsOf("The EU said it regretted the violence of the security forces.")).toEqual(
      [],
    );
    expect(allegationsOf("وأعرب الاتحاد الأوروبي عن أسفه لعنف قوات الأمن.")).toEqual([]);
  });
});

describe("claimantOf and isParty", () => {
  const ref = (alignment: string) => ({
    id: "x",
    name: "X",
    alignment,
    label: "X",
    matchedBy: "text" as const,
    evidence: { kind: "text" as const, start: 0, end: 5, text: "Rebel" },
  });
  const quote = (sources: ReturnType<typeof ref>[]): Quote => ({
    start: 10,
    end: 20,
    text: "",
    kind: "indirect",
    speaker: { start: 0, end: 5, text: "Rebel" },
    cue: { start: 6, end: 10, text: "said" },
    entity: null,
    source: sources[0] ?? null,
    sources,
    language: "en",
  });

  it("takes the sides of the story as parties, the others not", () => {
    for (const a of [
      "government",
      "pro-government",
      "opposition",
      "state-media",
      "armed-group:x",
    ]) {
      expect(isParty(a), a).toBe(true);
    }
    for (const a of ["independent", "monitor", "wire-service", "unknown"]) {
      expect(isParty(a), a).toBe(false);
    }
  });

  it("names the party among several sources, and says when there is none", () => {
    const c = claimantOf(quote([ref("unknown"), ref("opposition")]));
    expect(c).toMatchObject({ party: true, source: { alignment: "opposition" } });
    expect(claimantOf(quote([ref("independent")]))).toMatchObject({ party: false });
    expect(claimantOf({ ...quote([]), speaker: null })).toBeNull();
  });

  it("counts a speaker next to its statement as part of it, not one carried from afar", () => {
    const q = quote([]);
    expect(regionOf(q)).toEqual({ start: 0, end: 20 });
    const far = {
      ...q,
      start: 900,
      end: 950,
      cue: null,
      speaker: { start: 0, end: 5, text: "Rebel", carried: true },
    };
    expect(regionOf(far)).toEqual({ start: 900, end: 950 });
  });
});

describe("what a party's statement claims", () => {
  it.each([
    "وكانت وزارة الدفاع العراقية أعلنت انطلاق العمليات العسكرية لتحرير الأنبار من سيطرة تنظيم داعش.",
    "The Iraqi army said its units had gathered near Ramadi to retake the city.",
  ])("a gain of ground after a purpose is an aim, no claim: %s", (text) => {
    expect(analyze(text).quotes).toHaveLength(1);
    expect(allegationsOf(text)).toEqual([]);
  });

  it.each([
    ["وأعلنت وزارة الدفاع العراقية تحرير الأنبار من سيطرة تنظيم داعش.", "تحرير"],
    ["The Iraqi army said its units had retaken the city.", "retaken"],
  ])("the same gain claimed as done is a claim: %s", (text, cue) => {
    expect(partyClaim(text).cues.map((c) => c.text)).toContain(cue);
  });

  it("a noun-phrase announcement says nothing past the adjunct that dates it", () => {
    const text =
      "أعلن الجيش اللبناني تعزيز انتشار عناصره في وادي خالد، في أعقاب القصف المدفعي الذي شنه الجيش السوري.";
    expect(analyze(text).quotes).toHaveLength(1);
    expect(allegationsOf(text)).toEqual([]);
  });

  it("a clause reported with «أن» keeps its adjunct", () => {
    const text =
      "أعلن الجيش اللبناني أن عناصره انتشرت في وادي خالد في أعقاب القصف المدفعي الذي شنه الجيش السوري.";
    expect(partyClaim(text).cues.map((c) => c.text)).toEqual(["قصف", "شنه"]);
  });
});

describe("a monitor's toll", () => {
  it.each([
    [
      "The Syrian Observatory for Human Rights said 40 people were killed in the shelling of Douma.",
      "killed",
    ],
    ["في دمشق، قتل شخص في اطلاق رصاص في حي التضامن، بحسب المرصد السوري لحقوق الإنسان.", "قتل"],
  ])("is an unconfirmed report of the monitor's: %s", (text, word) => {
    const [a, ...rest] = allegationsOf(text);
    expect(rest).toEqual([]);
    expect(a?.reasons).toEqual(["unconfirmed-report"]);
    expect(a?.by).toMatchObject({ party: false, source: { alignment: "monitor" } });
    expect(a?.cues).toEqual([
      expect.objectContaining({
        text: word,
        reason: "unconfirmed-report",
        claimType: "casualties",
      }),
    ]);
  });

  it("is confirmed when a source of another side gives it too", () => {
    expect(
      allegationsOf(
        "The Syrian Observatory for Human Rights and the United Nations said 40 people were killed in the shelling.",
      ),
    ).toEqual([]);
  });

  it("is only a toll: other reports of a monitor are left alone", () => {
    expect(
      allegationsOf("The Syrian Observatory for Human Rights said clashes continued near Aleppo."),
    ).toEqual([]);
    expect(allegationsOf("وأفاد المرصد السوري لحقوق الإنسان عن اشتباكات في داعل.")).toEqual([]);
  });
});

describe("sidesOf", () => {
  it.each([
    "The Syrian Observatory for Human Rights, an activist group that tracks Syria's crisis, said 24 fighters were killed in the ambush. It gave no further details.",
    "قال المرصد السوري لحقوق الإنسان، الجماعة المعارضة، إن 24 مقاتلا قتلوا في الكمين. ولم يذكر تفاصيل أخرى.",
  ])("reads a descriptor in the apposition of a named source as that source's: %s", (text) => {
    const { quotes, allegations } = analyze(text);
    const [q] = quotes as [Quote];
    expect(q.sources?.map((s) => s.alignment)).toContain("opposition");
    expect(sidesOf(q).map((s) => s.alignment)).toEqual(["monitor"]);
    expect(opposingSides(q)).toBe(false);
    expect(allegations.map((a) => [a.reasons, a.by?.party])).toEqual([
      [["unconfirmed", "unconfirmed-report"], false],
    ]);
  });

  it("keeps a second speaker joined by 'and' as a second source", () => {
    // Of one side: two sources of different sides speak for neither (source-matching.ts).
    const [q] = analyze(
      "Reuters reporters and AFP photographers said government forces lost ground.",
    ).quotes as [Quote];
    expect(q.sources?.map((s) => s.id)).toEqual(["reuters", "afp"]);
    expect(sidesOf(q)).toEqual(q.sources);
  });
});

describe("opposingSides", () => {
  it("reads two labels of one speaker's words as one side ('Rebel fighters': rebels, fighters)", () => {
    const text = "Rebel fighters said they killed three snipers.";
    const [q] = analyze(text).quotes;
    expect(new Set(q?.sources?.map((s) => s.alignment.split(":")[0])).size).toBe(2);
    expect(opposingSides(q as Quote)).toBe(false);
    expect(partyClaim(text).cues.map((c) => c.text)).toEqual(["killed"]);
  });

  it("reads a label of the whole speaker as that speaker's («جماعة لواء الإسلام المعارضة»)", () => {
    const text =
      "وقالت جماعة لواء الإسلام المعارضة في بيان نشرته على صفحتها على فيسبوك إنه تم استهداف مكتب الأمن القومي.";
    const [q] = analyze(text).quotes;
    expect(new Set(q?.sources?.map((s) => s.alignment.split(":")[0])).size).toBe(2);
    expect(opposingSides(q as Quote)).toBe(false);
    const [a] = allegationsOf(text);
    expect(a?.reasons).toEqual(expect.arrayContaining(["party-claim", "social-media"]));
  });

  it("still sees two speakers on opposite sides in different words", () => {
    const [q] = analyze("Rebel fighters said they killed three snipers.").quotes as [Quote];
    const rebels = q.sources?.[0];
    expect(rebels).toBeDefined();
    const part = {
      ...(rebels as NonNullable<typeof rebels>),
      evidence: { kind: "text" as const, start: 0, end: 5, text: "Rebel" },
    };
    const army = {
      ...(rebels as NonNullable<typeof rebels>),
      alignment: "government",
      evidence: { kind: "text" as const, start: 30, end: 40, text: "elsewhere." },
    };
    expect(opposingSides({ ...q, sources: [part, army] } as Quote)).toBe(true);
  });
});

describe("innermost", () => {
  it("gives each item to the smallest range holding it", () => {
    const ranges = [
      { start: 0, end: 100 },
      { start: 10, end: 30 },
      { start: 50, end: 60 },
    ];
    const items = [5, 15, 55, 70, 150].map((s) => ({ start: s, end: s + 2 }));
    expect(innermost(items, ranges)).toEqual([0, 1, 2, 0, -1]);
  });
});
