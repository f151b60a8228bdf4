import { afterAll, beforeAll, describe, it } from "vitest";
import { HOSTILE_PAGES, servePages } from "../fixtures/hostile/pages";
import { expectNoLongTaskBeyondThePage, launchPair } from "./long-tasks";

const serverUrl = servePages(HOSTILE_PAGES);

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
      await expectNoLongTaskBeyondThePage(pair, `${serverUrl()}/${file}`, { marks: false });
    },
    // Up to four rounds of two throttled loads of a page that takes seconds to lay out at 4x: a
    // limit on how long the test may run, not a speed check.
    480_000,
  );
});
