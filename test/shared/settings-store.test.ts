import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser, settle } from "./fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

const { loadSettings, saveSettings, setSiteActive, watchSettings } = await import(
  "../../src/shared/settings-store"
);
const { DEFAULT_SETTINGS } = await import("../../src/shared/settings");

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
});

describe("loadSettings", () => {
  it("gives the defaults from empty storage", async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("reads corrupt storage as defaults with a warning instead of throwing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    browser.storage.sync.data.set("enabled", "sometimes");
    browser.storage.sync.data.set("view", "allegations");
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, view: "allegations" });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("settings.enabled"));
    warn.mockRestore();
  });
});

describe("saveSettings", () => {
  it("writes only the patched keys, to storage.sync", async () => {
    await saveSettings({ alwaysAnalyseSites: ["example.org"] });
    expect([...browser.storage.sync.data.entries()]).toEqual([
      ["alwaysAnalyseSites", ["example.org"]],
    ]);
    expect(browser.storage.local.data.size).toBe(0);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      alwaysAnalyseSites: ["example.org"],
    });
  });

  it("refuses an invalid value and writes nothing", async () => {
    await expect(saveSettings({ enabled: "no" as unknown as boolean })).rejects.toThrow();
    expect(browser.storage.sync.data.size).toBe(0);
  });
});

describe("setSiteActive", () => {
  it("adds a site once, sorted, and removes it again", async () => {
    await setSiteActive("b.example", false);
    await setSiteActive("a.example", false);
    expect((await setSiteActive("b.example", false)).disabledSites).toEqual([
      "a.example",
      "b.example",
    ]);
    expect((await setSiteActive("a.example", true)).disabledSites).toEqual(["b.example"]);
    expect((await loadSettings()).disabledSites).toEqual(["b.example"]);
  });
});

describe("watchSettings", () => {
  it("calls back with the whole settings after a change, until unsubscribed", async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ enabled: false });
    await settle();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, enabled: false }]);
    stop();
    expect(browser.listenerCount()).toBe(0);
    await saveSettings({ enabled: true });
    await settle();
    expect(seen).toHaveLength(1);
  });

  it("ignores changes to storage.local and to keys that are not settings", async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await browser.storage.local.set({ enabled: false });
    await browser.storage.sync.set({ somethingElse: 1 });
    await settle();
    expect(cb).not.toHaveBeenCalled();
    stop();
  });
});
