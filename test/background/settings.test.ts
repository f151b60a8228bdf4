import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "../shared/fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

const { repairStoredSettings } = await import("../../src/background/settings");

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

describe("repairStoredSettings", () => {
  it("leaves valid or absent settings alone", async () => {
    browser.storage.sync.data.set("view", "allegations");
    expect(await repairStoredSettings()).toEqual([]);
    expect([...browser.storage.sync.data.entries()]).toEqual([["view", "allegations"]]);
  });

  it("rewrites damaged settings with their defaults, keeping the valid ones", async () => {
    browser.storage.sync.data.set("enabled", "on");
    browser.storage.sync.data.set("disabledSites", "example.org");
    browser.storage.sync.data.set("alwaysAnalyseSites", ["example.org"]);
    const repaired = await repairStoredSettings();
    expect(repaired).toHaveLength(2);
    expect(Object.fromEntries(browser.storage.sync.data)).toEqual({
      enabled: true,
      disabledSites: [],
      view: "sources",
      alwaysAnalyseSites: ["example.org"],
    });
    expect(await repairStoredSettings()).toEqual([]);
  });
});
