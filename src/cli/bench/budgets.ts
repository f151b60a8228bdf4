/** The budgets of issue 7. Missing one makes `npm run bench` exit 1; they are not to be loosened. */
export const BUDGETS = {
  /** Longest task the extension may cause on a page (the RAIL "long task" threshold). */
  longTaskMs: 50,
  /**
   * Engine throughput on this machine: 5 MB of text per second, read as 5 million characters per
   * second, which is at least as strict as 5 MB of UTF-8 (Arabic letters take two bytes).
   */
  minCharsPerSecond: 5_000_000,
  /** Engine time on a page's extracted text, as a share of readability's parse of that page. */
  maxReadabilityShare: 0.25,
  /** The whole content script, its chunks and the bundled ruleset, gzipped. */
  maxContentScriptGzipBytes: 150 * 1024,
  /** Per-character time at 100x the seed's text, relative to 1x. */
  maxGrowthPerCharRatio: 2,
  /** Issue 15: the engine's speed as a share of a tokenising pass over the same texts. */
  minShareOfTokenising: 0.1,
  /** Issue 15: per-character time with every text of a corpus 16x as long, relative to 1x. */
  maxGrowth16PerCharRatio: 1.5,
  /** Issue 15: the built analyze CLI's start-up, relative to a bare `node -e 0`. */
  maxCliStartupRatio: 8,
  /** Issue 15: `--jobs 2` over `--jobs 1` on 200 articles, on a machine with two cores or more. */
  minJobsSpeedup: 1.6,
} as const;

export interface Check {
  budget: string;
  measured: string;
  ok: boolean;
}
