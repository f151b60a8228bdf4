import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { enrich } from "../../src/core/enrich";
import type { Quote, Speaker } from "../../src/core/types";

/**
 * A quote whose speaker and content are given substrings of `text`, the speaker searched from
 * `from` (so a repeated name can be picked); `extra` marks a dropped or carried subject.
 */
function quote(
  text: string,
  speaker: string,
  content: string,
  from = 0,
  extra: Partial<Speaker> = {},
): Quote {
  const sp = text.indexOf(speaker, from);
  const start = text.indexOf(content, sp);
  if (sp < 0 || start < 0) throw new Error(`not in text: ${speaker} / ${content}`);
  return {
    start,
    end: start + content.length,
    text: content,
    kind: "indirect",
    speaker: { start: sp, end: sp + speaker.length, text: speaker, ...extra },
    cue: null,
    entity: null,
    source: null,
    language: /[\u0600-\u06ff]/.test(content) ? "ar" : "en",
  };
}

/** The label of one speaker in one sentence: "<speaker> said <content>". */
function labelOf(text: string, speaker: string, content: string) {
  return enrich(text, [quote(text, speaker, content)]).quotes[0] as Quote;
}

describe("labels from the text's own words", () => {
  it.each([
    [
      "Israeli Prime Minister Benjamin Netanyahu said the talks failed.",
      "Israeli Prime Minister Benjamin Netanyahu",
      "government",
      "IL",
      "Israeli Prime Minister",
    ],
    [
      "A senior U.S. official said the talks failed.",
      "A senior U.S. official",
      "government",
      "US",
      "U.S. official",
    ],
    [
      "Russia's defence ministry said the talks failed.",
      "Russia's defence ministry",
      "government",
      "RU",
      "Russia's defence ministry",
    ],
    [
      "The Russian Defence Ministry said the talks failed.",
      "The Russian Defence Ministry",
      "government",
      "RU",
      "Russian Defence Ministry",
    ],
    [
      "Syria's state news agency said the talks failed.",
      "Syria's state news agency",
      "state-media",
      "SY",
      "Syria's state news agency",
    ],
    ["Moscow said the talks failed.", "Moscow", "government", "RU", "Moscow"],
    ["Kiev said the talks failed.", "Kiev", "government", "UA", "Kiev"],
    ["Saudi Arabia said the talks failed.", "Saudi Arabia", "government", "SA", "Saudi Arabia"],
    [
      "Adel al-Jubeir, the Saudi ambassador to the United States, said the talks failed.",
      "Adel al-Jubeir, the Saudi ambassador to the United States",
      "government",
      "SA",
      "Saudi ambassador",
    ],
    [
      "قال وزير الخارجية السعودي إن المحادثات فشلت",
      "وزير الخارجية السعودي",
      "government",
      "SA",
      "وزير الخارجية السعودي",
    ],
    [
      "قالت وكالة الأنباء السورية الرسمية إن المحادثات فشلت",
      "وكالة الأنباء السورية الرسمية",
      "state-media",
      "SY",
      "وكالة الأنباء السورية الرسمية",
    ],
    [
      "وقال السفير السعودي لدى واشنطن إن المحادثات فشلت",
      "السفير السعودي لدى واشنطن",
      "government",
      "SA",
      "السفير السعودي",
    ],
    ["وقالت موسكو إن المحادثات فشلت", "موسكو", "government", "RU", "موسكو"],
  ])("%s", (text, speaker, alignment, country, evidence) => {
    const content = text.includes("talks") ? "the talks failed" : "المحادثات فشلت";
    const q = labelOf(text, speaker, content);
    expect(q.source).toMatchObject({ alignment, country });
    expect(q.source?.evidence).toMatchObject({ kind: "text" });
    expect(q.source?.evidence.kind === "text" && q.source.evidence.text).toContain(evidence);
  });

  it.each([
    ["وقال مصدر عسكري إن المحادثات فشلت", "مصدر عسكري"],
    ["وقال مصدر أمني إن المحادثات فشلت", "مصدر أمني"],
    ["Police said the talks failed.", "Police"],
  ])("gives a state body without a country the government side: %s", (text, speaker) => {
    const content = text.includes("talks") ? "the talks failed" : "المحادثات فشلت";
    expect(labelOf(text, speaker, content).source).toMatchObject({ alignment: "government" });
  });

  it.each([
    ["Rebel fighters said the town fell.", "Rebel fighters", "opposition"],
    ["Militants said the town fell.", "Militants", "armed-group"],
    ["وقالت فصائل إن البلدة سقطت", "فصائل", "armed-group"],
    [
      "The Syrian Observatory for Human Rights said the town fell.",
      "The Syrian Observatory for Human Rights",
      "monitor",
    ],
    ["Aid agencies said the town fell.", "Aid agencies", "independent"],
    ["The BBC said the town fell.", "The BBC", "public-broadcaster"],
    ["UNHCR said the town fell.", "UNHCR", "independent"],
  ])("names the side of organisation kinds: %s", (text, speaker, alignment) => {
    const content = text.includes("town") ? "the town fell" : "البلدة سقطت";
    expect(labelOf(text, speaker, content).source?.alignment).toBe(alignment);
  });

  it.each([
    ["A Syrian refugee said the town fell.", "A Syrian refugee", "no-signal"],
    [
      "Josephine Guerrero, a spokeswoman in New York, said the town fell.",
      "Josephine Guerrero, a spokeswoman in New York",
      "no-signal",
    ],
    ["A former Iraqi minister said the town fell.", "A former Iraqi minister", "former"],
    [
      "The Lebanese group, which has fought alongside Syrian government forces, said the town fell.",
      "The Lebanese group, which has fought alongside Syrian government forces",
      "no-signal",
    ],
  ])("labels nothing the text does not tie to a side: %s", (text, speaker, noLabel) => {
    const q = labelOf(text, speaker, "the town fell");
    expect(q.source).toBeNull();
    expect(q.noLabel).toBe(noLabel);
  });

  it("tells a minister of information from state media, and an alliance from a state", () => {
    const minister = labelOf(
      "وقال وزير الإعلام السوداني إن المحادثات فشلت",
      "وزير الإعلام السوداني",
      "المحادثات فشلت",
    );
    expect(minister.source).toMatchObject({ alignment: "government", country: "SD" });
    const nato = labelOf("NATO said the talks failed.", "NATO", "the talks failed");
    expect(nato.source).toMatchObject({ id: "nato", alignment: "government" });
    expect(nato.source?.country).toBeUndefined();
  });

  it("labels a statement by its issuer, in both languages", () => {
    const en = labelOf(
      "Iraqi Prime Minister Nuri al-Maliki met the Cabinet. A statement released by the Cabinet said pay would resume.",
      "A statement released by the Cabinet",
      "pay would resume",
    );
    expect(en.source).toMatchObject({ alignment: "government" });
    const ar = labelOf(
      "وقال بيان صادر عن وزارة الدفاع العراقية إن القوات تقدمت",
      "بيان صادر عن وزارة الدفاع العراقية",
      "القوات تقدمت",
    );
    expect(ar.source).toMatchObject({ alignment: "government", country: "IQ" });
  });

  it("reads Arabic roles with or without the article («جنرال», «المسؤولون»)", () => {
    for (const [text, speaker] of [
      ["وقال جنرال في القوات الجوية الأفغانية إن الطائرة سقطت", "جنرال في القوات الجوية الأفغانية"],
      ["وقال المسؤولون الأفغان إن الطائرة سقطت", "المسؤولون الأفغان"],
    ] as const) {
      expect(labelOf(text, speaker, "الطائرة سقطت").source).toMatchObject({
        alignment: "government",
        country: "AF",
      });
    }
  });

  it("shows a ruleset entry's description and reference as its evidence", () => {
    const q = labelOf("SANA said the town fell.", "SANA", "the town fell");
    expect(q.source?.evidence).toMatchObject({ kind: "ruleset", id: "sana" });
    expect(q.source?.evidence.kind === "ruleset" && q.source.evidence.reference).toMatch(/^https:/);
  });
});

