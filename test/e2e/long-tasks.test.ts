import { afterAll, beforeAll, describe, it } from "vitest";
import { type StaticServer, serveFolder } from "../../src/cli/static-server";
import { expectNoLongTaskBeyondThePage, launchPair } from "./long-tasks";

let server: StaticServer;
let pair: Awaited<ReturnType<typeof launchPair>>;
beforeAll(async () => {
  server = await serveFolder(new URL("../fixtures", import.meta.url).pathname);
  pair = await launchPair();
});
afterAll(async () => {
  await pair?.close();
  await server?.close();
});

describe("no long task on the page at 4x CPU throttling, chromium", () => {
  it.each([
    ["the seed", "seed/article.html"],
    ["guardian-1", "pages/guardian-1.html"],
    ["a conflict article", "perf/conflict-en01.html"],
  ])("%s: none beyond the page's own, and the marks appear", async (_, path) => {
    await expectNoLongTaskBeyondThePage(pair, `${server.url}/${path}`, { marks: true });
  });
});
