import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/page/node-dom";
import { pageUrl } from "../../src/page/page-url";

describe("pageUrl", () => {
  it("prefers the canonical link, then og:url, then the address", () => {
    const both = parseHtml(
      '<link rel="canonical" href="/2024/01/02/story"><meta property="og:url" content="https://x.test/og">',
    );
    expect(pageUrl(both, "https://x.test/page?utm=1")?.href).toBe(
      "https://x.test/2024/01/02/story",
    );
    const og = parseHtml('<meta property="og:url" content="https://x.test/og">');
    expect(pageUrl(og, "https://x.test/page")?.href).toBe("https://x.test/og");
    expect(pageUrl(parseHtml(""), "https://x.test/page")?.href).toBe("https://x.test/page");
  });

  it("resolves protocol-relative links and ignores non-web addresses", () => {
    const doc = parseHtml('<link rel="canonical" href="//us.example.com/news/">');
    expect(pageUrl(doc)?.href).toBe("https://us.example.com/news/");
    expect(pageUrl(parseHtml(""), "file:///tmp/a.html")).toBeNull();
    expect(pageUrl(parseHtml(""))).toBeNull();
  });

  it("uses the document's own URL when no address is given", () => {
    expect(pageUrl(parseHtml("", "https://x.test/a"))?.href).toBe("https://x.test/a");
  });
});
