import { describe, expect, it } from "vitest";
import { textLengthSteps } from "../../src/content/page-size";
import { parseHtml } from "../../src/page/node-dom";
import { runSteps } from "../../src/page/steps";

describe("textLengthSteps", () => {
  it("counts what textContent holds, without building it", () => {
    const doc = parseHtml(
      "<body><p>One <b>two</b></p><script>var x = 1;</script><div>three<br>four</div></body>",
    );
    expect(runSteps(textLengthSteps(doc.body, 1000))).toBe(doc.body.textContent?.length);
  });

  it("stops once past the limit, and pauses on long texts", () => {
    const doc = parseHtml(
      `<body><p>${"x".repeat(100_000)}</p><p>${"y".repeat(100_000)}</p></body>`,
    );
    const steps = textLengthSteps(doc.body, 50_000);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(next.value).toBe(100_000);
    expect(pauses).toBeGreaterThan(0);
  });
});