describe("mention chains", () => {
  it("links a pronoun to the person named before and names that entity", () => {
    const text =
      "Faisal Mekdad, Syria's deputy foreign minister, said the talks failed. He added that the army would fight on.";
    const { quotes } = enrich(text, [
      quote(text, "Faisal Mekdad, Syria's deputy foreign minister", "the talks failed"),
      quote(text, "He", "the army would fight on"),
    ]);
    expect(quotes[1]?.entity).toMatchObject({
      name: "Faisal Mekdad, Syria's deputy foreign minister",
      via: "pronoun",
    });
    expect(quotes[1]?.source).toMatchObject({
      alignment: "government",
      country: "SY",
      matchedBy: "reference",
    });
  });

  it("links a bare surname and Mr. X, but not another person with the same surname", () => {
    const text =
      "Jumma Ibrahim, a rebel spokesman, said the town fell. Government spokesman Musa Ibrahim said it held. Ibrahim said more. Mr. Ibrahim said again. Musa Ibrahim said the rebels lied.";
    const { quotes } = enrich(text, [
      quote(text, "Jumma Ibrahim, a rebel spokesman", "the town fell"),
      quote(text, "Government spokesman Musa Ibrahim", "it held"),
      quote(text, "Ibrahim", "more", text.indexOf("held")),
      quote(text, "Mr. Ibrahim", "again"),
      quote(text, "Musa Ibrahim", "the rebels lied", text.indexOf("again")),
    ]);
    expect(quotes.map((q) => q.source?.alignment)).toEqual([
      "opposition",
      "government",
      "government",
      "government",
      "government",
    ]);
    expect(quotes[4]?.entity).toMatchObject({
      name: "Government spokesman Musa Ibrahim",
      via: "name",
    });
  });

  it("links a person introduced by title outside any statement", () => {
    const text =
      "Libyan leader Moammar Gadhafi appeared on television on Sunday. Gadhafi said the rebels would be crushed.";
    const { quotes } = enrich(text, [quote(text, "Gadhafi", "the rebels would be crushed", 20)]);
    expect(quotes[0]?.source).toMatchObject({ alignment: "government", country: "LY" });
    expect(quotes[0]?.entity).toMatchObject({ name: "Libyan leader Moammar Gadhafi", via: "name" });
  });

  it("takes a name ending in s for a person, and a name opening a sentence as a person", () => {
    const text =
      "An unidentified Syrian army officer said the ambush worked. Valerie Amos said aid was blocked. She said people were dying. But Saif al-Islam Gadhafi laughed at the idea. He said victory was near.";
    const { quotes } = enrich(text, [
      quote(text, "An unidentified Syrian army officer", "the ambush worked"),
      quote(text, "Valerie Amos", "aid was blocked"),
      quote(text, "She", "people were dying"),
      quote(text, "He", "victory was near"),
    ]);
    expect(quotes[2]?.entity).toMatchObject({ name: "Valerie Amos", via: "pronoun" });
    expect(quotes[2]?.source).toBeNull();
    expect(quotes[3]?.entity).toMatchObject({ name: "Saif al-Islam Gadhafi", via: "pronoun" });
  });

  it("labels a list by its first member when that is a name mentioned before", () => {
    const text =
      "The mayor wrote to Iraqi Prime Minister Haider al-Abadi. Later, Abadi and the dam's engineers said the dam was safe. Smith and Jones said it was not.";
    const { quotes } = enrich(text, [
      quote(text, "Abadi and the dam's engineers", "the dam was safe"),
      quote(text, "Smith and Jones", "it was not"),
    ]);
    expect(quotes[0]?.source).toMatchObject({ alignment: "government", country: "IQ" });
    expect(quotes[0]?.entity).toMatchObject({ via: "name" });
    expect(quotes[1]?.source ?? null).toBeNull();
  });

  it("links a surname with a particle, a relative pronoun and a possessive to their mentions", () => {
    const text =
      "Afghan President Hamid Karzai, who said the talks failed, left. Adel al-Jubeir, the Saudi ambassador, said it was over. Jubeir said more. UNHCR said 10,000 fled. Its report said more would.";
    const { quotes } = enrich(text, [
      quote(text, "who", "the talks failed"),
      quote(text, "Adel al-Jubeir, the Saudi ambassador", "it was over"),
      quote(text, "Jubeir", "more", text.indexOf("over")),
      quote(text, "UNHCR", "10,000 fled"),
      quote(text, "Its report", "more would"),
    ]);
    expect(quotes[0]?.source).toMatchObject({ alignment: "government", country: "AF" });
    expect(quotes[2]?.entity).toMatchObject({ via: "name" });
    expect(quotes[2]?.source).toMatchObject({ alignment: "government", country: "SA" });
    expect(quotes[4]?.source).toMatchObject({ id: "unhcr", matchedBy: "reference" });
  });

  it("links «it» and «the agency» to the agency, not to a person", () => {
    const text =
      "Syria's state news agency SANA said the town fell. Lavrov said nothing. It said the army advanced. The agency said more.";
    const { quotes } = enrich(text, [
      quote(text, "Syria's state news agency SANA", "the town fell"),
      quote(text, "Lavrov", "nothing"),
      quote(text, "It", "the army advanced"),
      quote(text, "The agency", "more"),
    ]);
    for (const q of [quotes[2], quotes[3]]) {
      expect(q?.source?.alignment).toBe("state-media");
      expect(q?.entity?.name).toBe("Syria's state news agency SANA");
    }
  });

  it("links a description with a name only to a chain that has the name too", () => {
    const text =
      "Marzieh Afkham, a spokeswoman for the country's Foreign Ministry, said the strikes were dangerous. The Health Ministry reported 18 dead. The ministry said more.";
    const { quotes } = enrich(text, [
      quote(
        text,
        "Marzieh Afkham, a spokeswoman for the country's Foreign Ministry",
        "the strikes",
      ),
      quote(text, "The Health Ministry", "18 dead"),
      quote(text, "The ministry", "more"),
    ]);
    expect(quotes[1]?.entity?.name).toBe("The Health Ministry");
    expect(quotes[2]?.entity?.name).toBe("The Health Ministry");
  });

  it("links “our correspondent” to the reporter of a named outlet, and to no one else", () => {
    const en =
      "Al Jazeera's Zeina Khodr, reporting from Baghdad, said the fighters were defiant. Later our correspondent said the army was advancing.";
    const named = enrich(en, [
      quote(en, "Al Jazeera's Zeina Khodr", "the fighters were defiant"),
      quote(en, "our correspondent", "the army was advancing"),
    ]).quotes[1];
    expect(named?.entity?.name).toBe("Al Jazeera's Zeina Khodr");
    expect(named?.source?.id).toBe(
      enrich(en, [quote(en, "Al Jazeera's Zeina Khodr", "the fighters were defiant")]).quotes[0]
        ?.source?.id,
    );
    const unnamed =
      "The army said the shelling stopped. Later our correspondent said the wounded were moved.";
    const own = enrich(unnamed, [
      quote(unnamed, "The army", "the shelling stopped"),
      quote(unnamed, "our correspondent", "the wounded were moved"),
    ]).quotes[1];
    expect(own?.entity?.name).toBe("our correspondent");
    expect(own?.source).toBeNull();
  });

  it("takes the country of “the country's” from the country named before", () => {
    const text =
      "Iran condemned the strikes. Marzieh Afkham, a spokeswoman for the country's Foreign Ministry, said they were wrong.";
    const q = labelOf(
      text,
      "Marzieh Afkham, a spokeswoman for the country's Foreign Ministry",
      "they were wrong",
    );
    expect(q.source).toMatchObject({ alignment: "government", country: "IR" });
  });

  it("links an Arabic dropped subject to the speaker before it", () => {
    const text =
      "قال وزير الخارجية السوري وليد المعلم إن المحادثات فشلت. وأضاف أن الجيش سيواصل القتال.";
    const cue = "وأضاف";
    const { quotes } = enrich(text, [
      quote(text, "وزير الخارجية السوري وليد المعلم", "المحادثات فشلت"),
      quote(text, cue, "الجيش سيواصل القتال", 0, { dropped: true }),
    ]);
    expect(quotes[1]?.entity).toMatchObject({
      name: "وزير الخارجية السوري وليد المعلم",
      via: "dropped-subject",
    });
    expect(quotes[1]?.source).toMatchObject({ alignment: "government", country: "SY" });
  });
});

