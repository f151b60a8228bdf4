import { describe, expect, it } from "vitest";
import { jsonLdNodes, propertyName, schemaTypes, shortType } from "../../src/page/json-ld";
import { parseHtml } from "../../src/page/node-dom";

const ld = (...blocks: string[]) =>
  parseHtml(blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join(""));

describe("jsonLdNodes", () => {
  it("flattens arrays, @graph members and nested objects in order", () => {
    const doc = ld(
      '[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"P"}}]}]',
    );
    const types = jsonLdNodes(doc).flatMap(schemaTypes);
    expect(types).toEqual(["WebSite", "NewsArticle", "Organization"]);
  });

  it("accepts CDATA and comment wrappers and skips broken JSON", () => {
    const doc = ld('<!--{"@type":"Article"}-->', "{not json", '<![CDATA[{"@type":"Recipe"}]]>');
    expect(jsonLdNodes(doc).flatMap(schemaTypes)).toEqual(["Article", "Recipe"]);
  });

  it("ignores other script types", () => {
    const doc = parseHtml('<script type="application/json">{"@type":"NewsArticle"}</script>');
    expect(jsonLdNodes(doc)).toEqual([]);
  });
});

describe("schema helpers", () => {
  it("strips vocabulary prefixes from type names", () => {
    expect(shortType("http://schema.org/NewsArticle")).toBe("NewsArticle");
    expect(shortType("schema:Article")).toBe("Article");
    expect(schemaTypes({ "@type": ["https://schema.org/Article", 3, "Report"] })).toEqual([
      "Article",
      "Report",
    ]);
  });

  it("reads a property's name from an object, an array or a string", () => {
    expect(propertyName({ publisher: { name: " Daily " } }, "publisher")).toBe("Daily");
    expect(propertyName({ publisher: [{ name: "First" }, { name: "Second" }] }, "publisher")).toBe(
      "First",
    );
    expect(propertyName({ publisher: "Plain" }, "publisher")).toBe("Plain");
    expect(propertyName({ publisher: { url: "x" } }, "publisher")).toBeUndefined();
  });
});
