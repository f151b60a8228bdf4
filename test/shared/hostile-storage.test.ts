import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser, settle } from "./fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

const { loadSettings, saveSettings } = await import("../../src/shared/settings-store");
const { DEFAULT_SETTINGS, parseSettings, SettingsSchema } = await import(
  "../../src/shared/settings"
);
const { loadCustomRuleset, watchCustomRuleset } = await import("../../src/shared/ruleset-store");

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  return () => vi.restoreAllMocks();
});

function deep(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { lexicons: value };
  return value;
}

describe("corrupt settings", () => {
  it("parse, whatever storage returned, to valid settings without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom("enabled", "disabledSites", "view", "alwaysAnalyseSites"),
            fc.anything(),
          ),
        ),
        (raw) => {
          const { settings, warnings } = parseSettings(raw);
          expect(SettingsSchema.safeParse(settings).success).toBe(true);
          for (const w of warnings) expect(w).toMatch(/^settings/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuse a site name of megabytes, keeping the other fields", () => {
    const { settings, warnings } = parseSettings({
      enabled: false,
      disabledSites: ["a".repeat(5_000_000)],
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(warnings).toEqual([expect.stringMatching(/^settings\.disabledSites: .*default used$/)]);
  });

  it("cannot reach Object.prototype through a __proto__ key", () => {
    const raw = JSON.parse(
      '{"__proto__": {"enabled": false, "polluted": true}, "view": "allegations"}',
    );
    const { settings } = parseSettings(raw);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, view: "allegations" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("stored by another version or by hand load as defaults, field by field, with warnings", async () => {
    await browser.storage.sync.set({
      enabled: "false",
      disabledSites: { 0: "example.org" },
      view: null,
      alwaysAnalyseSites: ["example.org"],
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      alwaysAnalyseSites: ["example.org"],
    });
    expect(console.warn).toHaveBeenCalledTimes(3);
  });

  it("are never written: an invalid value throws and storage keeps what it had", async () => {
    await saveSettings({ view: "allegations" });
    await expect(saveSettings({ enabled: "yes" as unknown as boolean })).rejects.toThrow();
    await expect(
      saveSettings({ disabledSites: Array.from({ length: 6000 }, (_, i) => `s${i}.org`) }),
    ).rejects.toThrow();
    await expect(saveSettings({ colour: "red" } as never)).rejects.toThrow(/unknown setting/);
    expect(Object.fromEntries(browser.storage.sync.data)).toEqual({ view: "allegations" });
  });
});

describe("a hostile stored custom ruleset", () => {
  it.each([
    // Storage clones what it keeps, so it cannot hold much deeper values (parsing deeper ones is
    // tested in test/ruleset/hostile-ruleset.test.ts).
    ["nested 500 deep", deep(500)],
    ["of 5 MB", { version: "x".repeat(5_000_000) }],
    ["of the wrong type", ["sources"]],
    ["with unknown sections", { scripts: ["alert(1)"] }],
  ])("%s is read as none, with a warning, not thrown on", async (_, value) => {
    browser.storage.local.data.set("customRuleset", value);
    expect(await loadCustomRuleset()).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("custom ruleset is invalid"));
  });

  it("written by another context reaches watchers as none", async () => {
    const seen: unknown[] = [];
    const stop = watchCustomRuleset((r) => seen.push(r));
    await browser.storage.local.set({ customRuleset: deep(500) });
    await settle();
    expect(seen).toEqual([null]);
    stop();
  });
});