describe("mention chains: names reach their full mention", () => {
  it("links a bare surname to a full mention named long before", () => {
    const filler = " The fighting went on through the night in the west of the city.".repeat(30);
    const text = `Faithi Baja, political affairs chief for the rebels' council, said the town fell.${filler} Baja said the attack was planned.`;
    const { quotes } = enrich(text, [
      quote(text, "Faithi Baja, political affairs chief for the rebels' council", "the town fell"),
      quote(text, "Baja", "the attack was planned", text.indexOf("night")),
    ]);
    expect(quotes[1]?.entity).toMatchObject({ via: "name" });
    expect(quotes[1]?.source?.alignment).toBe("opposition");
  });

  it("links a surname to a titled person named inside another statement", () => {
    const text =
      "A senior U.S. official said the arrest did not please Afghan President Hamid Karzai. Karzai said the deal was off.";
    const { quotes } = enrich(text, [
      quote(
        text,
        "A senior U.S. official",
        "the arrest did not please Afghan President Hamid Karzai",
      ),
      quote(text, "Karzai", "the deal was off", text.indexOf("Hamid") + 12),
    ]);
    expect(quotes[1]?.entity).toMatchObject({ name: "Afghan President Hamid Karzai", via: "name" });
    expect(quotes[1]?.source).toMatchObject({ alignment: "government", country: "AF" });
  });

  it("links an Arabic surname to a speaker named before his title", () => {
    const text =
      "أعلن الكسندر لوكاشيفيتش المتحدث الرسمي باسم وزارة الخارجية الروسية أن المؤتمر فاشل. وقال لوكاشيفيتش إن موسكو لن تشارك.";
    const { quotes } = enrich(text, [
      quote(text, "الكسندر لوكاشيفيتش المتحدث الرسمي باسم وزارة الخارجية الروسية", "المؤتمر فاشل"),
      quote(text, "لوكاشيفيتش", "موسكو لن تشارك", text.indexOf("فاشل")),
    ]);
    expect(quotes[1]?.entity).toMatchObject({ via: "name" });
    expect(quotes[1]?.source).toMatchObject({ alignment: "government", country: "RU" });
  });

  it("links an Arabic surname and a dropped subject to a titled person outside any statement", () => {
    const text =
      "وادان وزير الخارجية الفرنسي لوران فابيوس الهجوم، داعيا إلى الوحدة. وقال فابيوس إن الوقت ينفد.";
    const { quotes } = enrich(text, [
      quote(text, "داعيا", "إلى الوحدة", 0, { dropped: true }),
      quote(text, "فابيوس", "الوقت ينفد", text.indexOf("الوحدة")),
    ]);
    for (const q of quotes) {
      expect(q.entity?.name).toContain("وزير الخارجية الفرنسي لوران فابيوس");
      expect(q.source).toMatchObject({ alignment: "government", country: "FR" });
    }
  });
});

