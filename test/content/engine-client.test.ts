import { describe, expect, it } from "vitest";
import { askBackground } from "../../src/content/engine-client";
import { analyze } from "../../src/core/analyze";
import {
  AnalyseReplySchema,
  type AnalyseRequest,
  AnalyseRequestSchema,
  MAX_ENGINE_CHARS,
  MAX_FINDINGS,
} from "../../src/shared/messages";

const request: AnalyseRequest = {
  type: "analyse",
  text: "“We will stay,” the mayor said, according to officials.",
  labelLanguage: "en",
};
const analysis = analyze(request.text);
const good = { ok: true, analysis, engineMs: 3 };

/** A sender that answers each call in turn (a function throws, as an unreachable context does). */
function sender(...answers: unknown[]) {
  let calls = 0;
  const send = async () => {
    const answer = answers[calls++];
    if (typeof answer === "function") return answer();
    return answer;
  };
  return { send, calls: () => calls };
}
const unreachable = () => {
  throw new Error("Could not establish connection. Receiving end does not exist.");
};

describe("askBackground", () => {
  it("returns the background's reply", async () => {
    const s = sender(good);
    expect(await askBackground(request, s.send)).toEqual(good);
    expect(s.calls()).toBe(1);
  });

  it("asks once more when the background cannot be reached", async () => {
    const s = sender(unreachable, good);
    expect(await askBackground(request, s.send)).toEqual(good);
    expect(s.calls()).toBe(2);
  });

  it("gives up after the second try, for the caller to analyse on the page", async () => {
    const s = sender(unreachable, undefined, good);
    expect(await askBackground(request, s.send)).toBeNull();
    expect(s.calls()).toBe(2);
  });

  it("takes an empty or malformed answer as no answer", async () => {
    expect(await askBackground(request, sender({ ok: "yes" }, null).send)).toBeNull();
  });

  it("passes on the engine's failure", async () => {
    const failed = { ok: false, error: "Maximum call stack size exceeded" };
    expect(await askBackground(request, sender(failed).send)).toEqual(failed);
  });
});

describe("the analyse messages", () => {
  it("bound the request in characters", () => {
    expect(AnalyseRequestSchema.safeParse(request).success).toBe(true);
    const long = { ...request, text: "a".repeat(MAX_ENGINE_CHARS + 1) };
    expect(AnalyseRequestSchema.safeParse(long).success).toBe(false);
  });

  it("bound the reply in findings", () => {
    expect(AnalyseReplySchema.safeParse(good).success).toBe(true);
    const quotes = Array.from({ length: MAX_FINDINGS + 1 }, () => analysis.quotes[0]);
    const tooMany = { ...good, analysis: { ...analysis, quotes } };
    expect(AnalyseReplySchema.safeParse(tooMany).success).toBe(false);
  });
});
