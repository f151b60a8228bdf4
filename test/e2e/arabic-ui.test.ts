import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hoverMarkedQuote, waitForCard } from "../../src/cli/card-probe";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { axeViolations } from "./axe";
import { launch, openExtensionPage, openPage, type Session } from "./browsers";
import { setViewport } from "./wait";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

/** Firefox shows its UI in Arabic only with Debian's language pack (firefox-esr-l10n-ar). */
function firefoxHasArabic(): boolean {
  const firefox = process.env.FIREFOX_PATH ?? "/usr/lib/firefox-esr/firefox-esr";
  const extensions = join(dirname(firefox), "browser/extensions");
  return (
    existsSync(extensions) && readdirSync(extensions).some((f) => f.startsWith("langpack-ar@"))
  );
}

/**
 * The popup, the options page and the card with the Arabic UI, in the light and the dark scheme
 * (Firefox takes the scheme as a launch pref, so each is a session of its own).
 */
describe.skipIf(!firefoxHasArabic()).each(["light", "dark"] as const)(
  "the Arabic UI in firefox, %s scheme",
  (scheme) => {
    let session: Session;
    beforeAll(async () => {
      session = await launch("firefox", { locale: "ar", darkScheme: scheme === "dark" });
    });
    afterAll(() => session?.close());

    it("has a popup, an options page and a card that meet WCAG AA according to axe-core", async () => {
      const page = await openPage(session, `${server.url}/seed/article.html`);
      await setViewport(page, { width: 1100, height: 900 });
      const popup = await openExtensionPage(session, page, "popup");
      await popup.waitForSelector("[data-testid=status][data-status=done]", { timeout: 30_000 });
      expect(await popup.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
        scheme === "dark",
      );
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe("rtl");
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();

      const options = await openExtensionPage(session, page, "options");
      await options.waitForSelector("#ruleset-file");
      expect(await options.evaluate(() => document.documentElement.dir)).toBe("rtl");
      expect(await axeViolations(options)).toEqual([]);
      await options.close();

      await page.bringToFront();
      await hoverMarkedQuote(page, "تواطأت");
      const card = await waitForCard(page);
      // The card speaks the UI's language: "Said by" and "Unverified allegation" in Arabic.
      expect(card).toContain("قاله:");
      expect(card).toContain("ادعاء غير مؤكد");
      expect(
        await page.evaluate(() => {
          const frame = document
            .querySelector("source-context-card")
            ?.shadowRoot?.querySelector<HTMLElement>(".frame");
          return frame ? getComputedStyle(frame).direction : null;
        }),
      ).toBe("rtl");
      expect(await axeViolations(page, "source-context-card")).toEqual([]);
      await page.close();
    });
  },
);
