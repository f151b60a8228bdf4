import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { BROWSERS, launch, openExtensionPage, openPage, type Session } from "./browsers";

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
});
afterAll(() => server.close());

describe.each(BROWSERS)("extension skeleton in %s", (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(() => session?.close());

  it("runs the content script on the seed article and answers the popup through the background", async () => {
    const page = await openPage(session, `${server.url}/seed/article.html`);
    const popup = await openExtensionPage(session, page, "popup");
    const verdict = await popup.waitForSelector("[data-status=done] .verdict", { timeout: 20_000 });
    expect(await verdict?.evaluate((el) => el.textContent)).toMatch(
      /\d+ statements, \d+ allegations/,
    );
    await popup.close();
    await page.close();
  });
});