describe("Arabic back-references", () => {
  const ar = (text: string) => analyze(text, { lang: "ar" }).quotes;

  it("gives a named body that opens with a back-reference word its own label and chain («الهيئة العامة للثورة»)", () => {
    const quotes = ar(
      "وقال المرصد السوري لحقوق الإنسان إن عشرة أشخاص قتلوا في حمص. وأفادت الهيئة العامة للثورة السورية بأن القصف تجدد على الأحياء القديمة. وأشارت الهيئة إلى أن الكهرباء انقطعت.",
    );
    const [, named, back] = quotes;
    expect(named?.source).toMatchObject({ alignment: "opposition", country: "SY" });
    expect(named?.entity?.via).toBe("self");
    expect(back?.entity?.name).toBe("الهيئة العامة للثورة السورية");
    expect(back?.source?.alignment).toBe("opposition");
  });

  it("links «the document», «الوثيقة» to the body whose report it is, in both languages", () => {
    const ar1 = ar(
      "وقالت بعثة الأمم المتحدة في تقرير إن عدد الضحايا ارتفع. وتبقى المعارك البرية أكثر ما يوقع ضحايا بحسب الوثيقة التي تشير إلى أن معظمهم من المدنيين.",
    );
    for (const q of ar1.slice(1)) {
      expect(q.entity?.name).toBe("بعثة الأمم المتحدة");
      expect(q.source?.alignment).toBe("independent");
    }
    const text =
      "The United Nations said in a report that casualties rose. The document said most of them were civilians.";
    const { quotes } = enrich(text, [
      quote(text, "The United Nations", "casualties rose"),
      quote(text, "The document", "most of them were civilians"),
    ]);
    expect(quotes[1]?.entity?.name).toBe("The United Nations");
    expect(quotes[1]?.source?.alignment).toBe("independent");
  });
});

