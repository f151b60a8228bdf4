import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/page/node-dom";

describe("parseHtml", () => {
  it("parses a page into a document with the given URL, without running its scripts", () => {
    const doc = parseHtml(
      "<html lang='ar'><body><p>نص</p><script>document.body.textContent='ran'</script></body></html>",
      "https://example.com/a",
    );
    expect(doc.URL).toBe("https://example.com/a");
    expect(doc.documentElement.lang).toBe("ar");
    expect(doc.querySelector("p")?.textContent).toBe("نص");
  });

  it("tolerates broken CSS without noise", () => {
    const doc = parseHtml("<style>p { color: ;; }}</style><p>x</p>");
    expect(doc.querySelector("p")?.textContent).toBe("x");
  });
});
