import htmlEncodingSniffer from "html-encoding-sniffer";

/**
 * The text of an HTML file's bytes, decoded as a browser would: by its byte order mark, else the
 * charset its first 1024 bytes declare (<meta charset>, http-equiv Content-Type), found by the
 * HTML standard's prescan (html-encoding-sniffer, jsdom's own). A page that declares nothing is
 * read as UTF-8 when it is valid UTF-8, else as windows-1252, as browsers guess.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const declared = htmlEncodingSniffer(bytes, { defaultEncoding: "UTF-8" });
  const other = htmlEncodingSniffer(bytes, { defaultEncoding: "windows-1252" });
  let encoding = declared;
  if (declared !== other) {
    // Neither default was overridden by a declaration: only the bytes can tell.
    try {
      return { html: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding };
    } catch {
      encoding = other;
    }
  }
  return { html: new TextDecoder(encoding).decode(bytes), encoding };
}

/**
 * Pages nested deeper than this are refused: jsdom, the CLI's HTML parser, takes time growing
 * with the square of the depth (1,000 levels of <div> take seconds, 8,000 a minute) and
 * overflows its stack at 13,000-20,000. Real pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 1000;

/** Elements that never have content, and those whose content is not markup. */
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr".split(" "),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe"]);
/** Elements an opening tag of their own kind closes (a new <p> ends the open one). */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th"]);
/** How far up the open elements an end tag looks for its element (tag soup is not searched). */
const END_TAG_REACH = 16;

const rawTextEnds = new Map<string, RegExp>();
const rawTextEnd = (name: string) => {
  let re = rawTextEnds.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, "gi");
    rawTextEnds.set(name, re);
  }
  return re;
};

const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * How deep the elements of `html` nest, estimated in one pass over its tags: a stack of open
 * elements, with comments, void elements, raw text, self-closing siblings and end tags found near
 * the top handled as the parser would. Every scan moves forward, so the pass is linear whatever
 * the markup (unclosed comments and tags included). Stops counting past `limit`.
 */
export function nestingDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const open: string[] = [];
  let deepest = 0;
  let i = 0;
  while (deepest <= limit) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    const m = TAG_NAME.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!m) continue;
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      for (let at = open.length - 1; at >= Math.max(0, open.length - END_TAG_REACH); at--) {
        if (open[at] !== name) continue;
        open.length = at;
        break;
      }
      continue;
    }
    if (VOID.has(name) || html[gt - 1] === "/") continue;
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = i;
      if (!end.exec(html)) break;
      i = end.lastIndex;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}
