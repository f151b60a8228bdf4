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
} as const;

export interface Check {
  budget: string;
  measured: string;
  ok: boolean;
}
