import { focusRange } from "./highlights";

const FLASH_MS = 1600;
let flashTimer = 0;

/** Scrolls a range to the middle of the viewport and flashes it with the focus highlight. */
export function reveal(range: Range, flash = true): void {
  const rect = range.getBoundingClientRect();
  window.scrollBy({
    top: rect.top - window.innerHeight / 2 + rect.height / 2,
    behavior: "instant",
  });
  focusRange(range);
  window.clearTimeout(flashTimer);
  if (flash) flashTimer = window.setTimeout(() => focusRange(null), FLASH_MS);
}
