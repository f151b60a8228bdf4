import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { GROWTH_LIMIT, growth } from "../helpers/growth";

/**
 * [cue, speaker, content] of each quote, with exact offsets checked; a dropped subject is shown
 * as its cue word and the entity it links to («وأضاف → الرئيس»).
 */
function found(text: string) {
  return analyze(text, { lang: "ar" }).quotes.map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    const speaker = q.speaker?.dropped ? `${q.speaker.text} → ${q.entity?.name}` : q.speaker?.text;
    return [q.cue?.text ?? null, speaker ?? null, q.text];
  });
}

const speakers = (text: string) => found(text).map((q) => q[1]);

describe("Arabic speakers: the minimal noun phrase with its title (issue 11)", () => {
  it("leaves out an adverbial phrase before the verb and takes the subject after it", () => {
    expect(
      speakers("وفي وقت سابق قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات فشلت."),
    ).toEqual(["وزير الخارجية الروسي سيرغي لافروف"]);
    expect(speakers("ومن جهته نفى الناطق باسم الجيش أن تكون قواته قد انسحبت.")).toEqual([
      "الناطق باسم الجيش",
    ]);
    expect(speakers("وكانت وزارة الدفاع قد أعلنت أن العملية بدأت.")).toEqual(["وزارة الدفاع"]);
  });

  it("leaves out time, place, statement and addressee phrases after the speaker", () => {
    expect(speakers("وقال مسؤول أمني لوكالة فرانس برس أمس إن الهجوم أسفر عن مقتل جنديين.")).toEqual(
      ["مسؤول أمني"],
    );
    expect(speakers("وأكد الناطق باسم الحكومة في مؤتمر صحفي أن الوضع تحت السيطرة.")).toEqual([
      "الناطق باسم الحكومة",
    ]);
    expect(speakers("وقال الوزير خلال زيارته للمدينة إن الإعمار سيبدأ قريبا.")).toEqual(["الوزير"]);
  });

  it("keeps the title and the name, and leaves out an apposition with وهو", () => {
    expect(
      speakers("وقال وزير الإعلام السوداني الدكتور غازي الصادق إن الحكومة لن تتراجع."),
    ).toEqual(["وزير الإعلام السوداني الدكتور غازي الصادق"]);
    expect(speakers("وقال أحمد سالم وهو قائد ميداني في الفصائل إن المعارك مستمرة.")).toEqual([
      "أحمد سالم",
    ]);
  });

  it("keeps a title between dashes after the name in the speaker, not a time phrase", () => {
    expect(
      found("نفى بهاء الأعرجي -نائب رئيس الوزراء العراقي- توقف الحملة العسكرية في الأنبار."),
    ).toEqual([
      ["نفى", "بهاء الأعرجي -نائب رئيس الوزراء العراقي", "توقف الحملة العسكرية في الأنبار"],
    ]);
    expect(speakers("وأضاف الربيعي -خلال مشاركته في برنامج- إن الوضع صعب.")).toEqual(["الربيعي"]);
  });

  it("leaves a request not to be named out of the speaker and out of the cues", () => {
    expect(
      found("وأوضح مسؤول محلي في المنطقة رفض الكشف عن هويته أن إطلاق النار سببه اشتباك."),
    ).toEqual([["وأوضح", "مسؤول محلي في المنطقة", "أن إطلاق النار سببه اشتباك"]]);
    expect(found("وقال جنرال في القوات الجوية طلب عدم الكشف عن اسمه إن 17 شخصا قتلوا.")).toEqual([
      ["وقال", "جنرال في القوات الجوية", "إن 17 شخصا قتلوا"],
    ]);
  });

  it("reads a verb-subject-object order with a governed noun and a noun-phrase complement", () => {
    expect(found("ونفى نائب رئيس الوزراء العراقي توقف العمليات العسكرية.")).toEqual([
      ["ونفى", "نائب رئيس الوزراء العراقي", "توقف العمليات العسكرية"],
    ]);
    expect(found("وأعلنت حركة طالبان مسؤوليتها عن الهجوم.")).toEqual([
      ["وأعلنت", "حركة طالبان", "مسؤوليتها عن الهجوم"],
    ]);
    expect(found("وتبنى تنظيم «داعش» الهجوم على الحاجز.")).toEqual([
      ["وتبنى", "تنظيم «داعش»", "الهجوم على الحاجز"],
    ]);
  });

  it("gives a prepositional cue with ما and its verb one cue, the speaker after it", () => {
    expect(found("وقتل خمسة أشخاص في القصف، بحسب ما أفادت مصادر طبية.")).toEqual([
      ["بحسب ما أفادت", "مصادر طبية", "وقتل خمسة أشخاص في القصف"],
    ]);
  });
});

