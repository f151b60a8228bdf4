import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";

/** [cue, speaker, content] of each English quote, offsets checked. */
function found(text: string) {
  return analyze(text, { lang: "en" }).quotes.map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    return [q.cue?.text ?? null, q.speaker?.text ?? null, q.text];
  });
}

describe("English cues are speech and thought, nothing else", () => {
  it.each([
    "The ministry plans to reopen the crossing next week.",
    "The general ordered troops to withdraw from the town.",
    "Israel allowed aid trucks to enter Gaza on Sunday.",
    "The court blocked the deportation of the activists.",
    "A militia supporting the government took the airport.",
    "The group, known as the Popular Front, controls the pass.",
    "The talks are expected to resume in Geneva next month.",
    "Biden will become the first US president to address the parliament.",
  ])("marks nothing in «%s»", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads a speech cue's siblings that train annotates too rarely to learn alone", () => {
    expect(found("The senator warns that the deal will collapse.")).toEqual([
      ["warns", "The senator", "that the deal will collapse"],
    ]);
    expect(found("The mayor laments that nobody came.")).toEqual([
      ["laments", "The mayor", "that nobody came"],
    ]);
    // The family keeps its senses: a noun object after "denies" is no statement.
    expect(found("Hezbollah denies any involvement in the attack.")).toEqual([]);
    expect(found("Hezbollah denies that it fired.")).toEqual([
      ["denies", "Hezbollah", "that it fired"],
    ]);
  });

  it("leaves «is said to be mediating» to the allegations: no statement by the subject", () => {
    expect(found("Qatar is said to be mediating between the two sides.")).toEqual([]);
  });

  it("takes no noun object for a statement, but a clause after the same verb", () => {
    expect(found("Hezbollah denied any involvement in the attack.")).toEqual([]);
    expect(found("The Lebanese government condemned the attack.")).toEqual([]);
    expect(found("Hezbollah denied that it had fired the rockets.")).toEqual([
      ["denied", "Hezbollah", "that it had fired the rockets"],
    ]);
  });

  it("reads a name and a participle after «showed» as a clause, a bare noun object not", () => {
    expect(found("The latest poll showed Trump leading the field with 31 percent.")).toEqual([
      ["showed", "The latest poll", "Trump leading the field with 31 percent"],
    ]);
    expect(found("The Lebanese government condemned the killing of the protesters.")).toEqual([]);
  });

  it("takes the one told for no content", () => {
    expect(found("Peskov told reporters in Moscow.")).toEqual([]);
    expect(found("“We are ready for talks,” Peskov told reporters in Moscow.")).toEqual([
      ["told", "Peskov", "We are ready for talks"],
    ]);
    expect(found("Heavy clashes broke out overnight, a resident told CNN.")).toEqual([
      ["told", "a resident", "Heavy clashes broke out overnight"],
    ]);
  });

  it("finds nothing stated in «did not say whether»", () => {
    expect(found("He did not say whether the talks would resume.")).toEqual([]);
    expect(found("Atta did not detail the fighting, nor did he say when it started.")).toEqual([]);
  });

  it("takes no page label for a speaker", () => {
    const text =
      "Analysis: Jon Sopel, BBC News\n\nRead more: Why the war in Sudan matters to the world\n\n" +
      "Map: Where the fighting is heaviest today";
    expect(found(text)).toEqual([]);
    expect(found("Lavrov: Let us sit down and talk about it")).toEqual([
      [":", "Lavrov", "Let us sit down and talk about it"],
    ]);
  });

  it("takes no headline's noun for a cue", () => {
    expect(found("Rival sides trade blame for deadly strike on market")).toEqual([]);
    expect(found("The claims follow days of reports of a seesaw battle.")).toEqual([]);
    expect(found("The competing claims came as talks resumed.")).toEqual([]);
    expect(found("Sudan rejected the claim that it had sent troops.")).toEqual([
      ["rejected", "Sudan", "the claim that it had sent troops"],
    ]);
  });

  it("reads a reporting noun's that-clause, its possessive pronoun the one who claims", () => {
    expect(
      found("Republicans distanced themselves from his suggestion that the judge was biased."),
    ).toEqual([["suggestion", "his", "that the judge was biased"]]);
    expect(found("The party ignored her insistence that the vote was rigged.")).toEqual([
      ["insistence", "her", "that the vote was rigged"],
    ]);
    expect(found("The suggestion was rejected, and his admission came late.")).toEqual([]);
    expect(found("Admission to the museum is free.")).toEqual([]);
  });

  it("reads a denial of what was said as a statement, any other bare object as nothing", () => {
    expect(found("The senator denied the allegations on Monday.")).toEqual([
      ["denied", "The senator", "the allegations on Monday"],
    ]);
    expect(found("The senator denied any wrongdoing.")).toEqual([]);
    expect(found("The group rejected the accusation.")).toEqual([]);
  });

  it("reads a passive cue without a speaker in its subject", () => {
    expect(found("Residents were told to leave their homes.")).toEqual([
      ["told", null, "to leave their homes"],
    ]);
    expect(found("Five of them were admitted to the hospital in Safed.")).toEqual([]);
    expect(found("Arab allies also feel threatened by Iran's influence.")).toEqual([]);
  });
});

