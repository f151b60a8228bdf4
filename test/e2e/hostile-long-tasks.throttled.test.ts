import { afterAll, beforeAll, describe, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { HOSTILE_PAGES, writePages } from "../fixtures/hostile/pages";
import { expectNoLongTaskBeyondThePage, launchPair } from "./long-tasks";

let server: StaticServer;
let pages: ReturnType<typeof writePages>;
beforeAll(async () => {
  pages = writePages(HOSTILE_PAGES);
  server = await serveFolder(pages.dir);
});
afterAll(async () => {
  await server.close();
  pages.remove();
});

describe("hostile pages at 4x CPU throttling, chromium", () => {
  let pair: Awaited<ReturnType<typeof launchPair>>;
  beforeAll(async () => {
    pair = await launchPair();
  });
  afterAll(() => pair?.close());

  it.each([
    ["100,000 nodes", "many-nodes.html"],
    ["nesting 10,000 deep", "deep-nesting.html"],
    ["one 5 MB text node", "huge-text-node.html"],
  ])(
    "%s: no long task beyond the page's own",
    async (_, file) => {
      await expectNoLongTaskBeyondThePage(pair, `${server.url}/${file}`, { marks: false });
    },
    // Up to four rounds of two throttled loads of a page that takes seconds to lay out at 4x: a
    // limit on how long the test may run, not a speed check.
    480_000,
  );
});
