import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { axeViolations } from "./axe";
import { BROWSERS, launch, openExtensionPage, openPage, type Session } from "./browsers";
import { waitUntil } from "./wait";

const FIXTURES = new URL("../fixtures/options/", import.meta.url).pathname;
const VALID = join(FIXTURES, "valid-ruleset.json");
const INVALID = join(FIXTURES, "invalid-ruleset.json");

let server: StaticServer;
const scratch = mkdtempSync(join(tmpdir(), "options-e2e-"));
const TOO_LARGE = join(scratch, "too-large.json");
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
  writeFileSync(TOO_LARGE, `{"sources": []${" ".repeat(1024 * 1024)}}`);
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

type Area = {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
};
type Api = { storage: { local: Area; sync: Area } };

const stored = (page: Page) =>
  page.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get(["customRuleset"]))
        .customRuleset,
  );

async function choose(options: Page, file: string): Promise<void> {
  const input = await options.$("#ruleset-file");
  if (!input) throw new Error("no file input");
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? "");

describe.each(BROWSERS)("options page in %s", (name) => {
  let session: Session;
  let article: Page;
  let options: Page;
  beforeAll(async () => {
    session = await launch(name);
    article = await openPage(session, `${server.url}/seed/article.html`);
    options = await openExtensionPage(session, article, "options");
    await options.waitForSelector("#ruleset-file");
  });
  afterAll(() => session?.close());

  it("starts with no custom ruleset", async () => {
    await waitUntil(
      options,
      () => document.querySelector("[data-testid=ruleset-status]")?.textContent !== "",
    );
    expect(await text(options, "[data-testid=ruleset-status]")).toMatch(/No custom ruleset/);
    expect(await stored(options)).toBeUndefined();
  });

  it("imports a valid ruleset, which relabels a source on the page", async () => {
    await choose(options, VALID);
    await waitUntil(options, () =>
      /imported/.test(document.querySelector("[data-testid=ruleset-outcome]")?.textContent ?? ""),
    );
    expect(await text(options, "[data-testid=ruleset-status]")).toMatch(/1 sources, 0 descriptors/);
    expect(await stored(options)).toEqual(JSON.parse(readFileSync(VALID, "utf8")));

    const popup = await openExtensionPage(session, article, "popup");
    onTestFinished(async () => {
      await popup.close();
      await options.bringToFront();
    });
    await popup.waitForSelector("[data-testid=status][data-status=done]", { timeout: 30_000 });
    await popup.click("button.more");
    const sana = await popup.waitForSelector("[data-testid=source][data-source-id=sana]", {
      timeout: 30_000,
    });
    await waitUntil(
      popup,
      () =>
        document
          .querySelector("[data-testid=source][data-source-id=sana]")
          ?.getAttribute("data-alignment") === "independent",
      { timeout: 10_000 },
    );
    expect(await sana?.evaluate((el) => el.getAttribute("data-side"))).toBe("independent");
    expect(await sana?.$eval("[data-testid=source-label]", (el) => el.textContent)).toMatch(
      /^Independent/,
    );
  });

  it("shows every problem of an invalid ruleset with its JSON path, and keeps the current one", async () => {
    const before = await stored(options);
    await choose(options, INVALID);
    await options.waitForSelector("[data-testid=ruleset-errors]");
    expect(await text(options, "[data-testid=ruleset-outcome] p")).toMatch(
      /invalid-ruleset\.json was not imported: it has 4 problems/,
    );
    const problems = await options.$$eval("[data-testid=ruleset-errors] li", (els) =>
      els.map((el) => el.textContent),
    );
    expect(problems).toHaveLength(4);
    expect(problems[1]).toMatch(/^\$\.sources\[0\]\.alignment: /);
    expect(problems[3]).toMatch(/^\$: .*colours/);
    expect(await stored(options)).toEqual(before);
    expect(await text(options, "[data-testid=ruleset-status]")).toMatch(/1 sources/);
  });

  it("refuses a file over 1 MB", async () => {
    await choose(options, TOO_LARGE);
    await waitUntil(options, () =>
      /larger than 1 MB/.test(
        document.querySelector("[data-testid=ruleset-outcome]")?.textContent ?? "",
      ),
    );
    expect(await text(options, "[data-testid=ruleset-status]")).toMatch(/1 sources/);
  });

  it("exports the custom ruleset as a JSON file", async () => {
    // The download itself belongs to the browser; the test reads what the page hands it.
    await options.evaluate(() => {
      const captured = new Promise((resolve) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const { download, href } = this;
          void fetch(href)
            .then((r) => r.text())
            .then((body) => resolve({ download, body, blob: href.startsWith("blob:") }));
        };
      });
      (window as unknown as { exported: Promise<unknown> }).exported = captured;
    });
    await options.click("[data-testid=export]");
    const exported = (await options.evaluate(
      () => (window as unknown as { exported: Promise<unknown> }).exported,
    )) as { download: string; body: string; blob: boolean };
    expect(exported.download).toBe("source-context-ruleset.json");
    expect(exported.blob).toBe(true);
    expect(JSON.parse(exported.body)).toEqual(await stored(options));
  });

  it("lists the sites where it is off, each with a remove button", async () => {
    await options.evaluate(
      (sites) =>
        (globalThis as unknown as { chrome: Api }).chrome.storage.sync.set({
          disabledSites: sites,
        }),
      ["a.example", "b.example"],
    );
    await options.waitForSelector("[data-testid=disabled-sites]");
    expect(
      await options.$$eval("[data-testid=disabled-sites] li bdi", (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual(["a.example", "b.example"]);
    await options.click("[data-testid=disabled-sites] li:first-child button");
    await waitUntil(
      options,
      () => document.querySelectorAll("[data-testid=disabled-sites] li").length === 1,
    );
    expect(
      await options.evaluate(
        async () =>
          (
            await (globalThis as unknown as { chrome: Api }).chrome.storage.sync.get([
              "disabledSites",
            ])
          ).disabledSites,
      ),
    ).toEqual(["b.example"]);
  });

  it("meets WCAG AA according to axe-core, with problems and sites on show", async () => {
    await choose(options, INVALID);
    await options.waitForSelector("[data-testid=ruleset-errors]");
    expect(await axeViolations(options)).toEqual([]);
    if (name === "chromium") {
      await options.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      expect(await axeViolations(options)).toEqual([]);
      await options.emulateMediaFeatures([]);
    }
  });

  it("removes the custom ruleset", async () => {
    await options.click("[data-testid=reset]");
    await waitUntil(options, () =>
      /No custom ruleset/.test(
        document.querySelector("[data-testid=ruleset-status]")?.textContent ?? "",
      ),
    );
    expect(await stored(options)).toBeUndefined();
  });
});

/** Firefox shows its UI in Arabic only with Debian's language pack (firefox-esr-l10n-ar). */
function firefoxHasArabic(): boolean {
  const firefox = process.env.FIREFOX_PATH ?? "/usr/lib/firefox-esr/firefox-esr";
  const extensions = join(dirname(firefox), "browser/extensions");
  return (
    existsSync(extensions) && readdirSync(extensions).some((f) => f.startsWith("langpack-ar@"))
  );
}

describe.skipIf(!firefoxHasArabic())("options page with the Arabic UI in firefox", () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch("firefox", { locale: "ar", darkScheme: true });
  });
  afterAll(() => session?.close());

  it("is right-to-left, in Arabic, and meets WCAG AA in the dark scheme according to axe-core", async () => {
    const article = await openPage(session, `${server.url}/seed/article.html`);
    const options = await openExtensionPage(session, article, "options");
    await options.waitForSelector("#ruleset-file");
    expect(await options.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await text(options, "h1")).toBe("إعدادات سياق المصادر");
    await choose(options, INVALID);
    await options.waitForSelector("[data-testid=ruleset-errors]");
    expect(await text(options, "[data-testid=ruleset-outcome] p")).toMatch(/لم يُستورد/);
    expect(await axeViolations(options)).toEqual([]);
  });
});
