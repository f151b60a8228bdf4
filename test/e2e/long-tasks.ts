import { loadavg } from "node:os";
import puppeteer, { type Browser } from "puppeteer-core";
import { expect } from "vitest";
import { compareLongTasks, type LongTaskComparison } from "../../src/cli/bench/long-tasks";
import { chromiumWithExtension } from "../../src/cli/chromium";
import { extensionDir } from "./browsers";

/** Two Chromiums, one with the test build of the extension and one without, for the comparison. */
export async function launchPair(): Promise<{
  ext: Browser;
  plain: Browser;
  close(): Promise<void>;
}> {
  const options = chromiumWithExtension(extensionDir("chromium"));
  const { enableExtensions: _, ...plainOptions } = options;
  const ext = await puppeteer.launch(options);
  const plain = await puppeteer.launch(plainOptions);
  return { ext, plain, close: async () => void (await Promise.all([ext.close(), plain.close()])) };
}

/**
 * Loads `url` at 4x CPU throttling with the extension and without it, and expects no long task
 * with it beyond those of the page alone: counted by the main thread's CPU time (robust to other
 * jobs on the machine, see src/cli/bench/thread-time.ts) from the load event, each side by its
 * fewest in up to four rounds (interference only ever adds); the counts from DOMContentLoaded are
 * printed beside them.
 */
export async function expectNoLongTaskBeyondThePage(
  pair: { ext: Browser; plain: Browser },
  url: string,
  { marks }: { marks: boolean },
): Promise<LongTaskComparison> {
  const result = await compareLongTasks(pair.ext, pair.plain, url, { rounds: 4 });
  const summary = (runs: LongTaskComparison["without"]) =>
    runs
      .map(
        (r) => `[${r.cpuAfterDomContentLoaded.join(",")} | ${r.afterDomContentLoaded.join(",")}]`,
      )
      .join(" ");
  console.log(
    `[long tasks at 4x] ${new URL(url).pathname}: with the extension ${summary(result.withExtension)}, without ${summary(result.without)} (per round, from DOMContentLoaded: [CPU ms | wall ms]; load average ${loadavg()[0]?.toFixed(1)})`,
  );
  expect(result.fewestWith).toBeLessThanOrEqual(result.fewestWithout);
  for (const run of result.withExtension) {
    if (marks) {
      expect(run.status).toBe("done");
      expect(run.marks).toBeGreaterThan(0);
    } else expect(["done", "gave-up"]).toContain(run.status);
  }
  return result;
}
