import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

const speakers = (text: string) =>
  analyze(text, { lang: "en" }).quotes.map((q) => [q.cue?.text, q.speaker?.text]);

describe("the English speaker as the minimal noun phrase with its title", () => {
  it.each([
    [
      'Houthi supreme leader Abdul Malik al-Houthi spoke live Thursday night in Yemen on al-Masirah TV, saying, "If any army try to invade our country, we will prove it."',
      "saying",
      "Houthi supreme leader Abdul Malik al-Houthi",
    ],
    [
      "A senior Western diplomat, who spoke on condition of anonymity, said intelligence assessments pointed to Russian aircraft.",
      "said",
      "A senior Western diplomat",
    ],
    [
      "Israeli Prime Minister Benjamin Netanyahu, however, said the talks had failed.",
      "said",
      "Israeli Prime Minister Benjamin Netanyahu",
    ],
    [
      "And Gadhafi, in his speech early Sunday morning, stated unequivocally that he is still in Libya.",
      "stated",
      "Gadhafi",
    ],
    [
      '"We are determined to protect the legitimate government of Yemen," said Adel al-Jubeir, the Saudi ambassador to the United States, in announcing the campaign.',
      "said",
      "Adel al-Jubeir, the Saudi ambassador to the United States",
    ],
    [
      '"The revolution has started," Jumma Ibrahim, a rebel spokesman, said hours earlier.',
      "said",
      "Jumma Ibrahim, a rebel spokesman",
    ],
    ["Trump and Ryan said the bill would pass.", "said", "Trump and Ryan"],
    [
      "She greeted 2,000 supporters at a rally in Houston and told them the wall would fall.",
      "told",
      "She",
    ],
    ["Trump praised the deal, falsely suggesting it was his.", "suggesting", "Trump"],
    ["Trump isn’t saying that the wall will be built.", "saying", "Trump"],
    [
      "Hours later, Trump returned the compliment, telling reporters the deal was done.",
      "telling",
      "Trump",
    ],
    [
      "The source, who said he had spoken to people inside the compound, told Reuters the leader was alive.",
      "told",
      "The source",
    ],
    [
      "Nasser Hospital in the southern Gaza city of Khan Younis said it had received 40 bodies.",
      "said",
      "Nasser Hospital",
    ],
    [
      "Relief groups working in Darfur have warned that the rains will cut the last roads.",
      "warned",
      "Relief groups",
    ],
    [
      "Village elders in Helmand said the convoy was hit twice.",
      "said",
      "Village elders in Helmand",
    ],
    [
      "A surgeon working for the ICRC said the ward had no power.",
      "said",
      "A surgeon working for the ICRC",
    ],
    ["'The crossing is closed,' Harf said. 'It will stay closed.'", "said", "Harf"],
  ])("%s", (text, cue, speaker) => {
    expect(speakers(text)).toContainEqual([cue, speaker]);
  });

  it("gives a passive cue's agent the speaker's role: criticized by X", () => {
    const [q] = analyze(
      "Netanyahu, whose speech to Congress was criticized by the Obama administration, said Iran could not be trusted.",
      { lang: "en" },
    ).quotes;
    expect(q?.cue?.text).toBe("criticized");
    expect(q?.speaker?.text).toBe("the Obama administration");
    expect(q?.text).toBe("speech to Congress");
  });

  it("keeps abbreviations and initials inside a name", () => {
    expect(speakers("Robert M. Gates said the war was over.")).toContainEqual([
      "said",
      "Robert M. Gates",
    ]);
    expect(speakers('"It is over," said Sen. John McCain.')).toContainEqual([
      "said",
      "Sen. John McCain",
    ]);
  });

  it("takes the subject of a relative clause whose verb is the cue", () => {
    expect(speakers("He praised the deal, which he said would end the war.")).toContainEqual([
      "said",
      "he",
    ]);
  });

  it.each([
    [
      '"It is a disgusting day," said Sean Spicer, chief strategist for the Republican National Committee.',
      "Sean Spicer, chief strategist for the Republican National Committee",
    ],
    [
      '"It was a spectacular deal," said Patrick McGinley, a law professor at West Virginia University who has been involved in cases against coal companies.',
      "Patrick McGinley, a law professor at West Virginia University",
    ],
    [
      '"They deserve better," said Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma.',
      "Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma",
    ],
    ['"We are worried," said Renee Gold, 83, of Sarasota.', "Renee Gold, 83"],
  ])(
    "keeps a bare title after an inverted cue's name, not a clause or a place: %s",
    (text, speaker) => {
      expect(speakers(text)).toContainEqual(["said", speaker]);
    },
  );

  it("takes a list of noun phrases as the speaker, and its first source's label", () => {
    const [q] = analyze(
      "The Syrian Observatory for Human Rights, a UK-based monitoring group, and numerous activist groups on the ground in Syria have confirmed the takeover of the town.",
      { lang: "en" },
    ).quotes;
    expect(q?.speaker?.text).toBe(
      "The Syrian Observatory for Human Rights, a UK-based monitoring group, and numerous activist groups on the ground in Syria",
    );
    expect(q?.source?.alignment).toBe("monitor");
    expect(
      speakers(
        "By 2-1, Millennials see police violence as a problem, and three-fourths say it must stop.",
      ),
    ).toContainEqual(["say", "three-fourths"]);
  });

  it("leaves a dateline out", () => {
    const [q] = analyze("DAMASCUS - Syria's state TV on Sunday said the army had taken the town.", {
      lang: "en",
    }).quotes;
    expect(q?.speaker?.text).toBe("Syria's state TV");
  });
});

