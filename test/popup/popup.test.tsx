// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { options, render } from "preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PageSource } from "../../src/core/types";
import type { PageState } from "../../src/shared/messages";
import { sideOf } from "../../src/shared/sides";
import type { Voice } from "../../src/shared/voices";
import { fakeBrowser } from "../shared/fake-browser";

// Effects run after a 0 ms timer that afterEach waits out, not after preact's requestAnimationFrame
// with its 100 ms fallback timer: that one could fire once the test environment was gone
// ("cancelAnimationFrame is not defined"), failing the run after every test had passed.
options.requestAnimationFrame = (flush) => setTimeout(flush, 0);

const fake = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_, key) => (fake.browser as Record<string | symbol, unknown>)[key] },
  ),
}));
const { Popup } = await import("../../src/popup/popup");

const EN: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, "../../public/_locales/en/messages.json"), "utf8"),
  );

/** chrome.i18n.getMessage over the English messages: named placeholders, then $1..$9. */
function getMessage(key: string, subs?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return "";
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
    return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? "");
  });
}

function source(id: string, name: string, alignment: string, mentions: number): PageSource {
  return {
    id,
    name,
    alignment,
    label: `${alignment} label`,
    description: `${name} description`,
    reference: `https://example.org/${id}`,
    evidence: {
      kind: "ruleset",
      id,
      description: `${name} description`,
      reference: `https://example.org/${id}`,
    },
    mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, text: "x" })),
  };
}

function voice(id: string, name: string, alignment: string | null, statements: number): Voice {
  return {
    id,
    name,
    label: alignment ? `${alignment} label` : null,
    alignment,
    side: sideOf(alignment),
    statements,
  };
}

function pageState(patch: Partial<PageState>): PageState {
  return {
    url: "https://news.example/story",
    status: "done",
    isNews: true,
    news: {
      score: 3,
      reasons: [
        {
          code: "schema-newsarticle",
          text: "x",
          weight: 4,
          polarity: "for",
          detail: "NewsArticle",
        },
        { code: "no-date", text: "no publication date", weight: -1.5, polarity: "against" },
      ],
    },
    counts: { quotes: 4, allegations: 2 },
    publisher: null,
    sources: [],
    timings: {},
    voices: [],
    ...patch,
  };
}

let replies: (PageState | Error)[];
let sentToTab: unknown[];
let stateRequests: number;
let tabUrl: string;
let root: HTMLElement;

beforeEach(() => {
  replies = [];
  sentToTab = [];
  stateRequests = 0;
  tabUrl = "https://news.example/story";
  const storage = fakeBrowser();
  fake.browser = {
    ...storage,
    i18n: { getMessage, getUILanguage: () => "en" },
    commands: {
      getAll: async () => [
        { name: "next-finding", shortcut: "Alt+Shift+J" },
        { name: "previous-finding", shortcut: "Alt+Shift+K" },
      ],
    },
    tabs: {
      get: async (id: number) => ({ id, url: tabUrl }),
      sendMessage: async (_id: number, message: unknown) => {
        sentToTab.push(message);
      },
    },
    runtime: {
      openOptionsPage: vi.fn(),
      sendMessage: async (message: { type: string }) => {
        if (message.type !== "get-tab-state") throw new Error("unexpected message");
        stateRequests++;
        const next = replies.length > 1 ? replies.shift() : replies[0];
        if (next instanceof Error || next === undefined) throw next ?? new Error("no reply");
        return next;
      },
    },
  };
  root = document.createElement("main");
  document.body.append(root);
});

