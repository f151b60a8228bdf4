import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CustomRuleset } from "../../src/ruleset/schema";
import { fakeBrowser, settle } from "./fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

const store = await import("../../src/shared/ruleset-store");

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/options/${name}`, import.meta.url), "utf8"));
const valid = fixture("valid-ruleset.json") as CustomRuleset;

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
});

describe("custom ruleset store", () => {
  it("has no custom ruleset at first", async () => {
    expect(await store.loadCustomRuleset()).toBeNull();
  });

  it("saves to storage.local under customRuleset and reads it back", async () => {
    await store.saveCustomRuleset(valid);
    expect([...browser.storage.local.data.keys()]).toEqual(["customRuleset"]);
    expect(browser.storage.sync.data.size).toBe(0);
    expect(await store.loadCustomRuleset()).toEqual(valid);
  });

  it("refuses to save an invalid ruleset and keeps the stored one", async () => {
    await store.saveCustomRuleset(valid);
    await expect(
      store.saveCustomRuleset(fixture("invalid-ruleset.json") as CustomRuleset),
    ).rejects.toThrow(/\$\.sources\[0\]\.alignment/);
    expect(await store.loadCustomRuleset()).toEqual(valid);
  });

  it("reads a corrupt stored ruleset as none, with a warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    browser.storage.local.data.set("customRuleset", { sources: "all of them" });
    expect(await store.loadCustomRuleset()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("$.sources"));
    warn.mockRestore();
  });

  it("clears it", async () => {
    await store.saveCustomRuleset(valid);
    await store.clearCustomRuleset();
    expect(await store.loadCustomRuleset()).toBeNull();
  });

  it("tells watchers of every change, with null once cleared, until unsubscribed", async () => {
    const seen: unknown[] = [];
    const stop = store.watchCustomRuleset((r) => seen.push(r));
    await store.saveCustomRuleset(valid);
    await browser.storage.local.set({ unrelated: 1 });
    await browser.storage.sync.set({ customRuleset: valid });
    await store.clearCustomRuleset();
    await settle();
    expect(seen).toEqual([valid, null]);
    stop();
    expect(browser.listenerCount()).toBe(0);
  });
});
