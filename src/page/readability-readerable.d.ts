/** Readability's cheap pre-check, imported alone so the content script does not bundle all of Readability. */
declare module "@mozilla/readability/Readability-readerable.js" {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number },
  ): boolean;
}
