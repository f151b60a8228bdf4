import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in an extension page, or on part of a page (`include`: a CSS selector, whose
 * shadow roots axe enters too). Their CSP forbids inline scripts, so axe is not injected as a
 * script tag: its source is evaluated through the automation protocol (CDP, WebDriver BiDi), which
 * the page's CSP does not govern, in both browsers.
 */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  const loaded = await page.evaluate(`${AXE_SOURCE};\ntypeof window.axe === "object"`);
  if (!loaded) throw new Error("axe-core did not load in the page");
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const context = selector ? { include: [selector] } : document;
    const results = await axe.run(context, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, include);
}

interface AxeLike {
  run(
    context: Document | { include: string[] },
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
}
