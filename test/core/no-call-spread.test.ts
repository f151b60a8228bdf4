import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
/** The engine and the ruleset code it runs: everything a page's text goes through. */
const ENGINE = ["src/core", "src/ruleset"];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/**
 * Each `f(...xs)` / `new F(...xs)` in a source: spreading an array into a call puts every
 * element on the stack, so a long one throws RangeError (`Math.min(...figures)` did, on one
 * clause of 130,000 numbers).
 */
function callSpreads(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isSpreadElement(node) &&
      (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${node.parent.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the engine never spreads an array into a call", () => {
  it("has no f(...xs) in src/core or src/ruleset", () => {
    const files = ENGINE.flatMap(sources);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => callSpreads(f, readFileSync(path.join(root, f), "utf8")))).toEqual(
      [],
    );
  });

  it("finds one where there is one (the check is not vacuous)", () => {
    const code = "const a = [1]; Math.min(...a); const b = [...a]; new Set(...[a]);";
    expect(callSpreads("x.ts", code)).toEqual([
      "x.ts:1: Math.min(...a)",
      "x.ts:1: new Set(...[a])",
    ]);
  });
});
