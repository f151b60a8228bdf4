import { describe, expect, it } from "vitest";
import type { Allegation, SourceRef } from "../../src/core/types";
import { allegationAgainst, allegationBy } from "../../src/shared/finding-fields";

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

const ministry: SourceRef = {
  id: "ru-mod",
  name: "Russian Ministry of Defence",
  alignment: "government",
  country: "RU",
  label: "Government (Russia)",
  matchedBy: "entity",
  evidence: { kind: "text", text: "Russia's defence ministry" } as SourceRef["evidence"],
};

function allegation(fields: Partial<Allegation>): Allegation {
  return {
    ...span("the strike killed 40 fighters", 40),
    reasons: ["party-claim"],
    cues: [],
    claimTypes: ["casualties"],
    by: null,
    against: null,
    statement: null,
    ...fields,
  };
}

describe("who makes an allegation and against whom", () => {
  it("names the speaker's entity with its label", () => {
    const by = {
      speaker: span("it"),
      entity: {
        name: "Russia's defence ministry",
        mention: span("Russia's defence ministry"),
        via: "pronoun" as const,
      },
      source: ministry,
      party: true,
    };
    expect(allegationBy(allegation({ by }))).toEqual({
      name: "Russia's defence ministry",
      label: "Government (Russia)",
    });
  });

  it("falls back to the speaker's words, never to the cue word of a dropped subject", () => {
    const speaker = { speaker: span("the ministry"), entity: null, source: null, party: false };
    expect(allegationBy(allegation({ by: speaker }))).toEqual({
      name: "the ministry",
      label: null,
    });
    const dropped = { ...speaker, speaker: { ...span("وأضاف"), dropped: true } };
    expect(allegationBy(allegation({ by: dropped }))).toBeNull();
    expect(allegationBy(allegation({}))).toBeNull();
  });

  it("says against whom, with the ruleset's label when it names the target", () => {
    expect(
      allegationAgainst(allegation({ against: { ...span("Russia"), source: ministry } })),
    ).toBe("Russia (Government (Russia))");
    expect(
      allegationAgainst(allegation({ against: { ...span("the rebels"), source: null } })),
    ).toBe("the rebels");
    expect(allegationAgainst(allegation({}))).toBeNull();
  });
});
