import { describe, expect, it } from "vitest";
import { decodeHtml, nestingDepth } from "../../src/cli/html-input";

describe("decodeHtml", () => {
  const arabic = "قال";
  // «قال» in windows-1256.
  const cp1256 = [0xde, 0xc7, 0xe1];
  const bytes = (head: string, body: number[]) =>
    Uint8Array.from([...Buffer.from(`<html><head>${head}</head><body>`), ...body]);

  it("follows <meta charset> and http-equiv", () => {
    expect(decodeHtml(bytes('<meta charset="windows-1256">', cp1256)).html).toContain(arabic);
    const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">';
    expect(decodeHtml(bytes(equiv, cp1256)).encoding).toBe("windows-1256");
  });

  it("reads an undeclared page as UTF-8 when it is valid UTF-8, else as windows-1252", () => {
    expect(decodeHtml(bytes("", [...Buffer.from(arabic)]))).toEqual({
      html: expect.stringContaining(arabic),
      encoding: "UTF-8",
    });
    expect(decodeHtml(bytes("", [0xe9])).html).toContain("é");
  });
});

describe("nestingDepth", () => {
  it("counts open elements as a parser would", () => {
    expect(nestingDepth("<div><p>a<p>b<br><img></div>")).toBe(2);
    expect(nestingDepth("<div><!-- <div><div> --><script><div><div></script></div>")).toBe(1);
    expect(nestingDepth("<ul><li>a<li>b<li>c</ul>")).toBe(2);
    expect(nestingDepth("<div>".repeat(50))).toBe(50);
  });

  it("stops counting past its limit", () => {
    expect(nestingDepth("<span>".repeat(100_000), 10)).toBe(11);
  });

  it("survives unclosed comments, tags and raw text", () => {
    expect(nestingDepth("<div><!-- never closed")).toBe(1);
    expect(nestingDepth("<div><span class='x")).toBe(1);
    expect(nestingDepth("<div><script>var a = '<div>'")).toBe(1);
  });
});
