/** Allegations on the hand-labelled English set and on the seed (section of `npm run eval`). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../core/analyze";
import { ReasonSchema } from "../../core/types";
import { type AllegationSet, AllegationSetSchema, scoreAllegationSet } from "../allegations-score";
import { repoRoot } from "../polnear";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const detect = (text: string) => analyze(text).allegations;

function table(title: string, set: AllegationSet): void {
  const s = scoreAllegationSet(set, detect);
  console.log(`${title} (${s.items} sentences)`);
  console.log("| precision | recall | F1 | TP | FP | FN | TN |");
  console.log("|---|---|---|---|---|---|---|");
  console.log(
    `| ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} |`,
  );
  console.log("\n| reason | labelled | found with that reason |");
  console.log("|---|---|---|");
  for (const r of ReasonSchema.options) {
    const x = s.reasons[r];
    console.log(`| ${r} | ${x.labelled} | ${x.found} |`);
  }
  console.log("");
}

function englishSets(): void {
  const file = path.join(repoRoot, "test/fixtures/allegations-en.json");
  const set = AllegationSetSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const part = (heldout: boolean) => ({
    about: set.about,
    items: set.items.filter((i) => (i.split === "heldout") === heldout),
  });
  table(`English set, first part (${path.relative(repoRoot, file)})`, part(false));
  table("English set, held-out part (written later, measured once, never tuned on)", part(true));
  table("English set, all", set);
}

function seed(): void {
  const dir = path.join(repoRoot, "test/fixtures/seed");
  const text = readFileSync(path.join(dir, "article.txt"), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as {
    allegations: { span: string }[];
    notAllegations: { span: string }[];
  };
  const found = detect(text);
  const hits = (spans: { span: string }[]) =>
    spans.filter(({ span }) => {
      const s = text.indexOf(span);
      return found.some((a) => a.start < s + span.length && s < a.end);
    }).length;
  console.log("Seed allegations (test/fixtures/seed, Arabic)");
  console.log("| allegations found | not-allegations wrongly marked | findings |");
  console.log("|---|---|---|");
  console.log(
    `| ${hits(expected.allegations)} / ${expected.allegations.length} | ${hits(expected.notAllegations)} / ${expected.notAllegations.length} | ${found.length} |`,
  );
}

export function evalAllegations(): void {
  englishSets();
  seed();
}
