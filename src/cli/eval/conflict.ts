/**
 * The conflict development set, per language (section of `npm run eval`). When python3 is at
 * hand, the same predictions also go through the set's reference scorer, score.py, and the two
 * must agree: a disagreement fails the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyze } from "../../core/analyze";
import { conflictDevDir, loadConflictDev } from "../conflict-dev";
import {
  type ConflictFigures,
  conflictFigures,
  emptyConflictTally,
  scoreConflictArticle,
} from "../conflict-score";

const LANGUAGES = ["en", "ar"] as const;

const ROWS: [keyof ConflictFigures, string][] = [
  ["precision", "precision"],
  ["recall", "recall"],
  ["f1", "F1"],
  ["strict_f1", "strict F1 (content Jaccard >= 0.8)"],
  ["speaker", "speaker (overlaps source or antecedent)"],
  ["speaker_strict", "strict speaker (Jaccard >= 0.5)"],
  ["alignment", "alignment accuracy (known sides)"],
  ["labelled", "labelled share (known sides)"],
  ["allegation_recall", "allegation recall"],
  ["false_allegation_share", "non-allegations flagged"],
  ["non_quotes_marked", "quoted non-statements marked"],
];

/** score.py's figures for these predictions, or null when python3 or the script is missing. */
function referenceFigures(dir: string, lines: string[]): Record<string, unknown> | null {
  const script = path.join(dir, "../score.py");
  if (!existsSync(script)) return null;
  const tmp = mkdtempSync(path.join(tmpdir(), "conflict-eval-"));
  try {
    const pred = path.join(tmp, "pred.ndjson");
    writeFileSync(pred, `${lines.join("\n")}\n`);
    const run = spawnSync("python3", [script, dir, pred], { encoding: "utf8" });
    if (run.error || run.status !== 0) return null;
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Figures that differ between ours and score.py's (numbers within rounding). */
function disagreements(ours: ConflictFigures, theirs: Record<string, unknown>): string[] {
  return Object.entries(ours).flatMap(([key, value]) => {
    const other = theirs[key];
    const same =
      typeof value === "number" && typeof other === "number"
        ? Math.abs(value - other) <= 0.0011
        : value === other;
    return same ? [] : [`${key}: ours ${value}, score.py ${String(other)}`];
  });
}

/** Prints the table; returns false when score.py disagrees. */
export function evalConflict(): boolean {
  const figures: Partial<Record<(typeof LANGUAGES)[number], ConflictFigures>> = {};
  let agreed = true;
  const checks: string[] = [];
  for (const lang of LANGUAGES) {
    const dir = conflictDevDir(lang);
    const articles = loadConflictDev(dir);
    if (!articles) {
      console.log(`Conflict dev (${lang}): not found under ${dir}; skipped.`);
      continue;
    }
    const tally = emptyConflictTally();
    const lines: string[] = [];
    for (const article of articles) {
      const result = analyze(article.text);
      scoreConflictArticle(tally, article, result);
      lines.push(JSON.stringify({ file: article.file, ...result }));
    }
    const ours = conflictFigures(tally);
    figures[lang] = ours;
    const theirs = referenceFigures(dir, lines);
    if (!theirs) {
      checks.push(`${lang}: score.py not run (python3 or the script missing)`);
      continue;
    }
    const diff = disagreements(ours, theirs);
    if (diff.length > 0) agreed = false;
    checks.push(diff.length ? `${lang}: DISAGREES: ${diff.join("; ")}` : `${lang}: agrees`);
  }
  const langs = LANGUAGES.filter((l) => figures[l]);
  if (langs.length === 0) return true;
  const counts = langs
    .map((l) => `${l} ${figures[l]?.articles} articles, ${figures[l]?.gold} attributions`)
    .join("; ");
  console.log(`Conflict dev (../shared/data/conflict-dev: ${counts})`);
  console.log(`| measure | ${langs.join(" | ")} |`);
  console.log(`|---|${langs.map(() => "---|").join("")}`);
  for (const [key, label] of ROWS) {
    console.log(`| ${label} | ${langs.map((l) => String(figures[l]?.[key])).join(" | ")} |`);
  }
  console.log(`score.py on the same predictions: ${checks.join("; ")}`);
  return agreed;
}
