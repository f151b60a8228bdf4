import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/page/node-dom";
import { visibleText } from "../../src/page/visible-text";

function textOf(html: string): string {
  const doc = parseHtml(`<!doctype html><body><div id="root">${html}</div></body>`);
  return visibleText(doc.getElementById("root") as Element).text;
}

describe("visibleText", () => {
  it("collapses whitespace runs like rendered text, none at block starts or ends", () => {
    expect(textOf("<p>  one \n\t two   </p>")).toBe("one two");
    expect(textOf("one<em> two </em> three")).toBe("one two three");
  });

  it("keeps inline elements in the flow and breaks between blocks", () => {
    expect(
      textOf("<p>An <em>emphasised</em> and <a href='#'>linked</a> word.</p><p>Next.</p>"),
    ).toBe("An emphasised and linked word.\n\nNext.");
    expect(
      textOf("<h2>Title</h2><div>Body <span>text</span></div><ul><li>a</li><li>b</li></ul>"),
    ).toBe("Title\n\nBody text\n\na\n\nb");
  });

  it("turns <br> into a line break and two <br> into a paragraph break", () => {
    expect(textOf("<p>one<br>two<br> <br>three</p>")).toBe("one\ntwo\n\nthree");
  });

  it("keeps non-breaking spaces and whitespace inside <pre>", () => {
    expect(textOf("<p>10\u00a0km</p>")).toBe("10\u00a0km");
    expect(textOf("<p>code:</p><pre>a  b\n  c</pre>")).toBe("code:\n\na  b\n  c");
    const doc = parseHtml("<pre><span id='s'>x  y</span></pre>");
    expect(visibleText(doc.getElementById("s") as Element).text).toBe("x  y");
  });

  it("separates table cells and rows", () => {
    expect(textOf("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")).toBe(
      "a b\n\nc",
    );
  });

  it("skips scripts, styles, templates, forms, navigation and hidden or editable parts", () => {
    const html = [
      "<p>kept</p>",
      "<script>var x = 1;</script><style>p{}</style><noscript>js off</noscript>",
      "<template><p>template</p></template><form><textarea>typed</textarea>add a comment</form>",
      "<nav>Home</nav><footer>Contact</footer><aside>Related</aside>",
      "<p hidden>hidden</p><p aria-hidden='true'>aria</p><p style='color:red; display: none'>none</p>",
      "<p style='visibility:hidden'>invisible</p><div contenteditable>editable</div>",
      "<div data-source-context-host><p>our card</p></div>",
      "<div class='comments-area'>comment</div><div id='related-links'>more</div>",
      "<p contenteditable='false'>also kept</p><div class='commentary'>analysis</div>",
      "<p>read <span class='sr-only'>skip link</span>on<span class='off-screen'> comments</span></p>",
      "<div class='ad ad-slot'>Advertisement</div><div class='robots-nocontent'>boilerplate</div>",
    ].join("");
    expect(textOf(html)).toBe("kept\n\nalso kept\n\nanalysis\n\nread on");
  });

  it("drops lists of links but keeps lists of text with a link in them", () => {
    const related =
      "<ul><li><a href='#'>'Shock' as minister quits</a></li><li><a href='#'>More</a></li></ul>";
    const points =
      "<ol><li>The <a href='#'>report</a> was delayed by two years.</li><li>It names no one.</li></ol>";
    expect(textOf(`<p>Story.</p>${related}${points}`)).toBe(
      "Story.\n\nThe report was delayed by two years.\n\nIt names no one.",
    );
  });

  it("keeps a content container whose class also names a boilerplate word", () => {
    expect(textOf("<div class='article-body js-social-anchor'><p>story</p></div>")).toBe("story");
  });

  it("keeps the ad skin or wallpaper that wraps a whole page, but not an ad slot", () => {
    expect(textOf("<div id='adSkinLayer1'><p>story</p><div class='ad'>Buy now</div></div>")).toBe(
      "story",
    );
    expect(textOf("<div class='ad-wallpaper'><p>story</p></div>")).toBe("story");
  });

  it("survives 10,000 nested elements", () => {
    // Built bottom-up and left detached: jsdom itself recurses when attaching or parsing this deep.
    const doc = parseHtml("<body></body>");
    let top: Element = doc.createElement("p");
    top.append("deep ", doc.createElement("br"), "text");
    for (let i = 0; i < 10_000; i++) {
      const parent = doc.createElement(i % 2 ? "span" : "div");
      parent.appendChild(top);
      top = parent;
    }
    expect(visibleText(top).text).toBe("deep\ntext");
  });

  it("handles a 5 MB text node, mapping it with one segment", () => {
    const doc = parseHtml("<body><p id='root'></p></body>");
    const big = "word ".repeat(1_000_000);
    doc.getElementById("root")?.appendChild(doc.createTextNode(big));
    const { text, map } = visibleText(doc.getElementById("root") as Element);
    expect(text).toBe(big.trimEnd());
    expect(map.segments.length).toBe(1);
  });
});
