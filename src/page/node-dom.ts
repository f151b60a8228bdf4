import { JSDOM, VirtualConsole } from "jsdom";

/**
 * Parses HTML into a DOM Document in Node (CLI and tests). Scripts do not run and resources are not
 * loaded; jsdom's complaints about page CSS are silenced because saved pages are full of them.
 */
export function parseHtml(html: string, url?: string): Document {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
  return dom.window.document;
}
