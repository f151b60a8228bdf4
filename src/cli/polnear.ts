import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A span of an annotation: one or more fragments, offsets into the article text. */
export type Fragments = { start: number; end: number }[];

export interface GoldAttribution {
  content: Fragments;
  cue: Fragments | null;
  source: Fragments | null;
}

export interface GoldArticle {
  name: string;
  /** The .ann file scored: the first alphabetically when two annotators did the article. */
  annotationFile: string;
  /** How many annotators' .ann files the article has. */
  annotators: number;
  text: string;
  attributions: GoldAttribution[];
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedRoot = path.resolve(repoRoot, "../shared");

export function polnearDir(split: "train" | "dev"): string {
  return path.join(sharedRoot, "data/polnear", split);
}

function parseFragments(ranges: string): Fragments {
  return ranges.split(";").map((r) => {
    const [a, b] = r.trim().split(/\s+/).map(Number);
    return { start: a ?? 0, end: b ?? 0 };
  });
}

/** Parses brat standoff: T lines (spans) and E lines (attributions tying Content, Cue, Source). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; fragments: Fragments }>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    const body = cols[1];
    if (body === undefined) continue;
    if (/^T\d+$/.test(id)) {
      const space = body.indexOf(" ");
      if (space < 0) continue;
      spans.set(id, {
        type: body.slice(0, space),
        fragments: parseFragments(body.slice(space + 1)),
      });
    } else if (/^E\d+$/.test(id)) {
      const roles = new Map<string, string>();
      for (const part of body.trim().split(/\s+/)) {
        const colon = part.indexOf(":");
        if (colon > 0) roles.set(part.slice(0, colon), part.slice(colon + 1));
      }
      events.push(roles);
    }
  }
  const out: GoldAttribution[] = [];
  for (const roles of events) {
    const content = spans.get(roles.get("Content") ?? "");
    if (!content) continue;
    const cue = spans.get(roles.get("Cue") ?? "");
    const source = spans.get(roles.get("Source") ?? "");
    out.push({
      content: content.fragments,
      cue: cue ? cue.fragments : null,
      source: source ? source.fragments : null,
    });
  }
  return out;
}

/** Every article of a split, scored against its first annotator; null when the data is absent. */
export function loadPolnear(split: "train" | "dev"): GoldArticle[] | null {
  const dir = polnearDir(split);
  if (!existsSync(dir)) return null;
  const annFiles = readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const byArticle = new Map<string, string[]>();
  for (const f of annFiles) {
    const name = f.slice(0, f.lastIndexOf("_"));
    byArticle.set(name, [...(byArticle.get(name) ?? []), f]);
  }
  const out: GoldArticle[] = [];
  for (const [name, files] of byArticle) {
    const annotationFile = files[0] as string;
    const textPath = path.join(dir, "text", `${name}.txt`);
    if (!existsSync(textPath)) continue;
    out.push({
      name,
      annotationFile,
      annotators: files.length,
      text: readFileSync(textPath, "utf8"),
      attributions: parseAnn(readFileSync(path.join(dir, "attributions", annotationFile), "utf8")),
    });
  }
  return out;
}
