/**
 * Error analysis on the conflict development set: per article, every missed attribution, every
 * statement found that the annotation does not have, and every matched one whose content or
 * speaker is off (strict measures) or whose label is wrong, the annotation next to the engine's.
 * Matching is the scorer's (conflict-score.ts). Usage:
 *   npx tsx src/cli/conflict-errors.ts [--lang ar|en] [--kinds missed,spurious,content,speaker,label] [FILE-PREFIX]
 */
import { analyze } from "../core/analyze";
import type { Quote } from "../core/types";
import { type ConflictAttribution, conflictDevDir, loadConflictDev } from "./conflict-dev";
import { jaccard, matchConflict } from "./conflict-score";

const KINDS = ["missed", "spurious", "content", "speaker", "label"] as const;
type Kind = (typeof KINDS)[number];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);

function gold(a: ConflictAttribution): string {
  const ant = a.antecedent ? ` (= ${a.antecedent})` : "";
  const side = a.alignment + (a.country ? ` ${a.country}` : "");
  return `gold cue=${a.cue} source=${a.source}${ant} [${side}] content=${short(a.content)}`;
}

function ours(q: Quote): string {
  const side = q.source ? `${q.source.alignment} ${q.source.name}` : "-";
  const carried = q.speaker?.carried
    ? " (carried)"
    : q.speaker?.dropped
      ? ` (dropped = ${q.entity?.name ?? "?"})`
      : "";
  return `ours cue=${q.cue?.text ?? null} speaker=${q.speaker?.text ?? null}${carried} [${side}] content=${short(q.text)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const lang = option(args, "--lang") === "en" ? "en" : "ar";
  const kinds = new Set((option(args, "--kinds")?.split(",") ?? KINDS) as Kind[]);
  const prefix = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  const articles = loadConflictDev(conflictDevDir(lang));
  if (!articles) {
    console.error(`conflict-errors: ${conflictDevDir(lang)} not found`);
    process.exit(2);
  }
  const counts: Record<Kind, number> = { missed: 0, spurious: 0, content: 0, speaker: 0, label: 0 };
  for (const article of articles) {
    if (prefix && !article.file.startsWith(prefix)) continue;
    const { quotes } = analyze(article.text);
    const golds = article.gold.attributions;
    const pairs = matchConflict(
      golds.map((a) => a.offsets.content),
      quotes.map((q) => [q.start, q.end] as const),
    );
    const lines: string[] = [];
    const report = (kind: Kind, at: number, text: string) => {
      counts[kind]++;
      if (kinds.has(kind)) lines.push(`  [${kind}] @${at}\n${text}`);
    };
    const matchedPred = new Set(pairs.map(([, j]) => j));
    const byGold = new Map(pairs);
    golds.forEach((a, i) => {
      const j = byGold.get(i);
      const q = j === undefined ? undefined : quotes[j];
      if (!q) {
        report("missed", a.offsets.content[0], `    ${gold(a)}`);
        return;
      }
      const both = `    ${gold(a)}\n    ${ours(q)}`;
      if (jaccard(a.offsets.content, [q.start, q.end]) < 0.8) report("content", q.start, both);
      const s = q.speaker ? ([q.speaker.start, q.speaker.end] as const) : null;
      const { source, antecedent } = a.offsets;
      if (
        source &&
        !(s && (jaccard(s, source) >= 0.5 || (antecedent && jaccard(s, antecedent) >= 0.5)))
      ) {
        report("speaker", q.start, both);
      }
      const side = a.alignment.split(":")[0];
      if (a.alignment !== "unknown" && q.source?.alignment.split(":")[0] !== side) {
        report("label", q.start, both);
      }
    });
    quotes.forEach((q, j) => {
      if (!matchedPred.has(j)) report("spurious", q.start, `    ${ours(q)}`);
    });
    if (lines.length) console.log(`== ${article.file}\n${lines.join("\n")}`);
  }
  console.log(KINDS.map((k) => `${k} ${counts[k]}`).join(", "));
}

main();
