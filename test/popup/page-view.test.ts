import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { needsPolling } = await import("../../src/popup/page-view");
const { DEFAULT_SETTINGS } = await import("../../src/shared/settings");

import type { PageState } from "../../src/shared/messages";

function state(status: PageState["status"], url = "https://news.example/a"): PageState {
  return {
    url,
    status,
    isNews: true,
    news: { score: 1, reasons: [] },
    counts: { quotes: 0, allegations: 0 },
    publisher: null,
    sources: [],
    timings: {},
    voices: [],
  };
}

describe("needsPolling", () => {
  it("polls while the analysis runs, even before settings are read", () => {
    expect(needsPolling(state("running"), null)).toBe(true);
    expect(needsPolling(state("running"), DEFAULT_SETTINGS)).toBe(true);
  });

  it("stops once the page state agrees with the settings", () => {
    expect(needsPolling(state("done"), DEFAULT_SETTINGS)).toBe(false);
    expect(needsPolling(state("not-news"), DEFAULT_SETTINGS)).toBe(false);
    expect(needsPolling(state("off"), { ...DEFAULT_SETTINGS, enabled: false })).toBe(false);
  });

  it("keeps asking while the page has not caught up with a switch just flipped", () => {
    expect(needsPolling(state("done"), { ...DEFAULT_SETTINGS, enabled: false })).toBe(true);
    expect(
      needsPolling(state("done"), { ...DEFAULT_SETTINGS, disabledSites: ["news.example"] }),
    ).toBe(true);
    expect(needsPolling(state("off"), DEFAULT_SETTINGS)).toBe(true);
  });

  it("does not poll pages that are not web pages", () =>
    expect(needsPolling(state("off", "about:blank"), DEFAULT_SETTINGS)).toBe(false));
});