describe("the speaker of a statement whose content comes first", () => {
  const statement = (text: string) => {
    const [q] = analyze(text, { lang: "en" }).quotes;
    return [q?.speaker?.text, q?.text];
  };

  it.each([
    [
      "Iraqi security forces are still fighting ISIS at the Baiji oil refinery, Hussain al-Shahristani, the deputy prime of energy affairs, said in a statement released Tuesday.",
      "Hussain al-Shahristani, the deputy prime of energy affairs",
      "Iraqi security forces are still fighting ISIS at the Baiji oil refinery",
    ],
    [
      "Latif Mehsud, a leader of the TTP, was captured by U.S. forces in a military operation, Marie Harf, deputy spokeswoman for the U.S. State Department, said Friday.",
      "Marie Harf, deputy spokeswoman for the U.S. State Department",
      "Latif Mehsud, a leader of the TTP, was captured by U.S. forces in a military operation",
    ],
    [
      "Two senior figures were killed late Monday in airstrikes in Tikrit, Sabah Al-Nouman, a spokesman for Iraq's counterterrorism service, told CNN on Tuesday.",
      "Sabah Al-Nouman, a spokesman for Iraq's counterterrorism service",
      "Two senior figures were killed late Monday in airstrikes in Tikrit",
    ],
  ])("%s", (text, speaker, content) => {
    expect(statement(text)).toEqual([speaker, content]);
  });
});

describe("a participle after the cue's comma", () => {
  it.each([
    "Sales were great, he said, wiping sweat off his face.",
    "The market was full again by noon, he said, wiping sweat off his face.",
  ])("is about the speaker; the statement is before: %s", (text) => {
    const found = analyze(text, { lang: "en" }).quotes.map((q) => [q.speaker?.text, q.text]);
    expect(found).toEqual([["he", text.slice(0, text.indexOf(", he said"))]]);
  });
});

describe("the subject behind adverbs", () => {
  it("takes the subject before an auxiliary and an -ly adverb", () => {
    expect(
      speakers("Yemen's former president, Ali Abdullah Saleh, has formally announced an alliance."),
    ).toContainEqual(["announced", "Yemen's former president, Ali Abdullah Saleh"]);
  });
});
