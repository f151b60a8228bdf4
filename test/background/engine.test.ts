import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AnalyseReply, AnalyseRequest } from "../../src/shared/messages";
import { fakeBrowser, settle } from "../shared/fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

/** The fake storage plus the tabs the background tells about a new ruleset. */
function fakeBackgroundBrowser() {
  const told: { tabId: number; message: unknown }[] = [];
  return {
    ...fakeBrowser(),
    tabs: {
      query: async () => [{ id: 1 }, { id: 2 }, {}],
      sendMessage: async (tabId: number, message: unknown) => {
        told.push({ tabId, message });
      },
    },
    told,
  };
}
let browser: ReturnType<typeof fakeBackgroundBrowser>;
beforeEach(() => {
  browser = fakeBackgroundBrowser();
  fake.browser = browser;
});

const custom = JSON.parse(
  readFileSync(new URL("../fixtures/options/valid-ruleset.json", import.meta.url), "utf8"),
);
const request = (text: string): AnalyseRequest => ({ type: "analyse", text, labelLanguage: "en" });
const TEXT = "The town fell, SANA said on Monday, citing a military source who was not named.";

function sanaAlignment(reply: AnalyseReply): string | undefined {
  if (!reply.ok) throw new Error(reply.error);
  const sources = reply.analysis.sources as { id: string; alignment: string }[];
  return sources.find((s) => s.id === "sana")?.alignment;
}

describe("the background engine", () => {
  it("analyses with the bundled ruleset, restored without compiling a phrase", async () => {
    vi.resetModules();
    // The same module instance as the engine's, so the spy sees its calls.
    const { PhraseMatcher } = await import("../../src/core/matcher");
    const add = vi.spyOn(PhraseMatcher.prototype, "add");
    const { analyseText, startEngine } = await import("../../src/background/engine");
    startEngine();
    const reply = await analyseText(request(TEXT));
    expect(sanaAlignment(reply)).toBe("state-media");
    expect(reply.ok && reply.analysis.quotes.length).toBeGreaterThan(0);
    expect(reply.ok && reply.engineMs).toBeGreaterThan(0);
    // The engine's own cue lexicons are built from phrases; the ruleset's are not.
    expect(add).toHaveBeenCalled();
    expect(add.mock.calls.filter(([entry]) => entry.phrase === "SANA")).toEqual([]);
    add.mockRestore();
  });

  it("checks its findings against their schemas before it sends them", async () => {
    vi.resetModules();
    const types = await import("../../src/core/types");
    const check = vi.spyOn(types.AnalysisSchema, "safeParse");
    const { analyseText, startEngine } = await import("../../src/background/engine");
    startEngine();
    const reply = await analyseText(request(TEXT));
    expect(check).toHaveBeenCalledTimes(1);
    expect(reply.ok && reply.analysis).toEqual(check.mock.results[0]?.value.data);
  });

  it("compiles a custom ruleset stored before it started, and analyses with it", async () => {
    await browser.storage.local.set({ customRuleset: custom });
    vi.resetModules();
    const { analyseText, startEngine } = await import("../../src/background/engine");
    startEngine();
    expect(sanaAlignment(await analyseText(request(TEXT)))).toBe("independent");
  });

  it("compiles a ruleset once it is saved, then tells every tab to analyse again", async () => {
    vi.resetModules();
    const { analyseText, startEngine } = await import("../../src/background/engine");
    startEngine();
    expect(sanaAlignment(await analyseText(request(TEXT)))).toBe("state-media");
    await browser.storage.local.set({ customRuleset: custom });
    await settle();
    expect(browser.told).toEqual([
      { tabId: 1, message: { type: "ruleset-changed" } },
      { tabId: 2, message: { type: "ruleset-changed" } },
    ]);
    expect(sanaAlignment(await analyseText(request(TEXT)))).toBe("independent");
    await browser.storage.local.remove("customRuleset");
    expect(sanaAlignment(await analyseText(request(TEXT)))).toBe("state-media");
  });
});
