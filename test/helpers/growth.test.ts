import { describe, expect, it } from "vitest";
import { GROWTH_LIMIT, growth, tokenPass } from "./growth";

describe("growth()", () => {
  it("gives a linear pass a ratio within the limit, on letters and on quotation marks", () => {
    for (const unit of ["ab ", "”"]) {
      const g = growth(tokenPass, (n) => unit.repeat(n), 8_000);
      expect(g.ratio, g.detail).toBeLessThanOrEqual(GROWTH_LIMIT);
    }
  });

  it("gives a quadratic path a ratio far over the limit", () => {
    const quadratic = (t: string) => {
      let n = 0;
      for (let i = 0; i < t.length; i += 4)
        for (let j = 0; j < t.length; j += 4) n ^= t.charCodeAt(j);
      return n;
    };
    const g = growth(quadratic, (n) => "ab ".repeat(n), 400);
    expect(g.ratio, g.detail).toBeGreaterThan(4 * GROWTH_LIMIT);
  });
});
