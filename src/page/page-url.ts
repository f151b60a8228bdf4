import { metaValues } from "./meta";

/** Host standing in for an unknown address (a file parsed in Node) when resolving relative links. */
export const UNKNOWN_HOST = "unknown.invalid";
const UNKNOWN_BASE = `https://${UNKNOWN_HOST}/`;

function parse(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The page's own URL: its canonical link or og:url (the publisher's statement, free of tracking
 * parameters), else the given address, else the document's, when it is http(s).
 */
export function pageUrl(doc: Document, url?: string): URL | null {
  const address = parse(url, UNKNOWN_BASE) ?? parse(doc.URL, UNKNOWN_BASE);
  const base = address?.href ?? UNKNOWN_BASE;
  const canonical = Array.from(doc.querySelectorAll("link")).find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  return (
    parse(canonical?.getAttribute("href"), base) ??
    parse(metaValues(doc).get("og:url"), base) ??
    address
  );
}
