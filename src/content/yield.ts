/** Gives the page's main thread back between chunks of work, so no task runs long. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `step` over items, yielding whenever a slice has used its time budget. */
export async function inSlices<T>(items: readonly T[], step: (item: T) => void, budgetMs = 8) {
  let sliceStart = performance.now();
  for (const item of items) {
    step(item);
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