describe("Arabic dropped subjects and participles", () => {
  it("takes no subject from a phrase that opens with a preposition after the verb", () => {
    const quotes = found(
      "وقال الرئيس إن الجيش انتشر. وتمنى على وزير العدل الإسراع في معالجة الملف.",
    );
    expect(quotes[1]).toEqual([
      "وتمنى",
      "وتمنى → الرئيس",
      "على وزير العدل الإسراع في معالجة الملف",
    ]);
  });

  it("takes no subject from a preposition after a verb whose object comes first (ودعا إلى)", () => {
    const quotes = found(
      "وقال الاتحاد الأوروبي إن العنف مفرط. ودعا إلى الإفراج الفوري عن المتظاهرين السلميين.",
    );
    expect(quotes[1]).toEqual([
      "ودعا",
      "ودعا → الاتحاد الأوروبي",
      "الإفراج الفوري عن المتظاهرين السلميين",
    ]);
  });

  it("gives a participle the speaker of the statement before it in its clause", () => {
    const quotes = found("ودعا الوزير إلى حوار بين اللبنانيين قائلا إن الحل سياسي.");
    expect(quotes.map((q) => q.slice(0, 2))).toEqual([
      ["ودعا", "الوزير"],
      ["قائلا", "قائلا → الوزير"],
    ]);
  });

  it("keeps an abbreviation with full stops inside the speaker, and إلى out of it", () => {
    expect(speakers("وقالت خدمة دي.إيه.إن الإخبارية إن الهجوم فشل.")).toEqual([
      "خدمة دي.إيه.إن الإخبارية",
    ]);
    expect(
      found("وأشارت الهيئة إلى وجود «العديد من الأهالي تحت الأنقاض».")[0]?.slice(0, 2),
    ).toEqual(["وأشارت", "الهيئة"]);
  });
});

describe("Arabic noun phrases and abbreviations", () => {
  it("keeps a title's name in the subject and a dotted Arabic abbreviation inside the sentence", () => {
    expect(
      found("ورفض الوزير عدنان منصور «مبدأ الأمن بالتراضي في أي منطقة».")[0]?.slice(0, 2),
    ).toEqual(["ورفض", "الوزير عدنان منصور"]);
    expect(
      found("وقالت المصادر لوكالة الأنباء الألمانية (د.ب.أ) إن القوات علقت العمليات."),
    ).toEqual([["وقالت", "المصادر", "إن القوات علقت العمليات"]]);
  });

  it("a verb followed by a prepositional noun has a dropped subject; نقل without عن or a clause reports nothing", () => {
    const quotes = found("وأعلن العقيد أنه لن يسمح بالمظاهرات. وهدد بالتصدي لأي مظاهرات مماثلة.");
    expect(quotes[1]).toEqual(["وهدد", "وهدد → العقيد", "بالتصدي لأي مظاهرات مماثلة"]);
    expect(found("ونقل الجثث إلى المستشفى بعد الانفجار.")).toEqual([]);
  });
});

