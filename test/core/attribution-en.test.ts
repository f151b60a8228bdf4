import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

/** [kind, cue, speaker, content] of each quote, with exact offsets checked. */
function found(text: string) {
  return analyze(text, { lang: "en" }).quotes.map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    return [q.kind, q.cue?.text ?? null, q.speaker?.text ?? null, q.text];
  });
}

describe("English attribution", () => {
  it("reads a reporting noun after the cue", () => {
    expect(found("The ministry said in a statement that 40 people had died.")).toEqual([
      ["indirect", "said in a statement", "The ministry", "that 40 people had died"],
    ]);
  });

  it("reads «quoted X as saying» with X as the speaker", () => {
    expect(found("Reuters quoted a senior official as saying the talks had collapsed.")).toEqual([
      [
        "indirect",
        "quoted a senior official as saying",
        "a senior official",
        "the talks had collapsed",
      ],
    ]);
  });

  it("reads the agent of a passive «asked by» as the one who asks the question after it", () => {
    expect(found("Sanders was asked by host John Dickerson whether his aim had changed.")).toEqual([
      ["indirect", "was asked", "host John Dickerson", "whether his aim had changed"],
    ]);
  });

  it("leaves auxiliaries and adverbs out of the speaker", () => {
    expect(found("American officials have also argued that it was time to help.")[0]?.[2]).toBe(
      "American officials",
    );
  });

  it("starts the content at “that” after a long addressee or time and place phrase", () => {
    expect(
      found("Cruz told The Associated Press on Monday in Iowa that the inquiry is independent."),
    ).toEqual([["indirect", "told", "Cruz", "that the inquiry is independent"]]);
    expect(
      found("He said during a news conference in Buffalo on Friday that the law is wrong."),
    ).toEqual([["indirect", "said", "He", "that the law is wrong"]]);
    // A "that" that opens no clause is a relative or a determiner inside the content.
    const relative =
      "Obama told the crowd in Ohio on Monday a story that moved many of them to tears.";
    expect(found(relative)[0]?.[3]).toBe(
      "the crowd in Ohio on Monday a story that moved many of them to tears",
    );
  });

  it("takes the quotation after a time or place phrase", () => {
    expect(found("She said to People, “Sometimes we need our fix!”")).toEqual([
      ["direct", "said", "She", "Sometimes we need our fix!"],
    ]);
  });

  it("finds the speaker before an appositive", () => {
    const [q] = found("Jane Doe, a spokeswoman for the agency, said the road would reopen.");
    expect(q?.[2]).toBe("Jane Doe, a spokeswoman for the agency");
    expect(q?.[3]).toBe("the road would reopen");
  });

  it("reads the content before a closed cue and a time phrase after it", () => {
    expect(found("The road will reopen on Monday, the agency said on Friday.")).toEqual([
      ["indirect", "said", "the agency", "The road will reopen on Monday"],
    ]);
  });

  it("reads typewriter quotation marks before an inverted cue", () => {
    expect(found("''It costs $100,000 a month,'' said Paul Chipok, a lawyer.")).toEqual([
      ["direct", "said", "Paul Chipok, a lawyer", "It costs $100,000 a month"],
    ]);
  });

  it("ignores reporting verbs inside a quotation", () => {
    const quotes = found(`"They said we would lose, and we won," Smith told reporters.`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[1]).toBe("told");
  });

  it("keeps a cue nested in a statement's content inside that statement", () => {
    const quotes = found("She said she did not want to think about the possibility of defeat.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.[1]).toBe("said");
  });

  it("stops a content before the next statement of the sentence", () => {
    const quotes = found("The mayor said the plan was sound, but critics argued it would fail.");
    expect(quotes.map((q) => q[3])).toEqual(["the plan was sound", "it would fail"]);
    expect(quotes.map((q) => q[2])).toEqual(["The mayor", "critics"]);
  });

  it("takes the quotation of the next paragraph after a colon", () => {
    const text = "The senator said in his speech:\n\n“We will not accept this deal.”";
    expect(found(text)).toEqual([
      ["direct", "said", "The senator", "We will not accept this deal."],
    ]);
  });

  it("reads a headline or transcript label before a colon as the speaker", () => {
    expect(
      found("Cruz: Trump Would Put Liberals On Court\n\nTAPPER: And obviously, you support him."),
    ).toEqual([
      ["indirect", ":", "Cruz", "Trump Would Put Liberals On Court"],
      ["indirect", ":", "TAPPER", "And obviously, you support him"],
    ]);
    expect(found("The plan: build more roads.")).toEqual([]);
  });

  it("reads a transcript turn as its whole paragraph, quoted turn by turn or not", () => {
    const text = [
      "Partial transcript as follows:",
      '"HOST: Let me begin with the news. Will the senator attend the hearing?',
      '"SMITH: Well, look, the senator has said many things. But voters know the stakes.',
      "HOST: Do you really see those two as the same thing?",
    ].join("\n\n");
    expect(found(text).map((q) => q.slice(1))).toEqual([
      [":", "HOST", "Let me begin with the news. Will the senator attend the hearing?"],
      [":", "SMITH", "Well, look, the senator has said many things. But voters know the stakes"],
      [":", "HOST", "Do you really see those two as the same thing?"],
    ]);
  });

  it("takes the quotation before “she said, but…” for the content, not the clause after", () => {
    const text = "He laughed. “Are you winning?” she said, but the coach was already walking away.";
    expect(found(text)[0]).toEqual(["direct", "said", "she", "Are you winning?"]);
    const of = found(
      "“Who do they think they are?” Walsh said of the company in February, when it refused.",
    );
    expect(of[0]?.slice(1)).toEqual(["said of", "Walsh", "Who do they think they are?"]);
  });

  it("reports a pull quote without speaker when nothing attributes it", () => {
    const text = "Flooding hit the region.\n\n“Nobody expected the water to rise this fast.”";
    expect(found(text)).toEqual([
      ["direct", null, null, "Nobody expected the water to rise this fast."],
    ]);
  });

  it("gives a direct quote without its marks and without the comma that ends it", () => {
    expect(found("“We will fight on,” the minister said.")).toEqual([
      ["direct", "said", "the minister", "We will fight on"],
    ]);
  });

  it("reads a subject pronoun after a cue as the content's subject, never as an inverted speaker", () => {
    expect(
      found("Paradis, who has been active in politics, says she identifies as an independent."),
    ).toEqual([["indirect", "says", "Paradis", "she identifies as an independent"]]);
  });

  it("leaves a relative clause about an inverted cue's speaker and a clause after a dash outside", () => {
    expect(
      found(
        "But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who covers the company.",
      ),
    ).toEqual([
      [
        "indirect",
        "said",
        "Howard Rubel, a senior analyst at Jefferies",
        "But that is not good enough",
      ],
    ]);
    const dash =
      "Deficits will end this year, sooner than expected, the budget office reported on Tuesday -- a development that could matter.";
    expect(found(dash)).toEqual([
      [
        "indirect",
        "reported",
        "the budget office",
        "Deficits will end this year, sooner than expected",
      ],
    ]);
  });

  it("cuts a content before a later statement of its sentence when a nested cue comes first", () => {
    const text =
      "Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion.";
    expect(found(text).map((q) => [q[1], q[2], q[3]])).toEqual([
      ["Asked", null, "if she believed Putin wanted Trump to win"],
      ["said", "Clinton", "she was not going to jump to that conclusion"],
    ]);
  });

  it("takes the quotation before a name and a long apposition as the content", () => {
    expect(
      found(
        "“They expect us to know this,” Terrie Rizzo, the Democratic chair of Florida’s Palm Beach County, said of the Clintons.",
      ),
    ).toEqual([
      [
        "direct",
        "said of",
        "Terrie Rizzo, the Democratic chair of Florida’s Palm Beach County",
        "They expect us to know this",
      ],
    ]);
    // “…,” X said, citing…: the quotation is said, not cited.
    const citing = found(
      "“It is a reflection of anger,” McCain said on Monday, citing low economic growth.",
    );
    expect(citing.map((q) => [q[1], q[3]])).toEqual([
      ["said", "It is a reflection of anger"],
      ["citing", "low economic growth"],
    ]);
  });

  it("takes a name with a long apposition after an inverted cue for the speaker", () => {
    const text =
      "“Do you want Facebook looking at everyone's posts?” said Zeynep Tufekci, an assistant professor in technology policy at the University of North Carolina at Chapel Hill.";
    expect(found(text)).toEqual([
      [
        "direct",
        "said",
        "Zeynep Tufekci, an assistant professor in technology policy at the University of North Carolina at Chapel Hill",
        "Do you want Facebook looking at everyone's posts?",
      ],
    ]);
  });

  it("reads the content before a cue whose next statement hangs on it, and gives both one speaker", () => {
    const text =
      "Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down and talk.”";
    expect(found(text)).toEqual([
      ["indirect", "said", "Spicer", "Ryan and Trump will meet next week"],
      ["direct", "adding", "Spicer", "They need to sit down and talk."],
    ]);
  });

  it("gives an adjunct participle the subject of its clause", () => {
    const told = found(
      "A witness told CNN that she heard “the screams” of people as they fled the area, saying she saw flares.",
    );
    expect(told[1]?.slice(1, 3)).toEqual(["saying", "A witness"]);
    const after = found(
      "South Sudan halted oil production in January after accusing Sudan of theft.",
    );
    expect(after[0]?.slice(1, 3)).toEqual(["accusing", "South Sudan"]);
  });

  it("gives a verb coordinated after a quotation the subject opening the sentence", () => {
    const text =
      "Israeli President Isaac Herzog decried the attack as a “terrible disaster” and vowed Israel would defend its citizens.";
    expect(found(text).find((q) => q[1] === "vowed")?.[2]).toBe("Israeli President Isaac Herzog");
  });

  it("reads the subject of a free relative before its cue (in what X described as)", () => {
    const text =
      "Ten people were killed on Saturday – in what Israel described as the deadliest attack since October.";
    expect(found(text)).toEqual([
      ["indirect", "described", "Israel", "the deadliest attack since October"],
    ]);
  });

  it("reads a counted time phrase opening the sentence as no subject (About two hours later)", () => {
    const text =
      "About two hours later, Moammar Gadhafi echoed his spokesman in claiming the rebels were lying, predicting the conflict would end soon.";
    expect(found(text).find((q) => q[1] === "predicting")?.[2]).toBe("Moammar Gadhafi");
  });

  it("gives a verb coordinated inside a relative clause the relative pronoun (X, who …, but claims)", () => {
    const text =
      "The strikes aim to support Hadi, who was ousted in January, but still claims to be Yemen's rightful leader.";
    const q = analyze(text, { lang: "en" }).quotes.find((x) => x.cue?.text === "claims");
    expect(q?.speaker?.text).toBe("who");
    expect(q?.entity?.name).toBe("Hadi");
  });

  it("reads the agent of a learned passive cue phrase as the speaker", () => {
    expect(found("The meeting was first reported by Politico.")).toEqual([
      ["indirect", "was first reported by", "Politico", "The meeting"],
    ]);
  });

  it("reads «cited X as saying» with X as the speaker", () => {
    expect(found("Reuters cited a senior official as saying the talks had collapsed.")).toEqual([
      [
        "indirect",
        "cited a senior official as saying",
        "a senior official",
        "the talks had collapsed",
      ],
    ]);
  });

  it("runs a content to the end of a quotation it opens, over the quotation's sentences", () => {
    const mixed = "Trump said that “ethanol people” “do a fantastic job. And it’s so important.”";
    expect(found(mixed)[0]?.[3]).toBe(
      "that “ethanol people” “do a fantastic job. And it’s so important.”",
    );
    const according = "According to the paper, “Gun laws are weak. Few are barred.” Later.";
    expect(found(according)).toEqual([
      ["direct", "According to", "the paper", "Gun laws are weak. Few are barred."],
    ]);
  });

  it("cuts no content before a later cue that states nothing", () => {
    const text = "Bush says Obama is acting unlawfully and showing disregard for the law.";
    expect(found(text)).toEqual([
      ["indirect", "says", "Bush", "Obama is acting unlawfully and showing disregard for the law"],
    ]);
    expect(found("He said the plan failed, and she denied that it was over.")).toEqual([
      ["indirect", "said", "He", "the plan failed"],
      ["indirect", "denied", "she", "that it was over"],
    ]);
  });

  it("ends the content of a cue in a fronted clause at the clause's comma", () => {
    const after = "After saying he was nervous, the man ended up in the middle of the room.";
    expect(found(after)[0]?.[3]).toBe("he was nervous");
    const asked = "Asked what should be done with the migrants, the voters were divided.";
    expect(found(asked)[0]?.[3]).toBe("what should be done with the migrants");
    expect(found("He said the plan, which failed, was bad.")[0]?.[3]).toBe(
      "the plan, which failed, was bad",
    );
  });

  it("takes the quotation after the one told for the content", () => {
    expect(found("Osuna told The Huffington Post: “We consist of 300 members.”")).toEqual([
      ["direct", "told", "Osuna", "We consist of 300 members."],
    ]);
    const urged = "She urged her husband to come out of the car, “Don't you do it.”";
    expect(found(urged)[0]?.[3]).toBe("her husband to come out of the car, “Don't you do it.”");
  });

  it("keeps “that” inside the content", () => {
    expect(found("He told reporters in Moscow that the talks had failed.")).toEqual([
      ["indirect", "told", "He", "that the talks had failed"],
    ]);
  });

  it("reads a month or a name before “that” as no auxiliary", () => {
    expect(found("The senator told reporters in May that he was not ready.")[0]?.[3]).toBe(
      "that he was not ready",
    );
  });

  it("leaves the one told out of a content without “that”", () => {
    expect(found("The governor told the Gazette on Friday he planned to stay neutral.")).toEqual([
      ["indirect", "told", "The governor", "he planned to stay neutral"],
    ]);
    expect(found("Ryan told a news conference they are close to a deal.")[0]?.[3]).toBe(
      "they are close to a deal",
    );
    // A pronoun inside a clause about the one told does not open the content.
    const inner = found("She told voters who asked why she ran a story about her father.");
    expect(inner[0]?.[3]).toBe("voters who asked why she ran a story about her father");
  });

  it("takes a title quoted inside the subject for no content when the cue has its own", () => {
    expect(
      found("Speaking Sunday on ABC’s “This Week,” Carson admitted that his book was inaccurate."),
    ).toEqual([["indirect", "admitted", "Carson", "that his book was inaccurate"]]);
    expect(found("Smith, the hacker known as “Guccifer,” stated that he had access.")).toEqual([
      ["indirect", "stated", "Smith, the hacker known as “Guccifer,”", "that he had access"],
    ]);
    // Nothing after the cue: the quotation inside the sentence is still the content.
    expect(found("He called it “absurd,” Smith said.").at(-1)).toEqual([
      "direct",
      "said",
      "Smith",
      "absurd",
    ]);
  });

  it("takes a bare object after the cue over a title quoted before it", () => {
    expect(found("Later on “This Week,” Senator Sanders questioned Mr. Trump’s veracity.")).toEqual(
      [["indirect", "questioned", "Senator Sanders", "Mr. Trump’s veracity"]],
    );
  });

  it("reads a clause on the moment of speaking after a quotation as no content", () => {
    expect(
      found("“We are proud to cast our votes!” Senator Sessions said as he launched the vote."),
    ).toEqual([["direct", "said", "Senator Sessions", "We are proud to cast our votes!"]]);
    expect(found("“What did he mean?” Mr. Biden said, clutching the lectern.")).toEqual([
      ["direct", "said", "Mr. Biden", "What did he mean?"],
    ]);
  });

  it("gives no cue a quotation that is already the statement of the cue before", () => {
    expect(
      found("“You bet I would,” Christie said when asked whether he would close the border.").map(
        (q) => q[3],
      ),
    ).toEqual(["You bet I would", "whether he would close the border"]);
    const chain = "Bush called Trump “unhinged.” Rubio called the statement “outlandish.”";
    expect(found(chain).map((q) => q[3])).toEqual([
      "Trump “unhinged.”",
      "the statement “outlandish.”",
    ]);
  });

  it("reads a naming cue after an indefinite noun phrase or so- as a name given", () => {
    expect(found("Barden now helps lead a program called Sandy Hook Promise.")).toEqual([]);
    expect(found("The raid hit the so-called Islamic State in Raqqa.")).toEqual([]);
    expect(found("He was a star of the reality show “Cake Boss” for years.")).toEqual([]);
    expect(found("Trump called Haley weak on immigration.")).toEqual([
      ["indirect", "called", "Trump", "Haley weak on immigration"],
    ]);
  });

  it("takes a name after an inverted cue as the speaker, whatever its apposition holds", () => {
    expect(
      found("Candidates have room to move, said Steve Grubbs, an operative working for Paul."),
    ).toEqual([
      [
        "indirect",
        "said",
        "Steve Grubbs, an operative working for Paul",
        "Candidates have room to move",
      ],
    ]);
    const long =
      "It has a loyal following, said Ms. Gil, with games of capture the flag, nutrition " +
      "classes, alternative medicine workshops and hikes through Van Cortlandt Park.";
    expect(found(long)).toEqual([["indirect", "said", "Ms. Gil", "It has a loyal following"]]);
  });

  it("reads “what X called «…»” as X's words, a name after a naming cue as none", () => {
    expect(
      found('He sought to shed what Gilbert called "a perception problem." It worked.'),
    ).toEqual([["direct", "called", "Gilbert", "a perception problem."]]);
    const judge =
      'In a clip that U.S. District Judge Michael W. Mosman called "distasteful," he spoke.';
    expect(found(judge)[0]?.slice(1, 3)).toEqual([
      "called",
      "U.S. District Judge Michael W. Mosman",
    ]);
    expect(found('This is what is called "the prior model."')).toEqual([]);
    expect(found('He released a report called "Growth Beyond Borders" on Monday.')).toEqual([]);
  });

  it("reads the clause after “X said”, not a quoted title before the speaker", () => {
    const title = 'On ABC News\'s "This Week," Rubio said that Democrats are "afraid to offend."';
    expect(found(title)).toEqual([
      ["mixed", "said", "Rubio", 'that Democrats are "afraid to offend."'],
    ]);
    const chant =
      'Walking in to chants of "Marco! Marco!," the senator said his campaign was strong.';
    expect(found(chant).map((q) => q[3])).toContain("his campaign was strong");
    // A quotation before "X said" and an adjunct after it: the quotation is the content.
    for (const after of ["as he left", "introducing Clinton", "in a statement that was sent"]) {
      expect(found(`"It is over," he said ${after}.`)[0]?.[3]).toBe("It is over");
    }
  });
});

/** [speaker, cue, content, partOf as the content of the first part] of each quote. */
function parts(text: string) {
  const quotes = analyze(text, { lang: "en" }).quotes;
  return quotes.map((q) => [
    q.speaker?.text ?? null,
    q.cue?.text ?? null,
    q.text,
    q.partOf === undefined ? null : (quotes.find((p) => p.start === q.partOf)?.text ?? "?"),
  ]);
}

describe("English continuation quotes", () => {
  it("gives a quote split by its attribution one record per part", () => {
    expect(parts("“We will fight,” he said, “and we will win.”")).toEqual([
      ["he", "said", "We will fight", null],
      ["he", null, "and we will win.", "We will fight"],
    ]);
  });

  it("carries the speaker into the quoted sentences that follow, then the next paragraph", () => {
    const text =
      "“The strikes hit the base,” said Jones, a spokesman. “Nobody was hurt in the attack.”\n\n" +
      "“We expect more strikes tonight.”";
    expect(parts(text)).toEqual([
      ["Jones, a spokesman", "said", "The strikes hit the base", null],
      ["Jones, a spokesman", null, "Nobody was hurt in the attack.", "The strikes hit the base"],
      ["Jones, a spokesman", null, "We expect more strikes tonight.", "The strikes hit the base"],
    ]);
  });

  it("stops at another speaker, at a cue and at a sentence that is not a quotation", () => {
    const other = "“The road is closed,” he said. “It will reopen,” Smith added.";
    expect(parts(other).map((p) => [p[0], p[3]])).toEqual([
      ["he", null],
      ["Smith", null],
    ]);
    const narration =
      "“The road is closed,” he said. Traffic was heavy. “Nobody knows when it will end.”";
    expect(parts(narration).map((p) => p[2])).toEqual(["The road is closed"]);
    const apart =
      "“The road is closed,” he said.\n\nTraffic was heavy.\n\n“Nobody knows when it will end.”";
    expect(parts(apart)).toEqual([
      ["he", "said", "The road is closed", null],
      [null, null, "Nobody knows when it will end.", null],
    ]);
  });

  it("splits a statement around a speaker and cue set between commas", () => {
    expect(parts("The emails were on work topics, the Times said, including speeches.")).toEqual([
      ["the Times", "said", "The emails were on work topics", null],
      ["the Times", null, "including speeches", "The emails were on work topics"],
    ]);
    expect(
      parts("In the three years since then, Barden says, far too many lives were lost."),
    ).toEqual([
      ["Barden", "says", "In the three years since then", null],
      ["Barden", null, "far too many lives were lost", "In the three years since then"],
    ]);
  });

  it("splits off a short head that is the subject of the verb after the cue", () => {
    expect(parts("The golf industry, she said, is doing much better.")).toEqual([
      ["she", "said", "The golf industry", null],
      ["she", null, "is doing much better", "The golf industry"],
    ]);
  });

  it("splits at a parenthetical cue when the rest opens a clause, not when the head is short", () => {
    const clause =
      "By Thursday the Saudis held the airspace, the adviser said, and the army waited.";
    expect(parts(clause)).toEqual([
      ["the adviser", "said", "By Thursday the Saudis held the airspace", null],
      ["the adviser", null, "and the army waited", "By Thursday the Saudis held the airspace"],
    ]);
    expect(parts("The answer lies, he said, in whether the tribes support it.")).toEqual([
      ["he", "said", "in whether the tribes support it", null],
    ]);
  });

  it("splits at a parenthetical cue before a quotation that goes on with the sentence", () => {
    expect(parts("An economic downturn, he said, “could be a good time to borrow.”")).toEqual([
      ["he", "said", "An economic downturn", null],
      ["he", null, "could be a good time to borrow.", "An economic downturn"],
    ]);
    expect(parts("In a statement on Thursday, she said, “We will appeal the ruling.”")).toEqual([
      ["she", "said", "We will appeal the ruling.", null],
    ]);
  });

  it("continues over an abbreviation in the rest of the sentence and a quotation closing inside", () => {
    const abbreviation =
      "“We like them,” Adelson said ahead of the opening of his St. Regis hotel.\n\n" +
      "“It’s changing every day.”";
    expect(parts(abbreviation)[1]).toEqual([
      "Adelson",
      null,
      "It’s changing every day.",
      "We like them",
    ]);
    const nested = "“I think he would,” she said. “But people say, ‘Sorry, I can’t do that.’”";
    expect(parts(nested)[1]?.[3]).toBe("I think he would");
  });

  it("continues a quotation attributed after it that the paragraph before would have continued", () => {
    const text =
      "Obama called the nominee “unfit to serve” as president.\n" +
      "“Why are you still endorsing him?” Obama asked. “What does this say about your party?”";
    expect(parts(text).slice(1)).toEqual([
      ["Obama", "asked", "Why are you still endorsing him?", null],
      ["Obama", null, "What does this say about your party?", "Why are you still endorsing him?"],
    ]);
  });

  it("continues the quotation, not the statement its speaker adds after it", () => {
    const text =
      "“I think that speaks volumes,” she said, adding that the campaign will work hard. " +
      "“I think they’re waiting to be courted.”";
    expect(parts(text)).toEqual([
      ["she", "said", "I think that speaks volumes", null],
      ["she", "adding", "that the campaign will work hard", null],
      ["she", null, "I think they’re waiting to be courted.", "I think that speaks volumes"],
    ]);
  });

  it("continues the quotation past a relative clause on its speaker", () => {
    const text =
      "“Revenues are up a little bit,” said Mr. Ekovich, who noted that prices had fallen by half. " +
      "“Things are moving in the right direction.”";
    expect(parts(text)).toEqual([
      ["Mr. Ekovich", "said", "Revenues are up a little bit", null],
      ["who", "noted", "that prices had fallen by half", null],
      [
        "Mr. Ekovich",
        null,
        "Things are moving in the right direction.",
        "Revenues are up a little bit",
      ],
    ]);
  });

  it("continues a quotation whose speaker was not found", () => {
    const text =
      "She spoke last. “Donald is, and always has been, an amazing leader,” said the 46-year-old. " +
      "“Now, he will go to work for you.”";
    expect(parts(text)).toEqual([
      [null, "said", "Donald is, and always has been, an amazing leader", null],
      [
        null,
        null,
        "Now, he will go to work for you.",
        "Donald is, and always has been, an amazing leader",
      ],
    ]);
  });

  it("takes no scare quote or quoted sub-heading for a continuation", () => {
    const scare = "“The road is closed,” he said. “Fake” news was the theme of the day.";
    expect(parts(scare).map((p) => p[2])).toEqual(["The road is closed"]);
    const heading = "“The road is closed,” he said.\n\n‘Dire sights’\n\nResidents fled.";
    expect(parts(heading).map((p) => p[2])).toEqual(["The road is closed"]);
  });
});

describe("English rare cues and subjects", () => {
  it("reads rare speech cues kept by hand, with a clause after the ones that need one", () => {
    expect(found("The UN envoy implored both sides to return to the talks.")).toEqual([
      ["indirect", "implored", "The UN envoy", "both sides to return to the talks"],
    ]);
    expect(found("The minister was emphatic that the army would not withdraw.")).toEqual([
      ["indirect", "was emphatic", "The minister", "that the army would not withdraw"],
    ]);
    expect(found("The ministry calculates there are 5,000 fighters in the province.")).toEqual([
      ["indirect", "calculates", "The ministry", "there are 5,000 fighters in the province"],
    ]);
    expect(found("A rebel spokesman had written on Facebook that the truce was over.")).toEqual([
      ["indirect", "had written", "A rebel spokesman", "that the truce was over"],
    ]);
    expect(found("The group released a statement that it would join the talks.")).toEqual([
      ["indirect", "released a statement", "The group", "that it would join the talks"],
    ]);
    expect(found("The envoy did tell reporters that the deal was close.")).toEqual([
      ["indirect", "did tell", "The envoy", "that the deal was close"],
    ]);
    for (const none of [
      "The senator had written a letter to the president.",
      "He was emphatic in his support for the plan.",
      "The company calculates its costs every quarter.",
      "The group released a statement on Tuesday.",
      "She did tell the truth.",
    ]) {
      expect(found(none)).toEqual([]);
    }
  });

  it("takes the subject after a time noun that opens a clause without “that”", () => {
    const text = "It comes on the same day a senior UN official warned that aid was running out.";
    expect(found(text)).toEqual([
      ["indirect", "warned", "a senior UN official", "that aid was running out"],
    ]);
    expect(found("Last week the minister said the talks had failed.")[0]?.[2]).toBe("the minister");
  });

  it("runs a quotation the sentence goes on from to the sentence's end, as mixed speech", () => {
    expect(found("Sanders said “the wind is at our backs” despite his loss in Nevada.")).toEqual([
      ["mixed", "said", "Sanders", "“the wind is at our backs” despite his loss in Nevada"],
    ]);
    // A quotation that ends its clause stays a direct quote.
    expect(found("Sanders said “the wind is at our backs.” Then he left.")[0]?.slice(0, 1)).toEqual(
      ["direct"],
    );
  });

  it("starts the content at the question after the one asked", () => {
    expect(found("A reporter asked Sanders how he is feeling on caucus day.")).toEqual([
      ["indirect", "asked", "A reporter", "how he is feeling on caucus day"],
    ]);
    expect(found("The senator asked her aides whether the bill would pass.")[0]?.[3]).toBe(
      "whether the bill would pass",
    );
  });
});
