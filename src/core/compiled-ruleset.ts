import { RoleKindSchema, type Ruleset, type SourceEntry } from "../ruleset/schema";
import {
  type CompiledRuleset,
  foldedOpeners,
  LISTS,
  type ListName,
  rememberCompiled,
  type Tag,
} from "./enrich-matcher";
import { MatcherTablesSchema, PhraseMatcher } from "./matcher";
import { ClaimTypeSchema, CueReasonSchema } from "./types";
import { z } from "./zod";

/**
 * A compiled ruleset as JSON: the build compiles the bundled ruleset once and ships these tables,
 * so the extension loads it without folding or inserting a phrase (restoreRuleset). Sources and
 * descriptors are given by their index in the ruleset the tables were made from.
 */
const TagTableSchema = z.union([
  z.tuple([z.literal("entity"), z.int().check(z.nonnegative()), z.boolean()]),
  z.tuple([z.literal("descriptor"), z.int().check(z.nonnegative())]),
  z.tuple([
    z.literal("place"),
    z.string(),
    z.enum(["name", "adjective", "capital"]),
    z.enum(["any", "initial", "capitals"]),
  ]),
  z.tuple([z.literal("role"), RoleKindSchema]),
  z.tuple([z.literal("cue"), CueReasonSchema]),
  z.tuple([z.literal("claim"), ClaimTypeSchema]),
  z.tuple([z.enum(LISTS as [ListName, ...ListName[]])]),
]);
type TagTable = z.infer<typeof TagTableSchema>;

export const RulesetTablesSchema = z.object({
  /** What the tables were made from, checked on restore. */
  ruleset: z.object({
    version: z.string(),
    sources: z.int(),
    descriptors: z.int(),
  }),
  matcher: MatcherTablesSchema,
  /** Per terminal of the matcher: its tag. */
  tags: z.array(TagTableSchema),
  /** Folded full name -> index of its source. */
  byName: z.array(z.tuple([z.string(), z.int().check(z.nonnegative())])),
  /** Per source, in order: the folded words of its names and descriptions. */
  words: z.array(z.array(z.string())),
});
export type RulesetTables = z.infer<typeof RulesetTablesSchema>;

function fingerprint(ruleset: Ruleset): RulesetTables["ruleset"] {
  return {
    version: ruleset.version,
    sources: ruleset.sources.length,
    descriptors: ruleset.descriptors.length,
  };
}

/** The tables of a compiled ruleset (at build time). */
export function rulesetTables(compiled: CompiledRuleset): RulesetTables {
  const { ruleset } = compiled;
  const sourceIndex = new Map(ruleset.sources.map((s, i) => [s, i]));
  const descriptorIndex = new Map(ruleset.descriptors.map((d, i) => [d, i]));
  const indexOf = <K>(map: Map<K, number>, key: K, what: string): number => {
    const i = map.get(key);
    if (i === undefined) throw new Error(`ruleset tables: a ${what} is not in the ruleset`);
    return i;
  };
  const tagTable = (tag: Tag): TagTable => {
    switch (tag.kind) {
      case "entity":
        return ["entity", indexOf(sourceIndex, tag.entry, "source"), tag.acronym];
      case "descriptor":
        return ["descriptor", indexOf(descriptorIndex, tag.descriptor, "descriptor")];
      case "place":
        return ["place", tag.place.country, tag.place.form, tag.casing];
      case "role":
        return ["role", tag.role];
      case "cue":
        return ["cue", tag.reason];
      case "claim":
        return ["claim", tag.claimType];
      default:
        return [tag.kind];
    }
  };
  const { tables, values } = compiled.matcher.toTables();
  return {
    ruleset: fingerprint(ruleset),
    matcher: tables,
    tags: values.map(tagTable),
    byName: [...compiled.byName].map(([name, entry]) => [
      name,
      indexOf(sourceIndex, entry, "source"),
    ]),
    words: ruleset.sources.map((s) => [...(compiled.words.get(s.id) ?? [])]),
  };
}

/**
 * The compiled form of `ruleset` from its build-time tables, without compiling; later calls to
 * compileRuleset(ruleset) return it. Throws when the tables were made from another ruleset.
 */
export function restoreRuleset(ruleset: Ruleset, tables: RulesetTables): CompiledRuleset {
  const expected = JSON.stringify(fingerprint(ruleset));
  if (JSON.stringify(tables.ruleset) !== expected) {
    throw new Error(
      `ruleset tables made from ${JSON.stringify(tables.ruleset)}, not from ${expected}`,
    );
  }
  const source = (i: number): SourceEntry => {
    const entry = ruleset.sources[i];
    if (!entry) throw new Error(`ruleset tables: no source ${i}`);
    return entry;
  };
  const tag = (t: TagTable): Tag => {
    switch (t[0]) {
      case "entity":
        return { kind: "entity", entry: source(t[1]), acronym: t[2] };
      case "descriptor": {
        const descriptor = ruleset.descriptors[t[1]];
        if (!descriptor) throw new Error(`ruleset tables: no descriptor ${t[1]}`);
        return { kind: "descriptor", descriptor };
      }
      case "place":
        return { kind: "place", place: { country: t[1], form: t[2] }, casing: t[3] };
      case "role":
        return { kind: "role", role: t[1] };
      case "cue":
        return { kind: "cue", reason: t[1] };
      case "claim":
        return { kind: "claim", claimType: t[1] };
      default:
        return { kind: t[0] };
    }
  };
  const byDomain = new Map<string, SourceEntry>();
  for (const entry of ruleset.sources) {
    for (const domain of entry.domains ?? []) byDomain.set(domain, entry);
  }
  const compiled: CompiledRuleset = {
    ruleset,
    matcher: PhraseMatcher.fromTables(tables.matcher, tables.tags.map(tag)),
    byId: new Map(ruleset.sources.map((s) => [s.id, s])),
    byName: new Map(tables.byName.map(([name, i]) => [name, source(i)])),
    byDomain,
    words: new Map(ruleset.sources.map((s, i) => [s.id, new Set(tables.words[i])])),
    // A handful of words: folded here rather than shipped.
    openers: foldedOpeners(ruleset),
  };
  rememberCompiled(compiled);
  return compiled;
}
