import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_RULESET_BYTES, readRulesetFile } from "../../src/options/read-ruleset-file";

const fixture = (name: string) =>
  new Blob([readFileSync(new URL(`../fixtures/options/${name}`, import.meta.url))]);

describe("readRulesetFile", () => {
  it("accepts a valid custom ruleset", async () => {
    const result = await readRulesetFile(fixture("valid-ruleset.json"));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.ruleset.sources?.[0]?.alignment).toBe("independent");
  });

  it("lists every problem of an invalid one with its JSON path", async () => {
    const result = await readRulesetFile(fixture("invalid-ruleset.json"));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok && result.kind === "invalid") {
      expect(result.errors.map((e) => e.path)).toEqual([
        "$.sources[0].id",
        "$.sources[0].alignment",
        "$.sources[0].references[0]",
        "$",
      ]);
    }
  });

  it("reports a file that is not JSON", async () => {
    const result = await readRulesetFile(new Blob(["{ sources: ["]));
    expect(result).toMatchObject({ ok: false, kind: "not-json" });
  });

  it("refuses a file over 1 MB without reading it", async () => {
    const big = new Blob(["x".repeat(MAX_RULESET_BYTES + 1)]);
    big.text = () => Promise.reject(new Error("must not be read"));
    expect(await readRulesetFile(big)).toEqual({ ok: false, kind: "too-large" });
    expect(MAX_RULESET_BYTES).toBe(1024 * 1024);
  });

  it("accepts a file of exactly 1 MB", async () => {
    const padded = `{"sources": []${" ".repeat(MAX_RULESET_BYTES - 15)}}`;
    expect(padded.length).toBe(MAX_RULESET_BYTES);
    expect((await readRulesetFile(new Blob([padded]))).ok).toBe(true);
  });
});
