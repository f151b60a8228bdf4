import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } from "../../src/shared/settings";

describe("parseSettings", () => {
  it("gives the defaults, without warnings, when nothing is stored yet", () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      view: "sources",
      alwaysAnalyseSites: [],
    });
  });

  it("keeps every valid stored value", () => {
    const stored = {
      enabled: false,
      disabledSites: ["example.org"],
      view: "allegations",
      alwaysAnalyseSites: [],
    };
    expect(parseSettings(stored)).toEqual({ settings: stored, warnings: [] });
  });

  it("replaces only the corrupt fields by their defaults, with one warning each", () => {
    const { settings, warnings } = parseSettings({
      enabled: "yes",
      disabledSites: ["ok.example", 42],
      view: "allegations",
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, view: "allegations" });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^settings\.enabled: .*default used$/);
    expect(warnings[1]).toMatch(/^settings\.disabledSites: /);
  });

  it("ignores fields of an old format it does not know", () => {
    const { settings, warnings } = parseSettings({ version: 0, highlightColour: "red" });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual([]);
  });

  it.each([null, 7, "settings", true])(
    "falls back to the defaults with a warning for %j",
    (raw) => {
      const { settings, warnings } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^settings: expected an object/);
    },
  );

  it("refuses a site list too long to store", () => {
    const sites = Array.from({ length: 5001 }, (_, i) => `s${i}.example`);
    expect(parseSettings({ disabledSites: sites }).settings.disabledSites).toEqual([]);
  });
});

describe("siteOf", () => {
  it("is the host name of web pages", () => {
    expect(siteOf("https://www.example.org/news/1?x=2#top")).toBe("www.example.org");
    expect(siteOf("http://127.0.0.1:8080/seed/article.html")).toBe("127.0.0.1");
  });

  it.each([
    "chrome://extensions",
    "about:addons",
    "moz-extension://abc/popup.html",
    "file:///tmp/a.html",
    "not a url",
  ])("is null for %s, a page the extension never marks", (url) => expect(siteOf(url)).toBeNull());
});

describe("isActiveOn", () => {
  const url = "https://news.example/a";
  it("is on by default", () => expect(isActiveOn(DEFAULT_SETTINGS, url)).toBe(true));
  it("is off everywhere when switched off", () =>
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, url)).toBe(false));
  it("is off on a disabled site only", () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ["news.example"] };
    expect(isActiveOn(settings, url)).toBe(false);
    expect(isActiveOn(settings, "https://other.example/a")).toBe(true);
  });
  it("is off on pages that are not web pages", () =>
    expect(isActiveOn(DEFAULT_SETTINGS, "about:blank")).toBe(false));
});
