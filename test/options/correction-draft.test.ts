import { describe, expect, it } from "vitest";
import {
  correctionFromHash,
  draftOverride,
  withOverride,
} from "../../src/options/correction-draft";
import { loadBundledRuleset, parseCustomRuleset } from "../../src/ruleset/ruleset";

const bundled = loadBundledRuleset();
const hash = (value: unknown) => `#correct=${encodeURIComponent(JSON.stringify(value))}`;

describe("label corrections", () => {
  it("read the source from the page's hash, refusing anything else", () => {
    expect(correctionFromHash(hash({ id: "sana", name: "SANA" }))).toEqual({
      id: "sana",
      name: "SANA",
    });
    expect(correctionFromHash("#correct=%7Bnot json")).toBeNull();
    expect(correctionFromHash(hash({ name: "" }))).toBeNull();
    expect(correctionFromHash("")).toBeNull();
  });

  it("prefill the bundled entry as a valid override", () => {
    const draft = draftOverride({ id: "sana", name: "SANA" }, bundled, null);
    expect(draft.sources?.[0]).toEqual(bundled.sources.find((s) => s.id === "sana"));
    expect(parseCustomRuleset(draft).ok).toBe(true);
  });

  it("prefill a new entry for an unknown source, which fails validation until filled in", () => {
    const draft = draftOverride({ name: "Bashar Jaafari", alignment: "government" }, bundled, null);
    expect(draft.sources?.[0]).toMatchObject({
      id: "bashar-jaafari",
      names: { en: ["Bashar Jaafari"] },
    });
    const result = parseCustomRuleset(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("$.sources[0].references");
  });

  it("replace the source's entry in the stored custom ruleset and keep the rest", () => {
    const other = { ...bundled.sources[0], id: "other" } as (typeof bundled.sources)[number];
    const stored = { sources: [other, { ...other, id: "sana" }], descriptors: [] };
    const fixed = draftOverride({ id: "sana", name: "SANA" }, bundled, null);
    const merged = withOverride(stored, fixed);
    expect(merged.sources?.map((s) => s.id)).toEqual(["other", "sana"]);
    expect(merged.sources?.[1]).toEqual(fixed.sources?.[0]);
    expect(merged.descriptors).toEqual([]);
  });
});
