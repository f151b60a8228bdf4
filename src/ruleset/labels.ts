import type { Alignment, Language } from "../core/types";
import type { Ruleset } from "./schema";

type Kind =
  | "state-media"
  | "public-broadcaster"
  | "government"
  | "pro-government"
  | "opposition"
  | "armed-group"
  | "independent"
  | "wire-service"
  | "monitor"
  | "unknown";

const KIND_LABELS: Record<Kind, Record<Language, string>> = {
  "state-media": { en: "State media", ar: "إعلام رسمي" },
  "public-broadcaster": { en: "Public broadcaster", ar: "هيئة بث عامة" },
  government: { en: "Government", ar: "حكومة" },
  "pro-government": { en: "Pro-government", ar: "موالٍ للحكومة" },
  opposition: { en: "Opposition", ar: "معارضة" },
  "armed-group": { en: "Armed group", ar: "جماعة مسلحة" },
  independent: { en: "Independent", ar: "مستقل" },
  "wire-service": { en: "Wire service", ar: "وكالة أنباء" },
  monitor: { en: "Monitor", ar: "جهة رصد" },
  unknown: { en: "Unknown alignment", ar: "انتماء غير معروف" },
};

function kindOf(alignment: Alignment): Kind {
  return alignment.startsWith("armed-group") ? "armed-group" : (alignment as Kind);
}

/**
 * Plain-words label of an alignment: "State media (Syria)", "Armed group: Islamic State".
 * Unknown group or country codes (from a custom ruleset) fall back to the code itself.
 */
export function alignmentLabel(
  ruleset: Pick<Ruleset, "countries" | "groups">,
  alignment: Alignment,
  country?: string,
  lang: Language = "en",
): string {
  const kind = kindOf(alignment);
  const base = KIND_LABELS[kind][lang];
  if (kind === "armed-group" && alignment.includes(":")) {
    const group = alignment.slice("armed-group:".length);
    return `${base}: ${ruleset.groups[group]?.[lang] ?? group}`;
  }
  if (country === undefined) return base;
  return `${base} (${ruleset.countries[country]?.[lang] ?? country})`;
}
