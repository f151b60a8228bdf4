/** The page's <meta> values by lower-case property or name; the first occurrence wins. */
export function metaValues(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of doc.querySelectorAll("meta")) {
    const name = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? "").toLowerCase();
    const content = meta.getAttribute("content")?.trim();
    if (name && content && !metas.has(name)) metas.set(name, content);
  }
  return metas;
}
