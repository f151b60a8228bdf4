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
    browser.storage.sync.data.set("showQuotes", false);
    expect(await repairStoredSettings()).toEqual([]);
    expect([...browser.storage.sync.data.entries()]).toEqual([["showQuotes", false]]);
  });

  it("rewrites damaged settings with their defaults, keeping the valid ones", async () => {
    browser.storage.sync.data.set("enabled", "on");
    browser.storage.sync.data.set("disabledSites", "example.org");
    browser.storage.sync.data.set("showAllegations", false);
    const repaired = await repairStoredSettings();
    expect(repaired).toHaveLength(2);
    expect(Object.fromEntries(browser.storage.sync.data)).toEqual({
      enabled: true,
      disabledSites: [],
      showQuotes: true,
      showAllegations: false,
    });
    expect(await repairStoredSettings()).toEqual([]);
  });
});