describe("an Arabic apposition before a relayed content", () => {
  it("labels the relayed speaker by his apposition, which ends where the content begins", () => {
    const { quotes } = analyze(
      "ونقلت الوكالة عن سامي حداد وهو أحد قادة الانفصاليين نفيه الهجوم على الثكنة واتهم روسيا بقصف القرية.",
      { lang: "ar" },
    );
    for (const q of quotes) {
      expect(q.source?.alignment).toBe("armed-group");
      expect(q.source?.name).toBe("أحد قادة الانفصاليين");
    }
    expect(quotes[1]?.entity?.name).toBe("سامي حداد");
  });

  it("labels a speaker by an apposition after a comma that a role or a descriptor opens, not by a time word or a second speaker", () => {
    const ar = (text: string) => analyze(text, { lang: "ar" }).quotes[0]?.source ?? null;
    expect(ar("«الوضع يتحسن ببطء»، بحسب جون سميث، المحلل في معهد الدراسات.")).toMatchObject({
      alignment: "independent",
      name: "المحلل في معهد الدراسات",
    });
    expect(ar("«الطريق أغلق بالكامل»، بحسب سامي حداد، الأربعاء.")).toBeNull();
    expect(ar("«الطريق أغلق بالكامل»، بحسب سامي حداد، ومحلل في المعهد.")).toBeNull();
  });
});

describe("a country's press is not its state", () => {
  it("gives media sources of a country no side, in both languages, and keeps other sources of it", () => {
    const en = "Syrian media sources said the town fell to the rebels.";
    expect(labelOf(en, "Syrian media sources", "the town fell").source).toBeNull();
    const ar = "وقالت مصادر إخبارية يمنية إن البلدة سقطت بيد المتمردين.";
    expect(labelOf(ar, "مصادر إخبارية يمنية", "البلدة سقطت").source).toBeNull();
    const media = "وقالت مصادر إعلامية سورية إن البلدة سقطت بيد المتمردين.";
    expect(labelOf(media, "مصادر إعلامية سورية", "البلدة سقطت").source).toBeNull();
    const plain = "وقالت مصادر سورية إن البلدة سقطت بيد المتمردين.";
    expect(labelOf(plain, "مصادر سورية", "البلدة سقطت").source).toMatchObject({
      alignment: "government",
      country: "SY",
    });
  });
});

describe("sources of both sides", () => {
  it("gives sources coordinated from two sides no label, nor the description that repeats them, in both languages", () => {
    const ar = analyze(
      "وقالت مصادر في الجيش العراقي وأخرى من تنظيم داعش إن 40 مقاتلا قتلوا. وأضافت المصادر أن المعارك مستمرة.",
      { lang: "ar" },
    ).quotes;
    expect(ar.map((q) => q.source)).toEqual([null, null]);
    expect(ar[1]?.entity?.name).toBe("مصادر في الجيش العراقي وأخرى من تنظيم داعش");
    const en = "Sources in the Iraqi army and others in the Islamic State said 40 fighters died.";
    expect(
      labelOf(en, "Sources in the Iraqi army and others in the Islamic State", "40 fighters died")
        .source,
    ).toBeNull();
    const one = "وقالت مصادر في تنظيم داعش إن 40 مقاتلا قتلوا.";
    expect(labelOf(one, "مصادر في تنظيم داعش", "40 مقاتلا قتلوا").source?.alignment).toBe(
      "armed-group:isis",
    );
  });
});

