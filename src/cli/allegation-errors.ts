/**
 * Error analysis of allegations on the conflict development set: every annotated allegation the
 * engine misses (with its `why` and `by`) and every annotated non-allegation it flags, each with
 * the engine's output at that place (the statements there, their speaker and label, and the
 * allegations with their reasons and trigger words).
 * Usage: npx tsx src/cli/allegation-errors.ts [en|ar] [--all] [--gold-sides]
 * --all lists the found ones too; --gold-sides gives each found statement the annotated side of
 * the attribution it matches, to measure the allegation rules apart from the source model.
 */
import { findAllegations } from "../core/allegations";
import { analyze } from "../core/analyze";
import { compileRuleset, scanText } from "../core/enrich-matcher";
import { normalize } from "../core/normalize";
import type { Analysis } from "../core/types";
import { loadBundledRuleset } from "../ruleset/ruleset";
import { type ConflictArticle, conflictDevDir, loadConflictDev } from "./conflict-dev";

type Pair = readonly [number, number];

const overlaps = (a: Pair, s: { start: number; end: number }) => a[0] < s.end && s.start < a[1];
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, " ");

function engineAt(result: Analysis, at: Pair): string[] {
  const lines: string[] = [];
  for (const q of result.quotes.filter((x) => overlaps(at, x))) {
    const label = q.source ? `${q.source.label}: ${q.source.name}` : "no label";
    lines.push(
      `    statement  speaker=${JSON.stringify(q.speaker?.text ?? null)} [${label}] cue=${JSON.stringify(q.cue?.text ?? null)}`,
    );
  }
  for (const a of result.allegations.filter((x) => overlaps(at, x))) {
    const cues = a.cues.map((c) => `${c.text}(${c.reason})`).join(", ");
    const by = a.by
      ? ` by=${JSON.stringify(a.by.speaker.text)}${a.by.party ? " (party)" : ""}`
      : "";
    const against = a.against ? ` against=${JSON.stringify(a.against.text)}` : "";
    lines.push(
      `    allegation [${a.reasons.join(", ")}]${by}${against} cues: ${cues} :: ${clip(a.text, 100)}`,
    );
  }
  return lines.length ? lines : ["    (nothing)"];
}

/** The engine's analysis with each statement's side replaced by the annotated one. */
function withGoldSides(article: ConflictArticle): Analysis {
  const result = analyze(article.text);
  const quotes = result.quotes.map((q) => {
    const gold = article.gold.attributions.find((a) => {
      const [s, e] = a.offsets.content;
      const o = Math.min(e, q.end) - Math.max(s, q.start);
      return o > 0 && o >= 0.5 * Math.min(e - s, q.end - q.start);
    });
    if (!gold) return q;
    const evidence = { kind: "text" as const, start: q.start, end: q.end, text: q.text };
    const source = {
      id: "gold",
      name: gold.source ?? "",
      alignment: gold.alignment.toLowerCase().replace(/[^a-z0-9:-]+/g, "-"),
      label: gold.alignment,
      matchedBy: "text" as const,
      evidence,
    };
    return { ...q, source, sources: [source] };
  });
  const ruleset = loadBundledRuleset();
  const compiled = compileRuleset(ruleset);
  const matches = scanText(compiled, normalize(article.text));
  const allegations = findAllegations(article.text, quotes, matches, {
    ruleset,
    labelLang: "en",
    openers: compiled.openers,
  });
  return { ...result, quotes, allegations };
}

function main(): void {
  const args = process.argv.slice(2);
  const all = args.includes("--all");
  const goldSides = args.includes("--gold-sides");
  const langs = args.filter((a) => a === "en" || a === "ar");
  for (const lang of langs.length ? langs : (["en", "ar"] as const)) {
    const articles = loadConflictDev(conflictDevDir(lang));
    if (!articles) {
      console.log(`${lang}: conflict dev not found`);
      continue;
    }
    let missed = 0;
    let wrong = 0;
    let total = 0;
    let notTotal = 0;
    for (const article of articles) {
      const result = goldSides ? withGoldSides(article) : analyze(article.text);
      const hit = (at: Pair) => result.allegations.some((a) => overlaps(at, a));
      for (const g of article.gold.allegations) {
        total++;
        const found = hit(g.offset);
        if (found && !all) continue;
        if (!found) missed++;
        console.log(
          `${found ? "FOUND " : "MISSED"} ${article.file} why="${g.why}" by="${g.by}"\n  ${clip(g.span)}`,
        );
        console.log(engineAt(result, g.offset).join("\n"));
      }
      for (const g of article.gold.notAllegations) {
        notTotal++;
        if (!hit(g.offset)) continue;
        wrong++;
        console.log(`FLAGGED ${article.file} not an allegation: ${g.why}\n  ${clip(g.span)}`);
        console.log(engineAt(result, g.offset).join("\n"));
      }
    }
    console.log(
      `\n${lang}: missed ${missed}/${total} allegations; flagged ${wrong}/${notTotal} non-allegations\n`,
    );
  }
}

main();
