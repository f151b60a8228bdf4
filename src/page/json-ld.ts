import { checkpoints, runSteps, type Steps, textUnits } from "./steps";

/**
 * schema.org JSON-LD objects of a page, flattened: top-level objects, arrays, @graph members and
 * nested objects are all listed, in document order. Malformed blocks are skipped.
 */
export type JsonLdNode = Record<string, unknown>;

/** Bounds the work on pages that embed huge JSON-LD blocks. */
const MAX_NODES = 2000;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseBlock(raw: string): unknown {
  // Some CMSs wrap the JSON in CDATA or HTML comment markers.
  const text = raw
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/, "")
    .replace(/(?:\]\]>|-->)$/, "")
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function jsonLdNodes(doc: Document): JsonLdNode[] {
  return runSteps(jsonLdNodesSteps(doc));
}

/** jsonLdNodes() as a walk that pauses at checkpoints (see steps.ts). */
export function* jsonLdNodesSteps(doc: Document): Steps<JsonLdNode[]> {
  const due = checkpoints();
  const nodes: JsonLdNode[] = [];
  const pending: unknown[] = [];
  const scripts = doc.querySelectorAll("script");
  yield;
  for (const script of scripts) {
    if (due()) yield;
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    const raw = script.textContent ?? "";
    const parsed = parseBlock(raw);
    if (parsed !== undefined) pending.push(parsed);
    if (due(textUnits(raw.length))) yield;
  }
  // Breadth-first over a queue so nesting depth cannot overflow the stack.
  for (let i = 0; i < pending.length && nodes.length < MAX_NODES; i++) {
    const value = pending[i];
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (isObject(value)) {
      nodes.push(value);
      for (const child of Object.values(value)) {
        if (typeof child === "object" && child !== null) pending.push(child);
      }
    }
  }
  return nodes;
}

/** The schema.org type names of a node, without any vocabulary prefix ("http://schema.org/"). */
export function schemaTypes(node: JsonLdNode): string[] {
  const raw = node["@type"];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === "string").map(shortType);
}

export function shortType(type: string): string {
  const cut = Math.max(type.lastIndexOf("/"), type.lastIndexOf(":"), type.lastIndexOf("#"));
  return type.slice(cut + 1);
}

/** The `name` of a node's property when it is an object (or the string itself). */
export function propertyName(node: JsonLdNode, property: string): string | undefined {
  const value = node[property];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first.trim() || undefined;
  if (isObject(first) && typeof first.name === "string") return first.name.trim() || undefined;
  return undefined;
}