describe("state companies", () => {
  it("labels Libya's oil companies as its government, in both languages", () => {
    const ar = "وقالت أجوكو إن إنتاجها ارتفع إلى 200 ألف برميل يوميا.";
    expect(labelOf(ar, "أجوكو", "إنتاجها ارتفع").source).toMatchObject({
      alignment: "government",
      country: "LY",
    });
    const en = "The National Oil Corporation said output fell after the port was closed.";
    expect(labelOf(en, "The National Oil Corporation", "output fell").source).toMatchObject({
      alignment: "government",
      country: "LY",
    });
  });
});

describe("Arabic offices and objects", () => {
  it("reads «ل» on a country's name as whom an envoy is for, not whose he is", () => {
    const q = labelOf(
      "وقال المبعوث الخاص لليبيا برناردينو ليون إن المحادثات ستستأنف.",
      "المبعوث الخاص لليبيا برناردينو ليون",
      "المحادثات ستستأنف",
    );
    expect(q.source?.country).not.toBe("LY");
  });

  it("introduces no person from a role after a preposition («الموالي للنظام السوري رفعت عيد»)", () => {
    const text =
      "وحذر المسؤول في الحزب الموالي للنظام السوري رفعت عيد من الفتنة. وقال عيد إن الوضع خطير.";
    const { quotes } = enrich(text, [quote(text, "عيد", "الوضع خطير", text.indexOf("الفتنة"))]);
    expect(quotes[0]?.source?.alignment).not.toBe("government");
  });
});

describe("of/for chains and appositions carry the label", () => {
  it("labels a spokesman for a group named before, in both languages", () => {
    const en =
      "Hezbollah fired rockets on Sunday. A spokesman for the group said the strikes would go on.";
    expect(
      labelOf(en, "A spokesman for the group", "the strikes would go on").source?.alignment,
    ).toBe("armed-group:hezbollah");
    const ar = "استعادت المقاومة الشعبية القصر. وقال الناطق باسم المقاومة في عدن إن المدينة آمنة.";
    expect(labelOf(ar, "الناطق باسم المقاومة في عدن", "المدينة آمنة").source).toMatchObject({
      alignment: "pro-government",
      country: "YE",
    });
  });

  it("links an issuer that is a description to the body that spoke before («بيان صادر عن المجلس»)", () => {
    const text =
      "نفى مجلس المقاومة الشعبية في عدن الأنباء. وقال بيان صادر عن المجلس إن الأسرى بخير.";
    const { quotes } = enrich(text, [
      quote(text, "مجلس المقاومة الشعبية في عدن", "الأنباء"),
      quote(text, "بيان صادر عن المجلس", "الأسرى بخير"),
    ]);
    expect(quotes[1]?.source).toMatchObject({ alignment: "pro-government", country: "YE" });
  });

  it("reads an Arabic apposition after the name («وهو متحدث عسكري باسم الحكومة الأوكرانية»)", () => {
    const text = "وقال ياروسلاف شيبورني وهو متحدث عسكري باسم الحكومة الأوكرانية إن القصف استمر.";
    expect(labelOf(text, "ياروسلاف شيبورني", "القصف استمر").source).toMatchObject({
      alignment: "government",
      country: "UA",
    });
  });
});

describe("kinds of unnamed sources", () => {
  it.each([
    ["وذكر ناشطون أن القصف استمر.", "ناشطون", "القصف استمر", "opposition"],
    ["Activists said the shelling went on.", "Activists", "the shelling went on", "opposition"],
    [
      "وتحدثت مصادر أممية في جنيف عن أن المحادثات ستستأنف.",
      "مصادر أممية في جنيف",
      "المحادثات ستستأنف",
      "independent",
    ],
    [
      "ويرى متابعون للشأن السوري أن الجيش ضعيف.",
      "متابعون للشأن السوري",
      "الجيش ضعيف",
      "independent",
    ],
    [
      "ودعا رئيس مجلس النواب عقيلة صالح إلى الحوار.",
      "رئيس مجلس النواب عقيلة صالح",
      "الحوار",
      "government",
    ],
    [
      "وقال السكرتير العام للأمم المتحدة بان كي مون إن العنف ازداد.",
      "السكرتير العام للأمم المتحدة بان كي مون",
      "العنف ازداد",
      "independent",
    ],
    [
      "وأكدت منظمة الدفاع عن الحقوق والحريات أن مئات جرحوا.",
      "منظمة الدفاع عن الحقوق والحريات",
      "مئات جرحوا",
      "independent",
    ],
  ])("%s", (text, speaker, content, alignment) => {
    expect(labelOf(text, speaker, content).source?.alignment).toBe(alignment);
  });
});