describe("Arabic statements: every attribution the conventions annotate, and nothing else (issue 13)", () => {
  it("finds appeals, threats, expectations and descriptions", () => {
    expect(found("ودعت الأمم المتحدة الأطراف إلى وقف القتال.")).toEqual([
      ["ودعت", "الأمم المتحدة", "الأطراف إلى وقف القتال"],
    ]);
    expect(found("وهدد الجيش بالرد على أي هجوم جديد.")[0]?.slice(0, 2)).toEqual(["وهدد", "الجيش"]);
    expect(found("وتوقعت المصادر أن تستمر المعارك أياما.")[0]).toEqual([
      "وتوقعت",
      "المصادر",
      "أن تستمر المعارك أياما",
    ]);
    expect(found("ووصف المتحدث الهجوم بأنه عمل إرهابي.")[0]?.slice(0, 2)).toEqual([
      "ووصف",
      "المتحدث",
    ]);
  });

  it("finds participles that carry the speaker (مبينا، مشددة، داعيا)", () => {
    const [, second] = found("وقال المصدر إن القوات تقدمت، مبينا أن المعارك عنيفة.");
    expect(second).toEqual(["مبينا", "مبينا → المصدر", "أن المعارك عنيفة"]);
    expect(found("وأكدت الوزارة أن الوضع هادئ، مشددة على ضرورة ضبط النفس.")[1]?.[0]).toBe("مشددة");
  });

  it("after أشار إلى the content starts at أن, or at the noun", () => {
    expect(found("وأشار المصدر إلى مقتل عشرة مدنيين.")).toEqual([
      ["وأشار", "المصدر", "مقتل عشرة مدنيين"],
    ]);
  });

  it("ends a statement before a coordinated cue", () => {
    expect(found("واتهمت الحكومة المتمردين بقصف المدينة وقالت إن الهدنة انهارت.")).toEqual([
      ["واتهمت", "الحكومة", "المتمردين بقصف المدينة"],
      ["وقالت", "وقالت → الحكومة", "إن الهدنة انهارت"],
    ]);
  });

  it("a negated cue states nothing without a clause («did not say»), and something with one", () => {
    expect(found("ولم تذكر الوزارة عدد القتلى في الهجوم.")).toEqual([]);
    expect(found("ولم تستبعد المصادر أن تتجدد الاشتباكات.")).toEqual([
      ["تستبعد", "المصادر", "أن تتجدد الاشتباكات"],
    ]);
  });

  it("a verb in a relative clause reports when a clause follows it (التي قال إنها)", () => {
    const quotes = found("وقال المتحدث إن الهجمات التي قال إنها استهدفت مدنيين لن تمر.");
    expect(quotes.map((q) => q[0])).toEqual(["وقال", "قال"]);
    expect(quotes[1]?.[2]).toBe("إنها استهدفت مدنيين لن تمر");
  });

  it("reads a headline colon «روسيا: …» and not a label «اقرأ أيضا: …»", () => {
    expect(found("روسيا: العقوبات لن تغير موقفنا")).toEqual([
      [null, "روسيا", "العقوبات لن تغير موقفنا"],
    ]);
    expect(found("اقرأ أيضا: العقوبات لن تغير موقف روسيا")).toEqual([]);
  });

  it("takes no noun with a proclitic for a verb cue, nor a condemnation with a bare object", () => {
    expect(found("وبوصف الحادث جاءت ردود الفعل غاضبة.")).toEqual([]);
    expect(found("وأدانت الجامعة العربية الهجوم على المدنيين.")).toEqual([]);
  });
});

describe("Arabic rules stay linear", () => {
  const families: Record<string, string> = {
    "nested statements in one sentence": "قال المتحدث إن الوزارة ترى أن ",
    "coordinated cues in one sentence": "واتهمت الحكومة المتمردين بقصف المدينة وقالت إن ",
    "participles and adverbial openers":
      "وفي وقت سابق أكد مسؤول أمني لوكالة الأنباء أمس، مشيرا إلى ",
    "prepositional cues with ما": "قتل خمسة، بحسب ما أفادت مصادر طبية في بيان ",
  };
  it.each(Object.keys(families))(
    "%s: per-character time at 16x within the growth limit",
    (name) => {
      const unit = families[name] ?? "";
      const g = growth(
        (t) => analyze(t, { lang: "ar" }),
        (n) => unit.repeat(n),
        40,
      );
      expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
    },
  );
});
