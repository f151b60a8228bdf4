import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/page/node-dom";
import { pagePublisher } from "../../src/page/publisher";
import { fixtureDoc } from "./fixture-pages";

describe("pagePublisher", () => {
  it("prefers og:site_name", () => {
    expect(pagePublisher(fixtureDoc("seed/article.html"))).toBe("مرآة سوريا");
    expect(pagePublisher(fixtureDoc("pages/bbc-1.html"))).toBe("BBC News");
  });

  it("falls back to the JSON-LD publisher, then to a lone organisation", () => {
    const withPublisher = parseHtml(
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Star"}}</script>',
    );
    expect(pagePublisher(withPublisher)).toBe("Daily Star");
    const organisation = parseHtml(
      '<script type="application/ld+json">{"@type":"NewsMediaOrganization","name":"Wire"}</script>',
    );
    expect(pagePublisher(organisation)).toBe("Wire");
  });

  it("falls back to the host name, and to nothing for a page without address", () => {
    const doc = parseHtml("<p>x</p>");
    expect(pagePublisher(doc, "https://www.example.org/a/b")).toBe("example.org");
    expect(pagePublisher(doc)).toBeUndefined();
    expect(pagePublisher(parseHtml("<p>x</p>", "https://news.example.com/"))).toBe(
      "news.example.com",
    );
  });
});