describe("precedence between a role word and the chain", () => {
  it("gives «المسؤول» the label of the official's organisation, not a bare government", () => {
    const text =
      "وأكدت منظمة الدفاع عن الحقوق والحريات أن مئات جرحوا. وقال مسؤول في المنظمة إن البعض اعتقل. وأضاف المسؤول أن الإفراج تم.";
    const { quotes } = enrich(text, [
      quote(text, "منظمة الدفاع عن الحقوق والحريات", "مئات جرحوا"),
      quote(text, "مسؤول في المنظمة", "البعض اعتقل"),
      quote(text, "المسؤول", "الإفراج تم", text.indexOf("اعتقل")),
    ]);
    expect(quotes.map((q) => q.source?.alignment)).toEqual([
      "independent",
      "independent",
      "independent",
    ]);
  });

  it("labels an MP of the State of Law coalition pro-government, not the government", () => {
    const text =
      "قال النائب في البرلمان العراقي عن ائتلاف دولة القانون، موفق الربيعي إن الحرب طويلة.";
    const q = labelOf(
      text,
      "النائب في البرلمان العراقي عن ائتلاف دولة القانون، موفق الربيعي",
      "الحرب طويلة",
    );
    expect(q.source).toMatchObject({ alignment: "pro-government", country: "IQ" });
  });
});

describe("a relative pronoun as the speaker", () => {
  it("takes the label of the name before “, who”, through its chain", () => {
    const text =
      "Afghan President Hamid Karzai met the envoy on Monday. The talks broke down later. The detention may have contributed to outbursts this week by Karzai, who alleged that the U.S. had violated its sovereignty.";
    const { quotes } = analyze(text, { lang: "en" });
    const q = quotes.find((x) => x.cue?.text === "alleged");
    expect(q?.speaker?.text).toBe("who");
    expect(q?.entity?.name).toBe("Afghan President Hamid Karzai");
    expect(q?.source).toMatchObject({ alignment: "government", country: "AF" });
  });
});

describe("what kind of mention a pronoun may stand for", () => {
  it("keeps a person with an apposition joined by “and” a person", () => {
    const text =
      "Saif al-Islam Gadhafi, the ruler's son and a top official in his regime, insisted that the rebels were losing. Hobab Jomaa, a rebel fighter, said the town fell. But Saif al-Islam Gadhafi laughed at the idea. He said victory was near.";
    const { quotes } = enrich(text, [
      quote(
        text,
        "Saif al-Islam Gadhafi, the ruler's son and a top official in his regime",
        "the rebels were losing",
      ),
      quote(text, "Hobab Jomaa, a rebel fighter", "the town fell"),
      quote(text, "He", "victory was near"),
    ]);
    expect(quotes[2]?.entity?.name).toContain("Saif al-Islam Gadhafi");
  });

  it("takes “CNN's Sara Sidner” for a person a later “she” stands for", () => {
    const text =
      "A second U.S. official said the talks failed. CNN's Sara Sidner reported the rebels took the town. She said mortars were fired.";
    const { quotes } = enrich(text, [
      quote(text, "A second U.S. official", "the talks failed"),
      quote(text, "CNN's Sara Sidner", "the rebels took the town"),
      quote(text, "She", "mortars were fired"),
    ]);
    expect(quotes[2]?.entity?.name).toBe("CNN's Sara Sidner");
    expect(quotes[2]?.source?.alignment).toBe("independent");
  });

  it("takes a person of a body with a name of several words (“Al Jazeera's Mohamed Vall”) for the later “he”", () => {
    const text =
      'Adel al-Jubeir, the Saudi foreign minister, announced a ceasefire. Al Jazeera\'s Mohamed Vall, reporting from Riyadh, said that the Houthis may accept it. "We still wait for more confirmation," he said.';
    const { quotes } = analyze(text, { lang: "en" });
    const q = quotes.find((x) => x.speaker?.text === "he");
    expect(q?.entity?.name).toBe("Al Jazeera's Mohamed Vall");
    expect(q?.source?.alignment).toBe("state-media");
  });
});

describe("titles with brackets and possessives", () => {
  it("keeps a bracketed acronym inside a title introduced outside statements", () => {
    const text =
      "Among the sites hit was a soccer field, Israel Defense Forces (IDF) spokesperson Daniel Hagari said. He described the attack as the deadliest since October 7.";
    const { quotes } = enrich(text, [
      quote(text, "He", "the attack as the deadliest since October 7"),
    ]);
    expect(quotes[0]?.entity?.name).toBe("Israel Defense Forces (IDF) spokesperson Daniel Hagari");
    expect(quotes[0]?.source).toMatchObject({ alignment: "government", country: "IL" });
  });

  it("reads “an adviser to Iran's Supreme Leader” as Iran's, and «مراسلتنا» as the paper's own", () => {
    const en =
      "Ali Akbar Velayati, an adviser to Iran's Supreme Leader Ali Khamenei, said Iraq had not asked.";
    expect(
      labelOf(
        en,
        "Ali Akbar Velayati, an adviser to Iran's Supreme Leader Ali Khamenei",
        "Iraq had not asked",
      ).source,
    ).toMatchObject({ alignment: "government", country: "IR" });
    const ar = "وأضافت مراسلتنا أن الجرحى نقلوا إلى المستشفى.";
    expect(labelOf(ar, "مراسلتنا", "الجرحى نقلوا إلى المستشفى").source?.alignment).toBe(
      "independent",
    );
  });
});