afterEach(async () => {
  render(null, root);
  root.remove();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

const show = () => render(<Popup tabId={Promise.resolve(7)} />, root);
const status = () => root.querySelector("[data-testid=status]")?.getAttribute("data-status");
const text = (selector: string) => root.querySelector(selector)?.textContent ?? "";

describe("Popup", () => {
  it("gives the verdict in one line, the publisher once, whose voices and the sources by statements", async () => {
    replies = [
      pageState({
        publisher: source("mirror", "Mirror of Syria", "opposition", 0),
        voices: [
          voice("speaker:obama", "Obama", null, 6),
          voice("amaq", "Amaq", "armed-group:isis", 3),
          voice("mirror", "Mirror of Syria", "opposition", 1),
        ],
        bySide: { state: 0, armed: 3, opposition: 1, independent: 0, none: 7 },
      }),
    ];
    show();
    expect(status()).toBe("loading");
    expect(text("[role=status]")).toBe("Analysing this page…");
    await vi.waitFor(() => expect(status()).toBe("done"));
    expect(text("[role=status]")).toBe("News article: 4 statements, 2 allegations.");
    expect(root.querySelectorAll("[role=status]")).toHaveLength(1);
    expect(text("[data-testid=publisher]")).toContain("Mirror of Syria");
    expect(root.textContent?.split("Mirror of Syria")).toHaveLength(2);

    const legend = [...root.querySelectorAll(".legend li")].map((li) => li.textContent?.trim());
    expect(legend).toEqual([
      "Armed group: 3 statements",
      "Opposition: 1 statement",
      "No label: 7 statements",
    ]);
    const sources = [...root.querySelectorAll("[data-testid=source]")].map((li) => [
      li.querySelector(".source-name")?.textContent,
      li.querySelector("[data-testid=source-label]")?.textContent,
      li.querySelector(".count")?.textContent,
    ]);
    expect(sources).toEqual([
      ["Obama", "No label", "6 statements"],
      ["Amaq", "armed-group:isis label", "3 statements"],
    ]);
    (root.querySelector("[data-source-id=amaq] [data-step=next]") as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(sentToTab).toEqual([{ type: "step-voice", id: "amaq", direction: "next" }]),
    );

    const reasons = root.querySelector("details[data-testid=news-reasons]") as HTMLDetailsElement;
    expect(reasons.open).toBe(false);
    expect(text("[data-testid=reasons-for]")).toBe("schema.org NewsArticle markup");
    expect(text("[data-testid=reasons-against]")).toBe("no publication date");
    expect(text("[data-testid=shortcuts]")).toBe("Alt+Shift+J next finding · Alt+Shift+K previous");
  });

  it("says which language an article is in when the engine does not analyse it", async () => {
    replies = [pageState({ unsupportedLanguage: "fr", counts: { quotes: 0, allegations: 0 } })];
    show();
    await vi.waitFor(() => expect(status()).toBe("done"));
    expect(text("[role=status]")).toBe("This article is in French, which is not analysed yet.");
  });

  it("explains a page that is not news and analyses it on request", async () => {
    replies = [
      pageState({
        status: "not-news",
        isNews: false,
        news: {
          score: -1,
          reasons: [
            { code: "wiki", text: "wiki page", weight: -4, polarity: "against" },
            {
              code: "new-signal",
              text: "a signal the UI has no string for",
              weight: 1,
              polarity: "for",
            },
          ],
        },
      }),
      pageState({ status: "done", isNews: false }),
    ];
    show();
    await vi.waitFor(() => expect(status()).toBe("not-news"));
    expect(text("[data-testid=status] p")).toMatch(/does not look like a news article/);
    expect(text("[data-testid=reasons-against]")).toBe("wiki page");
    expect(text("[data-testid=reasons-for]")).toBe("a signal the UI has no string for");
    expect(root.querySelector("[data-testid=whose-voices]")).toBeNull();
    (root.querySelector("[data-testid=analyse-anyway]") as HTMLButtonElement).click();
    await vi.waitFor(() => expect(status()).toBe("done"));
    expect(sentToTab).toEqual([{ type: "analyse-anyway" }]);
    expect(text("[data-testid=status] p")).toMatch(/Analysed on request/);
  });

  it("offers to always analyse the site next to Analyse anyway, and remembers it", async () => {
    replies = [pageState({ status: "not-news", isNews: false })];
    show();
    await vi.waitFor(() => expect(root.querySelector("#toggle-always")).not.toBeNull());
    expect(text("label[for=toggle-always]")).toBe("Always analyse this site");
    (root.querySelector("#toggle-always") as HTMLInputElement).click();
    const { loadSettings } = await import("../../src/shared/settings-store");
    await vi.waitFor(async () =>
      expect((await loadSettings()).alwaysAnalyseSites).toEqual(["news.example"]),
    );
  });

  it("asks again every 300 ms while the analysis runs", async () => {
    replies = [pageState({ status: "running" }), pageState({ status: "running" }), pageState({})];
    show();
    await vi.waitFor(() => expect(status()).toBe("running"));
    expect(text("[data-testid=status] p")).toBe("Analysing this page…");
    await vi.waitFor(() => expect(status()).toBe("done"), { timeout: 2000 });
    expect(stateRequests).toBe(3);
    await new Promise((r) => setTimeout(r, 400));
    expect(stateRequests).toBe(3);
  });

  it("gives the reason when the analysis gave up", async () => {
    replies = [pageState({ status: "gave-up", message: "The article text is too long." })];
    show();
    await vi.waitFor(() => expect(status()).toBe("gave-up"));
    expect(text("[data-testid=status] p")).toBe("The analysis of this page was stopped.");
    expect(text("[data-testid=gave-up-message]")).toBe("The article text is too long.");
  });

  it.each([
    ["a browser page", "chrome://extensions/"],
    ["an add-on store page", "about:addons"],
  ])("says the extension may not touch %s, without asking it", async (_, url) => {
    tabUrl = url;
    show();
    await vi.waitFor(() => expect(status()).toBe("unavailable"));
    expect(text("[data-testid=status] p")).toMatch(/cannot be analysed/);
    expect(stateRequests).toBe(0);
    expect(root.querySelector("#toggle-site")).toBeNull();
    expect(root.querySelector("#toggle-enabled")).not.toBeNull();
  });

  it("says the same when the page does not answer", async () => {
    replies = [new Error("Could not establish connection. Receiving end does not exist.")];
    show();
    await vi.waitFor(() => expect(status()).toBe("unavailable"));
  });

  it("switches the site off from its checkbox and says so once the page reports it", async () => {
    replies = [pageState({}), pageState({ status: "off" })];
    show();
    await vi.waitFor(() => expect(root.querySelector("#toggle-site")).not.toBeNull());
    expect(text("label[for=toggle-site]")).toBe("On for news.example");
    (root.querySelector("#toggle-site") as HTMLInputElement).click();
    await vi.waitFor(() => expect(status()).toBe("off"), { timeout: 2000 });
    expect(text("[data-testid=status] p")).toBe("Source Context is switched off on this site.");
    const { loadSettings } = await import("../../src/shared/settings-store");
    expect((await loadSettings()).disabledSites).toEqual(["news.example"]);
  });

  it("says so when storage refuses a setting (sync quota), and shows the stored value", async () => {
    replies = [pageState({})];
    const storage = (fake.browser as ReturnType<typeof fakeBrowser>).storage;
    storage.sync.set = () => Promise.reject(new Error("QUOTA_BYTES_PER_ITEM quota exceeded"));
    show();
    await vi.waitFor(() => expect(root.querySelector("#view-allegations")).not.toBeNull());
    (root.querySelector("#view-allegations") as HTMLInputElement).click();
    await vi.waitFor(() => expect(root.querySelector("[role=alert]")).not.toBeNull());
    expect(text("[role=alert]")).toMatch(/^The setting could not be saved: .*quota exceeded/);
    expect((root.querySelector("#view-sources") as HTMLInputElement).checked).toBe(true);
  });
});
