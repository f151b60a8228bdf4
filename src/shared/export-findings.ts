import type { Allegation, Quote } from "../core/types";
import { quoteSources, speakerEntity } from "./finding-fields";
import type { FindingsExport } from "./findings-export-schema";

export type { FindingsExport } from "./findings-export-schema";

export function findingsExport(page: {
  url: string;
  title?: string | undefined;
  language: "en" | "ar";
  quotes: readonly Quote[];
  allegations: readonly Allegation[];
}): FindingsExport {
  return {
    url: page.url,
    ...(page.title ? { title: page.title } : {}),
    language: page.language,
    statements: page.quotes.map((q) => {
      const ref = quoteSources(q)[0];
      return {
        kind: q.kind,
        speaker: q.speaker?.text ?? null,
        speakerEntity: speakerEntity(q),
        source: ref?.name ?? null,
        label: ref?.label ?? null,
        cue: q.cue?.text ?? null,
        statement: q.text,
      };
    }),
    allegations: page.allegations.map((a) => ({
      text: a.text,
      reasons: [...a.reasons],
      triggers: a.cues.map((c) => c.text),
    })),
  };
}

export const exportJson = (data: FindingsExport): string => `${JSON.stringify(data, null, 2)}\n`;

/** Markdown cells: one line, pipes escaped. */
const cell = (text: string | null): string =>
  (text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim() || "–";

/**
 * A Markdown report: a table of statements (speaker, label, statement) and one of allegations
 * (passage, reasons). `t` gives the headings and reason names in the UI language.
 */
export function exportMarkdown(data: FindingsExport, t: (key: string) => string): string {
  const lines = [`# ${cell(data.title ?? data.url)}`, "", `<${data.url}>`, ""];
  lines.push(`## ${t("exportStatements")} (${data.statements.length})`, "");
  lines.push(`| ${t("exportSpeaker")} | ${t("exportLabel")} | ${t("exportStatement")} |`);
  lines.push("| --- | --- | --- |");
  for (const s of data.statements) {
    const who = s.speakerEntity ? `${s.speaker ?? ""} (${s.speakerEntity})` : s.speaker;
    lines.push(`| ${cell(who)} | ${cell(s.label ?? t("exportNoLabel"))} | ${cell(s.statement)} |`);
  }
  lines.push("", `## ${t("exportAllegations")} (${data.allegations.length})`, "");
  lines.push(`| ${t("exportPassage")} | ${t("exportReasons")} |`, "| --- | --- |");
  for (const a of data.allegations) {
    const reasons = a.reasons.map((r) => named(t, `reasonShort_${r.replace(/-/g, "_")}`, r));
    lines.push(`| ${cell(a.text)} | ${cell(reasons.join("; "))} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** A reason the UI has no name for yet (a newer engine) is exported under its id. */
function named(t: (key: string) => string, key: string, fallback: string): string {
  const text = t(key);
  return text && text !== key ? text : fallback;
}
