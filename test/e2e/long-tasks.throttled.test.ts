import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttledRun } from "../../src/cli/bench/long-tasks";
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
  ])(
    "%s: none beyond the page's own, and the marks appear",
    async (_, path) => {
      await expectNoLongTaskBeyondThePage(pair, `${server.url}/${path}`, { marks: true });
    },
    // Up to four rounds of two throttled loads on a shared machine: a limit, not a speed check.
    300_000,
  );
});

describe("the long-task counts at 4x CPU throttling, chromium", () => {
  it("see a long task the page makes itself, by CPU time and by the clock", async () => {
    const run = await throttledRun(pair.plain, `${server.url}/perf/busy-after-load.html`, {
      extension: false,
    });
    expect(run.cpuAfterLoad.length).toBeGreaterThanOrEqual(1);
    expect(run.afterLoad.length).toBeGreaterThanOrEqual(1);
    expect(run.cpuAfterDomContentLoaded.length).toBeGreaterThanOrEqual(run.cpuAfterLoad.length);
  });
});
