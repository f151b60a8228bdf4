import { describe, expect, it } from "vitest";
import boilerplate from "../../src/page/boilerplate.json";
import { BoilerplateSchema, NewsSignalsSchema } from "../../src/page/data-schemas";
import signals from "../../src/page/news-signals.json";

describe("the page code's data files", () => {
  it("news-signals.json has the expected shape", () => {
    expect(NewsSignalsSchema.safeParse(signals).error).toBeUndefined();
  });

  it("boilerplate.json has the expected shape", () => {
    expect(BoilerplateSchema.safeParse(boilerplate).error).toBeUndefined();
  });

  it("names where a bad entry is", () => {
    const bad = { ...signals, monthWords: ["January"] };
    const issue = NewsSignalsSchema.safeParse(bad).error?.issues[0];
    expect(issue?.path).toEqual(["monthWords", 0]);
    expect(issue?.message).toBe("lower case");
  });
});
