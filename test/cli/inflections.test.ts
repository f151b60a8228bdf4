import { describe, expect, it } from "vitest";
import { inflections } from "../../src/cli/inflections";

describe("inflections", () => {
  it("gives the other regular forms of a verb form", () => {
    expect(inflections("urged")).toEqual(expect.arrayContaining(["urge", "urges", "urging"]));
    expect(inflections("warned")).toEqual(expect.arrayContaining(["warn", "warns", "warning"]));
    expect(inflections("denied")).toEqual(expect.arrayContaining(["deny", "denies", "denying"]));
    expect(inflections("admitted")).toEqual(expect.arrayContaining(["admit", "admits"]));
    expect(inflections("pushes")).toEqual(expect.arrayContaining(["push", "pushed"]));
  });

  it("leaves out the word itself and anything that is not one lower-case word", () => {
    expect(inflections("says")).not.toContain("says");
    expect(inflections("according to")).toEqual([]);
    expect(inflections("Said")).toEqual([]);
  });
});