describe("English statement boundaries as the annotations have them", () => {
  it("keeps “that” and the to-infinitive inside", () => {
    expect(found("The UN urged both sides to stop the fighting.")).toEqual([
      ["urged", "The UN", "both sides to stop the fighting"],
    ]);
    expect(found("He promised to rebuild the city.")).toEqual([
      ["promised", "He", "to rebuild the city"],
    ]);
  });

  it("starts at “that” after the one told, not at a relative “that” inside the clause", () => {
    expect(found("He told reporters that the deal was off.")).toEqual([
      ["told", "He", "that the deal was off"],
    ]);
    expect(found("DeSantis said he has supported bills that would curb the boards.")).toEqual([
      ["said", "DeSantis", "he has supported bills that would curb the boards"],
    ]);
  });

  it("ends a statement where its sentence does, not at the next comma", () => {
    expect(
      found("The minister said the talks had failed, and that a new round would begin in May."),
    ).toEqual([
      ["said", "The minister", "the talks had failed, and that a new round would begin in May"],
    ]);
  });

  it("leaves a clause after a lone dash outside, and keeps a paired aside in", () => {
    expect(found("The army said the strike hit a depot -- a claim the rebels dispute.")).toEqual([
      ["said", "The army", "the strike hit a depot"],
    ]);
    expect(found("He said the convoy — three trucks of flour — was hit near the border.")).toEqual([
      ["said", "He", "the convoy — three trucks of flour — was hit near the border"],
    ]);
  });

  it("leaves a relative clause about the source outside", () => {
    const text =
      "More than 100,000 people remain displaced, according to the World Food Program, which is supporting them.";
    expect(found(text)).toEqual([
      ["according to", "the World Food Program", "More than 100,000 people remain displaced"],
    ]);
  });

  it("takes the speaker and its apposition out of a content before the cue", () => {
    const text = "The rebels are losing, Musa Ibrahim, the government spokesman, said on Sunday.";
    expect(found(text)).toEqual([
      ["said", "Musa Ibrahim, the government spokesman", "The rebels are losing"],
    ]);
  });

  it("takes “what X described as” for the words after “as”", () => {
    expect(
      found("Ten died in what Israel described as the deadliest attack in years.")[0]?.[2],
    ).toBe("the deadliest attack in years");
  });

  it("takes a quotation ending its sentence before “she asked.”", () => {
    expect(found("“Why now?” she asked. “Nobody told us anything.”")).toEqual([
      ["asked", "she", "Why now?"],
      [null, "she", "Nobody told us anything."],
    ]);
  });
});

describe("English noun markers before a cue", () => {
  it("reads a determiner that stands for its noun, and a poll's share, as the speaker", () => {
    expect(found("Some said they had cringed at the remarks.")).toEqual([
      ["said", "Some", "they had cringed at the remarks"],
    ]);
    expect(found("Six in 10 said they were not looking forward to the campaign.")).toEqual([
      ["said", "Six in 10", "they were not looking forward to the campaign"],
    ]);
    // …a noun form after the determiner is still the noun.
    expect(found("Some claims of fraud reached the town.")).toEqual([]);
  });

  it("reads no word across a quotation's close as the cue's auxiliary", () => {
    expect(found('He left. "It was never meant to be," said Patrick Murray.')).toEqual([
      ["said", "Patrick Murray", "It was never meant to be"],
    ]);
  });
});
