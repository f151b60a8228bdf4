import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze";
import { FAMILIES, type Family } from "../fixtures/hostile/families";
import { GROWTH_LIMIT, growth } from "../helpers/growth";
import { badSpans } from "../helpers/spans";

/**
 * Every hostile text family of issue 15 (test/fixtures/hostile/families.ts, a copy of
 * ../shared/hostile/families.ts): the engine's time per character at 16x the text within
 * GROWTH_LIMIT of that at 1x, its output no bigger per character, every span valid, no throw.
 */

/** 1x: long enough to measure, short enough that the whole file runs in about a minute. */
const BASE_CHARS = 4_000;
const FACTOR = 16;
/** Output per input character at 16x over that at 1x: a count, so it needs no slack for noise. */
const OUTPUT_GROWTH_LIMIT = 1.5;

const byGroup = new Map<string, [string, Family][]>();
for (const [name, family] of Object.entries(FAMILIES)) {
  byGroup.set(family.group, [...(byGroup.get(family.group) ?? []), [name, family]]);
}

const run = (family: Family) => (text: string) => analyze(text, family.opts?.());
const outputPerChar = (family: Family, text: string) =>
  JSON.stringify(run(family)(text)).length / text.length;

describe("hostile text families", () => {
  it("are all here: 117 families in 10 groups", () => {
    expect(Object.keys(FAMILIES)).toHaveLength(117);
    expect(byGroup.size).toBe(10);
  });

  for (const [group, families] of byGroup) {
    describe(group, () => {
      it.each(families)(
        "%s: linear in time and output, valid spans, no throw",
        (_, family) => {
          const large = family.gen(BASE_CHARS * FACTOR);
          const result = run(family)(large);
          expect(badSpans(large, result)).toEqual([]);
          const output =
            JSON.stringify(result).length /
            large.length /
            outputPerChar(family, family.gen(BASE_CHARS));
          expect(output, "output per character, 16x over 1x").toBeLessThanOrEqual(
            OUTPUT_GROWTH_LIMIT,
          );
          // More rounds than the default: 117 families give interference more chances to last.
          const g = growth(run(family), family.gen, BASE_CHARS, { factor: FACTOR, maxRounds: 20 });
          expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
        },
        120_000,
      );
    });
  }
});
