import type { Page } from "puppeteer-core";

/**
 * Moves the pointer onto the mark that contains `needle` (a piece of a statement, its speaker or
 * an allegation), as a reader would: along the mark's own line, so it crosses no other finding on
 * the way. The mark is found through the page's CSS highlights; a page that replaced `CSS` or `Range.prototype.getClientRects` (the
 * hostile tests) may keep the originals in `__origCSS` / `__origGetClientRects`.
 */
export async function hoverMarkedQuote(page: Page, needle: string): Promise<void> {
  const point = await page.evaluate((text) => {
    const w = window as unknown as {
      __origCSS?: typeof CSS;
      __origGetClientRects?: () => DOMRectList;
    };
    const css = w.__origCSS ?? CSS;
    const rectsOf = w.__origGetClientRects ?? Range.prototype.getClientRects;
    const ranges: Range[] = [];
    css.highlights.forEach((highlight, name) => {
      if (name.startsWith("source-context-") && name !== "source-context-focus") {
        ranges.push(...(highlight as unknown as Iterable<Range>));
      }
    });
    const range = ranges.find((r) => r.toString().includes(text));
    if (!range) throw new Error(`no marked quote contains ${text}`);
    let rect = rectsOf.call(range)[0];
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
      window.scrollBy(0, rect.top - window.innerHeight / 2);
      rect = rectsOf.call(range)[0];
    }
    if (!rect) throw new Error("the marked quote has no box");
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  }, needle);
  await page.mouse.move(1, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** Waits until the card shows (holding `contains`, when given) and returns its text. */
export async function waitForCard(
  page: Page,
  { contains = "", timeoutMs = 10_000 }: { contains?: string; timeoutMs?: number } = {},
): Promise<string> {
  const text = await page.waitForFunction(
    (expected) => {
      const frame = document
        .querySelector("source-context-card")
        ?.shadowRoot?.querySelector<HTMLElement>(".frame");
      const shown = frame && !frame.hidden ? (frame.textContent ?? "") : null;
      return shown?.includes(expected) ? shown : null;
    },
    { timeout: timeoutMs },
    contains,
  );
  return (await text.jsonValue()) as string;
}
