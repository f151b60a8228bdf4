import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/shared/settings";
import { fakeBrowser, settle } from "../shared/fake-browser";

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));

const { pageSettings, watchPageSettings } = await import("../../src/content/settings-client");

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  fake.browser = browser;
});

const off = { ...DEFAULT_SETTINGS, enabled: false };
const unreachable = async () => {
  throw new Error("Could not establish connection. Receiving end does not exist.");
};

describe("the content script's settings", () => {
  it("come from the background, which validated them", async () => {
    const send = vi.fn(async () => off);
    expect(await pageSettings(send)).toEqual(off);
    expect(send).toHaveBeenCalledWith({ type: "get-settings" });
  });

  it("are read from storage on the page when the background cannot be reached twice", async () => {
    await browser.storage.sync.set({ view: "allegations", enabled: "broken" });
    const send = vi.fn(unreachable);
    expect(await pageSettings(send)).toEqual({ ...DEFAULT_SETTINGS, view: "allegations" });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("are followed as storage.sync changes", async () => {
    const seen: string[] = [];
    const stop = watchPageSettings((s) => seen.push(s.view));
    // No background in this test: each change is read from storage on the page.
    await browser.storage.sync.set({ view: "allegations" });
    await settle();
    await browser.storage.local.set({ other: 1 });
    await settle();
    stop();
    await browser.storage.sync.set({ view: "everything" });
    await settle();
    expect(seen).toEqual(["allegations"]);
  });
});
