import { jsonLdNodesSteps, propertyName, schemaTypes } from "./json-ld";
import { metaValues } from "./meta";
import { pageUrl, UNKNOWN_HOST } from "./page-url";
import { runSteps, type Steps } from "./steps";

const ORGANIZATION_TYPES = new Set(["Organization", "NewsMediaOrganization", "Corporation"]);

/**
 * Who publishes the page: og:site_name, else the JSON-LD publisher of the page's content (or its
 * only organisation), else the host name without "www.". DOM-only, so the content script uses it too.
 */
export function pagePublisher(doc: Document, url?: string): string | undefined {
  return runSteps(pagePublisherSteps(doc, url));
}

/** pagePublisher() as a walk that pauses at checkpoints (see steps.ts). */
export function* pagePublisherSteps(doc: Document, url?: string): Steps<string | undefined> {
  const siteName = metaValues(doc).get("og:site_name");
  if (siteName) return siteName;
  const nodes = yield* jsonLdNodesSteps(doc);
  for (const node of nodes) {
    const name = propertyName(node, "publisher");
    if (name) return name;
  }
  for (const node of nodes) {
    if (schemaTypes(node).some((t) => ORGANIZATION_TYPES.has(t)) && typeof node.name === "string") {
      const name = node.name.trim();
      if (name) return name;
    }
  }
  const host = pageUrl(doc, url)?.hostname.replace(/^www\./, "");
  return host && host !== UNKNOWN_HOST ? host : undefined;
}
