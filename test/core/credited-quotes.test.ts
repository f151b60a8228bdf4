import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { GROWTH_LIMIT, growth } from "../helpers/growth";

const statements = (text: string) =>
  analyze(text, { lang: "en" }).quotes.map((q) => [q.cue?.text, q.speaker?.text, q.text]);

describe("a quotation credited after a dash or labelled before a colon", () => {
  it("is the statement of the name after the dash, each in a row of reactions", () => {
    const text =
      "“The wall will not stop anyone. It only divides families like mine.” ― Rosa Delgado “I voted for him once. I will not do it again.”― Tomas Ruiz";
    expect(statements(text)).toEqual([
      ["―", "Rosa Delgado", "The wall will not stop anyone. It only divides families like mine."],
      ["―", "Tomas Ruiz", "I voted for him once. I will not do it again."],
    ]);
  });

  it("keeps the credit's apposition, up to the paragraph's end", () => {
    expect(statements("“The clinic has no power left.” — Maria Lopez, a nurse in Aleppo")).toEqual([
      ["—", "Maria Lopez, a nurse in Aleppo", "The clinic has no power left."],
    ]);
  });

  it("takes no title, slogan or lower-case aside for a credited statement", () => {
    expect(statements("She watched “Shark Tank.” — and then she left.")).toEqual([]);
    expect(statements("The show is called “Shark Tank Tonight” — NBC")).toEqual([]);
  });

  it("leaves a quotation that is already a statement with its own cue", () => {
    expect(statements("“We will rebuild the bridge,” the mayor said — Reuters")).toEqual([
      ["said", "the mayor", "We will rebuild the bridge"],
    ]);
  });

  it("takes a quotation from the speaker before when a dash credits it to another", () => {
    const text =
      "“We will rebuild the bridge,” Lopez said. “Nobody asked us what we needed here.” — Amal Haddad";
    expect(statements(text)).toEqual([
      ["said", "Lopez", "We will rebuild the bridge"],
      ["—", "Amal Haddad", "Nobody asked us what we needed here."],
    ]);
  });

  it("takes a short capitalised label before a colon as the quotation's speaker", () => {
    expect(
      statements(
        'He spoke on the war. Bush: "The mission is to end the siege, not to contain it."',
      ),
    ).toEqual([[":", "Bush", "The mission is to end the siege, not to contain it."]]);
    expect(
      statements(
        'The hearing grew tense. Rep. Ann Wolfe (D-Ore.):"I have not seen one figure that backs this."',
      ),
    ).toEqual([[":", "Rep. Ann Wolfe (D-Ore.)", "I have not seen one figure that backs this."]]);
    expect(
      statements(
        "A SHIFT IN OHIO - Dana Reyes and Sam Cole: “The polls were not wrong, they ended too early.”",
      ),
    ).toEqual([
      [":", "Dana Reyes and Sam Cole", "The polls were not wrong, they ended too early."],
    ]);
  });

  it("takes no lower-case phrase or header before a colon for a speaker", () => {
    expect(statements('The rules were clear: "No one may enter the zone after dark."')).toEqual([]);
    expect(statements('Read more: "The long road to the border and what it cost us"')).toEqual([]);
  });

  it("stays linear on a paragraph of credited quotations", () => {
    const g = growth(
      (t) => analyze(t, { lang: "en" }),
      (n) =>
        "“They took the last of the bread.” — Amal Haddad. Omar Said: “We have no water left.” ".repeat(
          n,
        ),
      60,
    );
    expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
  });
});
