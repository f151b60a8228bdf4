import type { CustomRuleset, Ruleset, SourceEntry } from "../ruleset/schema";
import { type LabelCorrection, LabelCorrectionSchema } from "../shared/messages";

/** The correction the options page was opened for (`#correct=<JSON>`), or null. */
export function correctionFromHash(hash: string): LabelCorrection | null {
  const match = /^#correct=(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    const parsed = LabelCorrectionSchema.safeParse(JSON.parse(decodeURIComponent(match[1])));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A lower-case id from a name; Arabic-only names get a generic one the reader may change. */
function idFrom(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "custom-source";
}

/**
 * The override to prefill: the source's current entry (custom first, then bundled) when it has
 * one, to edit in place; otherwise a new entry with the name and what the card knew, whose empty
 * description and reference the reader must fill in before it validates.
 */
export function draftOverride(
  correction: LabelCorrection,
  bundled: Ruleset,
  custom: CustomRuleset | null,
): CustomRuleset {
  const id = correction.id;
  const existing =
    (id && custom?.sources?.find((s) => s.id === id)) ||
    (id && bundled.sources.find((s) => s.id === id));
  if (existing) return { sources: [structuredClone(existing)] };
  const entry = {
    id: idFrom(correction.name),
    names: { en: [correction.name], ar: [correction.name] },
    alignment: correction.alignment ?? "unknown",
    description: { en: "", ar: "" },
    references: [],
  } as unknown as SourceEntry;
  return { sources: [entry] };
}

/** The stored custom ruleset with the override's sources in place of those with the same id. */
export function withOverride(custom: CustomRuleset | null, override: CustomRuleset): CustomRuleset {
  const replaced = new Set((override.sources ?? []).map((s) => s.id));
  const kept = (custom?.sources ?? []).filter((s) => !replaced.has(s.id));
  return {
    ...(custom ?? {}),
    ...override,
    sources: [...kept, ...(override.sources ?? [])],
    ...(custom?.countries || override.countries
      ? { countries: { ...custom?.countries, ...override.countries } }
      : {}),
    ...(custom?.groups || override.groups
      ? { groups: { ...custom?.groups, ...override.groups } }
      : {}),
  };
}
