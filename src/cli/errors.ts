/**
 * Error analysis of the English attributions, largest classes first: false positives by cue,
 * missed statements by their annotated cue, and boundary errors (matched, content Jaccard < 0.8)
 * by kind. Development data only: PolNeAR train or dev, or the English conflict set.
 * Usage: npx tsx src/cli/errors.ts [--set polnear|conflict] [--split train|dev] [--examples N]
 *        [--top N] [--class TEXT] (prints every example of the classes whose name contains TEXT)
 */
import { analyze } from "../core/analyze";
import { conflictDevDir, loadConflictDev } from "./conflict-dev";
import { loadPolnear } from "./polnear";
import { type Fragments, fragmentJaccard, matchOneToOne, overlaps, statements } from "./score";

interface GoldStatement {
  content: Fragments;
  cue: string | null;
  cueSpan: Fragments | null;
}

interface Article {
  name: string;
  text: string;
  gold: GoldStatement[];
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function load(set: string, split: "train" | "dev"): Article[] {
  if (set === "conflict") {
    const articles = loadConflictDev(conflictDevDir("en")) ?? [];
    return articles.map((a) => ({
      name: a.file,
      text: a.text,
      gold: a.gold.attributions.map((g) => ({
        content: [{ start: g.offsets.content[0], end: g.offsets.content[1] }],
        cue: g.cue,
        cueSpan: g.offsets.cue ? [{ start: g.offsets.cue[0], end: g.offsets.cue[1] }] : null,
      })),
    }));
  }
  return (loadPolnear(split) ?? []).map((a) => ({
    name: a.name,
    text: a.text,
    gold: a.attributions.map((g) => ({
      content: g.content,
      cue: g.cue ? g.cue.map((f) => a.text.slice(f.start, f.end)).join(" ") : null,
      cueSpan: g.cue,
    })),
  }));
}

/** Groups of examples under a class name, printed largest first. */
class Classes {
  readonly groups = new Map<string, string[]>();
  add(name: string, example: string): void {
    const list = this.groups.get(name) ?? [];
    list.push(example);
    this.groups.set(name, list);
  }
  print(title: string, examples: number, filter: string | undefined, top = 40): void {
    const sorted = [...this.groups].sort((a, b) => b[1].length - a[1].length);
    const total = sorted.reduce((n, [, l]) => n + l.length, 0);
    console.log(`\n## ${title} (${total})`);
    for (const [name, list] of filter
      ? sorted.filter(([n]) => n.includes(filter))
      : sorted.slice(0, top)) {
      console.log(`${String(list.length).padStart(5)}  ${name}`);
      for (const e of list.slice(0, filter ? list.length : examples)) console.log(`         ${e}`);
    }
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ");

function context(text: string, start: number, end: number, around = 50): string {
  const a = Math.max(0, start - around);
  const b = Math.min(text.length, end + around);
  return oneLine(`${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}`);
}

/** The first word of a piece of text, or its first mark: what a boundary error begins with. */
function head(piece: string): string {
  const t = piece.trim();
  const word = /^[\p{L}\p{N}'’-]+/u.exec(t)?.[0];
  return word ? word.toLowerCase() : (t[0] ?? "∅");
}

/** What is wrong at each end of a matched content: "start early: that", "end short: ,". */
function boundaryKinds(text: string, fragments: Fragments, gold: Fragments): string[] {
  const gs = Math.min(...gold.map((f) => f.start));
  const ge = Math.max(...gold.map((f) => f.end));
  const pred = { start: fragments[0]?.start ?? 0, end: fragments[fragments.length - 1]?.end ?? 0 };
  const kinds: string[] = [];
  if (pred.start < gs) kinds.push(`start early by "${head(text.slice(pred.start, gs))}"`);
  if (pred.start > gs) kinds.push(`start late, missing "${head(text.slice(gs, pred.start))}"`);
  if (pred.end > ge) kinds.push(`end long by "${head(text.slice(ge, pred.end))}"`);
  if (pred.end < ge) kinds.push(`end short, missing "${head(text.slice(pred.end, ge))}"`);
  if (gold.length !== fragments.length)
    kinds.push(`${fragments.length} fragments, gold ${gold.length}`);
  return kinds.length ? kinds : ["same ends, different fragments"];
}

function main(): void {
  const args = process.argv.slice(2);
  const set = option(args, "--set") ?? "polnear";
  const split = option(args, "--split") === "dev" ? "dev" : "train";
  const examples = Number(option(args, "--examples") ?? 3);
  const filter = option(args, "--class");
  const top = Number(option(args, "--top") ?? 60);
  const articles = load(set, split);
  if (articles.length === 0) {
    console.log(`No data for --set ${set} (needs ../shared).`);
    return;
  }
  const falsePositives = new Classes();
  const missed = new Classes();
  const boundaries = new Classes();
  const ends = new Classes();
  const byCue = new Map<string, { predicted: number; matched: number }>();
  const why = new Classes();
  for (const article of articles) {
    const { text } = article;
    // PolNeAR annotates the parts of a statement as one; the conflict set one record per part.
    const all = analyze(text, { lang: "en" }).quotes;
    const parts =
      set === "conflict" ? all.map((q) => ({ first: q, content: [q] })) : statements(all);
    const quotes = parts.map((p) => p.first);
    const spans = parts.map((p) => p.content.map((f) => ({ start: f.start, end: f.end })));
    const pairs = matchOneToOne(
      spans,
      article.gold.map((g) => g.content),
    );
    const matchedP = new Set(pairs.map(([i]) => i));
    const matchedG = new Set(pairs.map(([, j]) => j));
    quotes.forEach((q, i) => {
      const cue = q.cue ? oneLine(q.cue.text.toLowerCase()) : "(no cue)";
      const tally = byCue.get(cue) ?? { predicted: 0, matched: 0 };
      tally.predicted++;
      if (matchedP.has(i)) tally.matched++;
      byCue.set(cue, tally);
      if (matchedP.has(i)) return;
      falsePositives.add(cue, `${article.name}: ${context(text, q.start, q.end)}`);
      const annotated =
        q.cue &&
        article.gold.some((g) => g.cueSpan && overlaps(g.cueSpan, [q.cue as Fragments[number]]));
      why.add(
        annotated
          ? "false positive: an annotated cue, content elsewhere"
          : "false positive: the cue is no annotated cue",
        "",
      );
    });
    article.gold.forEach((g, j) => {
      if (matchedG.has(j)) return;
      const f = g.content[0] as { start: number; end: number };
      const cue = g.cue ? oneLine(g.cue.toLowerCase()) : "(no cue)";
      missed.add(cue, `${article.name}: ${context(text, f.start, f.end)}`);
      const used = g.cueSpan && all.some((q) => q.cue && overlaps(g.cueSpan as Fragments, [q.cue]));
      why.add(
        used
          ? "missed: its cue was used, with another content"
          : g.cueSpan
            ? "missed: its cue was not used"
            : "missed: no cue",
        "",
      );
    });
    for (const [i, j] of pairs) {
      const p = spans[i] as Fragments;
      const g = article.gold[j] as GoldStatement;
      if (fragmentJaccard(p, g.content) >= 0.8) continue;
      const gs = g.content.map((f) => text.slice(f.start, f.end)).join(" … ");
      const ps = p.map((f) => context(text, f.start, f.end, 20)).join(" … ");
      const example = `${article.name}: pred ${ps}\n           gold «${oneLine(gs)}»`;
      const kinds = boundaryKinds(text, p, g.content);
      for (const k of kinds) boundaries.add(k, example);
      ends.add(kinds.map((k) => k.replace(/ by .*| missing .*/, "")).join(" + "), example);
    }
  }
  const where = set === "conflict" ? "conflict dev EN" : `PolNeAR ${split}`;
  console.log(`# Errors on ${where} (${articles.length} articles)`);
  console.log("\n## cues by false positives: predicted, matched, precision");
  const cues = [...byCue].sort(
    (a, b) => b[1].predicted - b[1].matched - (a[1].predicted - a[1].matched),
  );
  for (const [cue, t] of cues.slice(0, filter ? cues.length : top)) {
    if (filter && !cue.includes(filter)) continue;
    const precision = (t.matched / t.predicted).toFixed(2);
    console.log(
      `${String(t.predicted - t.matched).padStart(5)} FP ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(5)}  ${precision}  ${cue}`,
    );
  }
  why.print("errors by cause", 0, undefined);
  falsePositives.print("false positives by cue", examples, filter);
  missed.print("missed statements by annotated cue", examples, filter);
  ends.print("boundary errors (Jaccard < 0.8) by which ends", examples, filter, 12);
  boundaries.print("boundary errors by kind and first word", examples, filter);
}

main();
