import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { opensWithClause } from "../../src/core/claim-scope";
import { compileRuleset, scanText } from "../../src/core/enrich-matcher";
import { normalize } from "../../src/core/normalize";
import type { Quote } from "../../src/core/types";

function opens(text: string): boolean {
  const [q] = analyze(text).quotes;
  expect(q, text).toBeDefined();
  const { lists } = scanText(compileRuleset(), normalize(text));
  return opensWithClause(q as Quote, lists.complementisers);
}

describe("opensWithClause", () => {
  it.each([
    ["وقال الجيش السوري إن القوات تقدمت نحو المدينة.", true],
    ["وأكد المتحدث بأنهم انسحبوا من القرية.", true],
    ["The army said that its units had left the town.", true],
    ["أعلن الجيش اللبناني تعزيز انتشار عناصره في وادي خالد.", false],
    ["The army announced the start of an operation.", false],
  ])("%s -> %s", (text, expected) => {
    expect(opens(text)).toBe(expected);
  });
});
