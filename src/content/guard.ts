/** A failure here must never break the page: it is logged and the page is left alone. */
export function guard<T>(work: () => Promise<T>): Promise<T | undefined> {
  return work().catch((error: unknown) => {
    console.warn("[Source Context]", error);
    return undefined;
  });
}