describe("a role word yields only to a chain of the same role", () => {
  it("keeps “the army” off the group named before it", () => {
    const text =
      "Hezbollah said it fired rockets at the base. The army said it killed 30 fighters.";
    const { quotes } = enrich(text, [
      quote(text, "Hezbollah", "it fired rockets at the base"),
      quote(text, "The army", "it killed 30 fighters"),
    ]);
    expect(quotes[1]?.source?.alignment).toBe("government");
  });
});

describe("Arabic names introduced beside their titles", () => {
  const ar = (text: string) => analyze(text, { lang: "ar" }).quotes;

  it("links a surname to a name that comes before its title («أدان أحمد بن محمد الجروان رئيس البرلمان العربي»)", () => {
    const quotes = ar(
      "من جهته، أدان أحمد بن محمد الجروان رئيس البرلمان العربي حرق المنزل. وقال الجروان في بيان له أمس، إن الجريمة وحشية.",
    );
    const q = quotes.find((x) => x.speaker?.text === "الجروان");
    expect(q?.entity?.name).toBe("أحمد بن محمد الجروان رئيس البرلمان العربي");
    expect(q?.source?.alignment).toBe("government");
  });

  it("gives a dropped subject to the one named before his title, not the speaker before him", () => {
    const quotes = ar(
      "وقال الناطق باسم الرئاسة نبيل أبو ردينة إن الجريمة خطيرة. وندد إسماعيل هنية القيادي في حركة حماس بإسرائيل وقال: «هذا التصعيد خطير».",
    );
    const q = quotes.find((x) => x.speaker?.dropped);
    expect(q?.entity?.name).toBe("إسماعيل هنية القيادي في حركة حماس");
  });

  it("keeps the body a titled member belongs to in his mention, and its label («القيادي في حركة حماس»)", () => {
    const quotes = ar(
      "وأدان موسى أبو مرزوق القيادي في حركة حماس في القاهرة الاقتحام وقال: «هذا تصعيد خطير».",
    );
    const q = quotes.find((x) => x.speaker?.dropped);
    expect(q?.entity?.name).toBe("موسى أبو مرزوق القيادي في حركة حماس");
    expect(q?.source?.alignment).toBe("armed-group:hamas");
    const bare = ar("وأدان موسى أبو مرزوق القيادي في الحركة الاقتحام وقال: «هذا تصعيد خطير».");
    expect(bare.find((x) => x.speaker?.dropped)?.source).toBeNull();
  });

  it("takes the name after a speaker cut at its title for a later surname («دعا رئيس المجلس … سليم الزعنون إلى»)", () => {
    const quotes = ar(
      "دعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى «مواجهة إرهاب الاحتلال». وأكد الزعنون في تصريح أمس أن «التصعيد خطير».",
    );
    const q = quotes.find((x) => x.speaker?.text === "الزعنون");
    expect(q?.entity?.name).toContain("سليم الزعنون");
    expect(q?.source).toMatchObject({ alignment: "government", country: "PS" });
  });

  it("reads no name in a phrase before the verb («وفي ذات السياق أكد المصدر ذاته»)", () => {
    const quotes = ar(
      "كشف مصدر عسكري يمني رفيع عن انشقاقات في صفوف الحرس. وفي ذات السياق أكد المصدر ذاته أن الاستعدادات تجري.",
    );
    const q = quotes.find((x) => x.cue?.text === "أكد");
    expect(q?.entity?.name).toBe("مصدر عسكري يمني رفيع");
  });

  it("reads «بان كي مون» as one name, not «بأن» (a name particle inside a transliterated name)", () => {
    const quotes = ar(
      "قدم السكرتير العام للامم المتحدة بان كي مون الى مجلس الامن أمس تقريرا. وقال بان كي مون ان هذه المقترحات ليست شاملة.",
    );
    const q = quotes.find((x) => x.cue?.text === "وقال");
    expect(q?.speaker?.text).toBe("بان كي مون");
    expect(q?.entity?.name).toContain("السكرتير العام للامم المتحدة بان كي مون");
    expect(q?.source?.alignment).toBe("independent");
  });

  it("lets an honorific stand between the verb and the subject («كما أدان معالي الأمين العام …»)", () => {
    const quotes = ar(
      "وقال المتحدث باسم الخارجية الأميركية مارك تونر إن بلاده تدين الهجوم. كما أدان معالي الأمين العام للأمم المتحدة بان كي مون الحادث، داعيا مرتكبيه إلى المثول أمام العدالة.",
    );
    const q = quotes.find((x) => x.cue?.text === "داعيا");
    expect(q?.entity?.name).toContain("بان كي مون");
    expect(q?.source?.alignment).toBe("independent");
  });
});
