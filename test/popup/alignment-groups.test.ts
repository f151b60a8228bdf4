import { describe, expect, it } from "vitest";
import type { PageSource } from "../../src/core/types";
import { groupOf, groupSources } from "../../src/popup/alignment-groups";

function source(id: string, alignment: string, mentions = 1): PageSource {
  return {
    id,
    name: id.toUpperCase(),
    alignment,
    label: alignment,
    description: "",
    reference: "https://example.org/",
    evidence: { kind: "ruleset", id, description: "", reference: "https://example.org/" },
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: "x" })),
  };
}

describe("groupOf", () => {
  it("puts every armed group together", () => {
    expect(groupOf("armed-group:isis")).toBe("armed-group");
    expect(groupOf("armed-group:hts")).toBe("armed-group");
  });
  it("keeps the other families apart", () => {
    expect(groupOf("state-media")).toBe("state-media");
    expect(groupOf("pro-government")).toBe("pro-government");
    expect(groupOf("government")).toBe("government");
  });
  it("files an alignment outside the taxonomy as unknown", () =>
    expect(groupOf("astrologer")).toBe("unknown"));
});

describe("groupSources", () => {
  it("gives the non-empty groups in a fixed order, most mentioned source first", () => {
    const groups = groupSources([
      source("indie", "independent"),
      source("amaq", "armed-group:isis", 3),
      source("sana", "state-media", 2),
      source("isis", "armed-group:isis", 5),
      source("loyal", "pro-government"),
    ]);
    expect(groups.map((g) => [g.group, g.sources.map((s) => s.id)])).toEqual([
      ["state-media", ["sana"]],
      ["pro-government", ["loyal"]],
      ["armed-group", ["isis", "amaq"]],
      ["independent", ["indie"]],
    ]);
  });

  it("orders sources mentioned equally often by name", () => {
    const [group] = groupSources([source("b", "opposition"), source("a", "opposition")]);
    expect(group?.sources.map((s) => s.name)).toEqual(["A", "B"]);
  });

  it("is empty for a page without sources", () => expect(groupSources([])).toEqual([]));
});
