import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

/** [kind, cue, speaker, content] of each quote, with exact offsets checked. */
function found(text: string) {
  return analyze(text, { lang: "ar" }).quotes.map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    return [q.kind, q.cue?.text ?? null, q.speaker?.text ?? null, q.text];
  });
}

describe("Arabic attribution", () => {
  it("reads verb-subject order with a proclitic and أن", () => {
    expect(found("وأكد المتحدث باسم وزارة الخارجية أن الوفد سيصل غدا.")).toEqual([
      ["indirect", "وأكد", "المتحدث باسم وزارة الخارجية", "أن الوفد سيصل غدا"],
    ]);
  });

  it("reads feminine and present-tense verbs and بأن", () => {
    expect(found("أفادت مصادر محلية بأن القصف استهدف سوقا شعبية.")[0]?.slice(1)).toEqual([
      "أفادت",
      "مصادر محلية",
      "بأن القصف استهدف سوقا شعبية",
    ]);
    expect(found("وتقول الأمم المتحدة إن أكثر من مليون شخص نزحوا.")[0]?.slice(1, 3)).toEqual([
      "وتقول",
      "الأمم المتحدة",
    ]);
    expect(found("ويرى محللون أن الاتفاق لن يصمد طويلا.")[0]?.slice(1, 3)).toEqual([
      "ويرى",
      "محللون",
    ]);
  });

  it("takes a participle's subject after a verb that only opens its clause («فردّ الرئيس سليمان قائلا»)", () => {
    expect(
      found("وسأل الوزير عن الغطاء، فردّ الرئيس سليمان قائلاً إن الجيش يتحصن بقرار سياسي.")
        .map((q) => q[2])
        .at(-1),
    ).toBe("الرئيس سليمان");
    expect(
      found("وهنا دخل على الخط الوزير محمد فنيش قائلاً إن الحل يجب أن يكون بحكمة.")[0]?.[2],
    ).toBe("الوزير محمد فنيش");
  });

  it("ends a participle's subject before the verb of its own clause («… سليمان افتتحها بالحديث، مشيرا»)", () => {
    expect(
      found(
        "وعلم أن رئيس الجمهورية العماد ميشال سليمان افتتحها بالحديث عن طرابلس مشيراً الى أن الجيش بدأ التنفيذ.",
      )
        .map((q) => q[2])
        .at(-1),
    ).toBe("رئيس الجمهورية العماد ميشال سليمان");
  });

  it("takes the subject of an auxiliary كان set off by a comma from its verb («وكانت المقاومة …، أعلنت»)", () => {
    const quotes = found(
      "وكانت المقاومة الشعبية في إقليم تهامة، أعلنت بدء عملية الكرامة لتطهير المحافظات، مؤكدة أنها ستصعد عملياتها.",
    );
    expect(quotes[0]?.slice(1)).toEqual([
      "أعلنت",
      "المقاومة الشعبية في إقليم تهامة",
      "بدء عملية الكرامة لتطهير المحافظات",
    ]);
  });

  it("never reads an event noun after the verb as its subject («ووصف قصف الانفصاليين بأنه…»)", () => {
    const quotes = found(
      "وقال المتحدث باسم الجيش إن الهجوم صد. ووصف قصف الانفصاليين بأنه الأعنف منذ فبراير.",
    );
    expect(quotes[1]?.slice(1, 3)).toEqual(["ووصف", "ووصف"]);
    expect(quotes[1]?.[3]).toMatch(/^قصف الانفصاليين/);
  });

  it("reads subject-verb order", () => {
    expect(
      found("الرئيس الأمريكي قال للصحفيين إن المفاوضات تسير بشكل جيد.")[0]?.slice(1, 3),
    ).toEqual(["قال", "الرئيس الأمريكي"]);
  });

  it("takes a quotation after a reporting noun and a colon as direct speech, the noun outside the speaker", () => {
    expect(found("وقالت الوزارة في بيان لها: «لن نتراجع عن قرارنا».")).toEqual([
      ["direct", "وقالت", "الوزارة", "«لن نتراجع عن قرارنا»"],
    ]);
  });

  it("finds the relayed speaker of نقل عن … قوله", () => {
    expect(
      found("ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أسفر عن مقتل خمسة أشخاص.")[0],
    ).toEqual(["indirect", "ونقلت", "مسؤول أمني", "إن الهجوم أسفر عن مقتل خمسة أشخاص"]);
  });

  it("reads prepositional cues before the speaker, with the content after", () => {
    expect(found("وبحسب وكالة الأنباء الرسمية، فإن الانتخابات ستجرى في موعدها.")[0]).toEqual([
      "indirect",
      "وبحسب",
      "وكالة الأنباء الرسمية",
      "فإن الانتخابات ستجرى في موعدها",
    ]);
    expect(
      found("وجاء في بيان للجيش أن القوات استعادت السيطرة على البلدة.")[0]?.slice(1, 3),
    ).toEqual(["وجاء في بيان", "للجيش"]);
  });

  it("gives a dropped-subject verb and a participle the cue word as speaker, linked to the subject before", () => {
    const [first, second] = analyze(
      "وذكر المرصد السوري لحقوق الإنسان أن 12 مدنيا قتلوا، وأضاف أن بينهم أطفالا.",
    ).quotes;
    expect(first?.speaker?.text).toBe("المرصد السوري لحقوق الإنسان");
    expect(second?.cue?.text).toBe("وأضاف");
    expect(second?.speaker).toMatchObject({ text: "وأضاف", dropped: true });
    expect(second?.entity).toMatchObject({
      name: "المرصد السوري لحقوق الإنسان",
      via: "dropped-subject",
    });
    expect(second?.source?.id).toBe("sohr");
    const denial = analyze("ونفت الحكومة هذه الاتهامات، مؤكدة أنها لا أساس لها من الصحة.").quotes;
    expect(denial.map((d) => [d.cue?.text, d.speaker?.text, d.entity?.name])).toEqual([
      ["ونفت", "الحكومة", "الحكومة"],
      ["مؤكدة", "مؤكدة", "الحكومة"],
    ]);
  });

  it("takes the outlet's own reporter or sources («مراسلتنا», «مصادرنا») for a subject, not an adverbial participle", () => {
    expect(
      found("وأفادت مصادر محلية بأن قذيفة سقطت على السوق. وأضافت مراسلتنا أنه تم نقل الجرحى.")
        .map((q) => q[2])
        .at(-1),
    ).toBe("مراسلتنا");
    expect(found("وقال مراسلنا إن الطائرات حلقت فوق المدينة.")[0]?.[2]).toBe("مراسلنا");
    expect(found("وذكرت مصادرنا أن الاجتماع تأجل إلى الأسبوع المقبل.")[0]?.[2]).toBe("مصادرنا");
    const adverbial = analyze("وقال معلنا أن الاجتماع تأجل.", { lang: "ar" }).quotes[0];
    expect(adverbial?.speaker?.dropped).toBe(true);
  });

  it("reads a relay whose «عن» comes after an abbreviation, with a verbal noun as its content («عن X نفيه الهجوم»)", () => {
    expect(
      found(
        "ونقلت وكالة إس.بي.إيه الإخبارية التابعة للمتمردين عن سامي حداد وهو أحد قادتهم نفيه الهجوم على الثكنة واتهم روسيا بقصف القرية.",
      ),
    ).toEqual([
      ["indirect", "ونقلت", "سامي حداد", "نفيه الهجوم على الثكنة"],
      ["indirect", "واتهم", "واتهم", "روسيا بقصف القرية"],
    ]);
    expect(found("ونقلت الوكالة عن المتحدث باسم الشرطة أن الطريق أغلق.")[0]?.slice(2)).toEqual([
      "المتحدث باسم الشرطة",
      "أن الطريق أغلق",
    ]);
  });

  it("takes the phrase before a relative clause for the speaker of «بحسب» when the clause names no subject", () => {
    expect(
      found("وبحسب تقييم المبعوث الذي قدمه الأسبوع الماضي فإن العنف تصاعد.")[0]?.slice(2),
    ).toEqual(["تقييم المبعوث", "فإن العنف تصاعد"]);
    expect(found("وبحسب الوثيقة التي قدمتها البعثة أمس فإن العنف تصاعد.")[0]?.slice(2)).toEqual([
      "البعثة",
      "فإن العنف تصاعد",
    ]);
  });

  it("keeps the apposition after a comma in a speaker that ends its sentence, not a time word or a relative clause", () => {
    expect(found("«الوضع يتحسن ببطء»، بحسب جون سميث، المحلل في معهد الدراسات.")[0]?.[2]).toBe(
      "جون سميث، المحلل في معهد الدراسات",
    );
    expect(found("«الطريق أغلق بالكامل»، بحسب سامي حداد، الأربعاء.")[0]?.[2]).toBe("سامي حداد");
    expect(found("قتل عشرة أشخاص، بحسب المرصد، الذي يتخذ من لندن مقرا.")[0]?.[2]).toBe("المرصد");
  });

  it("reads a quotation before its cue, إلى أن, and a verb-subject-object order", () => {
    expect(found("«لن نتراجع عن قرارنا»، قال الوزير.")).toEqual([
      ["direct", "قال", "الوزير", "«لن نتراجع عن قرارنا»"],
    ]);
    expect(found("وأشارت التقارير إلى أن الضحايا من المدنيين.")[0]?.slice(2)).toEqual([
      "التقارير",
      "أن الضحايا من المدنيين",
    ]);
    expect(found("واتهمت المعارضة النظام باستخدام أسلحة كيماوية.")[0]?.slice(2)).toEqual([
      "المعارضة",
      "النظام باستخدام أسلحة كيماوية",
    ]);
  });

  it("skips verbs of relative clauses, gives nested statements one record per level, and stops a subject at the previous cue", () => {
    expect(found("وهو الخذلان الذي تحدث عنه المؤيدون.")).toEqual([]);
    const nested = found("وقال المتحدث إن الحكومة ترى أن الحل سياسي.");
    expect(nested.map((q) => q.slice(1))).toEqual([
      ["وقال", "المتحدث", "إن الحكومة ترى أن الحل سياسي"],
      ["ترى", "الحكومة", "أن الحل سياسي"],
    ]);
    const chain = found("“هذا صحيح.. سقطت تدمر”، بهذا بدأ حساب موال للنظام يغرد بالإنكليزية.");
    expect(chain.map((q) => q.slice(1, 3))).toEqual([
      ["بدأ", "حساب موال للنظام"],
      ["يغرد", "حساب موال للنظام"],
    ]);
  });

  it("does not take names in quotation marks for statements", () => {
    const quotes = found("و كشف حساب “رجال الشمس” عن تفاصيل جديدة، وشارك “قوات النمر” في المعركة.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.slice(0, 3)).toEqual(["indirect", "كشف", "حساب “رجال الشمس”"]);
    expect(quotes[0]?.[3]?.startsWith("عن تفاصيل جديدة")).toBe(true);
  });
});
