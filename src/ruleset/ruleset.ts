import type { ClaimType, CueReason } from "../core/types";
import type { z } from "../core/zod";
import descriptors from "./data/descriptors.json";
import lexicons from "./data/lexicons.json";
import meta from "./data/meta.json";
import places from "./data/places.json";
import roles from "./data/roles.json";
import sources from "./data/sources.json";
import {
  type CustomLexicons,
  type CustomRuleset,
  CustomRulesetSchema,
  type Lexicons,
  LIMITS,
  type Ruleset,
  RulesetSchema,
} from "./schema";

export interface RulesetProblem {
  /** JSON path of the offending value, e.g. "$.sources[3].alignment". */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; ruleset: T } | { ok: false; errors: RulesetProblem[] };

function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

function problems(error: z.core.$ZodError): RulesetProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): ParseResult<T> {
  const result = schema.safeParse(json);
  return result.success
    ? { ok: true, ruleset: result.data }
    : { ok: false, errors: problems(result.error) };
}

/** A complete ruleset (the bundled one, or a file checked with `ruleset validate`). */
export function parseRuleset(json: unknown): ParseResult<Ruleset> {
  return parseWith(RulesetSchema, json);
}

/** Size of a JSON value in characters, giving up as soon as it passes `limit`. */
function sizeExceeds(json: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") size += value.length + 2;
    else if (Array.isArray(value)) {
      size += value.length + 2;
      for (const v of value) stack.push(v);
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        size += k.length + 4;
        stack.push(v);
      }
    } else size += 8;
    if (size > limit) return true;
  }
  return false;
}

/**
 * A user's ruleset, refused whole when it breaks the schema or the bounds in LIMITS (a hostile
 * file must not be able to stall every page the reader opens).
 */
export function parseCustomRuleset(json: unknown): ParseResult<CustomRuleset> {
  if (sizeExceeds(json, LIMITS.maxTotalChars)) {
    return {
      ok: false,
      errors: [
        {
          path: "$",
          message: `a custom ruleset of at most ${LIMITS.maxTotalChars} characters of JSON`,
        },
      ],
    };
  }
  return parseWith(CustomRulesetSchema, json);
}

/** The ruleset as shipped: its data files put together. */
export function bundledRulesetJson(): unknown {
  return { ...meta, sources, descriptors, places, roles, lexicons };
}

/** The ruleset in `json`, or an error that lists every problem by its JSON path. */
export function requireValidRuleset(json: unknown, origin: string): Ruleset {
  const result = parseRuleset(json);
  if (result.ok) return result.ruleset;
  const lines = result.errors.map((e) => `  ${e.path}: ${e.message}`);
  throw new Error(`Invalid ruleset (${origin}), ${lines.length} problem(s):\n${lines.join("\n")}`);
}

/**
 * The bundled ruleset without validating it again, for the extension, where validation would
 * cost ~20 ms each time a context starts: `npm run build` refuses to build from invalid data, and the
 * schema has no defaults or transforms, so the data already is the parsed ruleset.
 */
export function prevalidatedBundledRuleset(): Ruleset {
  // One object for the page's lifetime: compiled matchers are cached by ruleset identity.
  prevalidated ??= bundledRulesetJson() as Ruleset;
  return prevalidated;
}
let prevalidated: Ruleset | null = null;

let bundled: Ruleset | null = null;

/** The bundled ruleset, parsed once; throws when it is invalid, which fails the build. */
export function loadBundledRuleset(): Ruleset {
  bundled ??= requireValidRuleset(bundledRulesetJson(), "src/ruleset/data");
  return bundled;
}

type Phrases = Record<string, string[]>;

function join(into: Phrases, more: Phrases | undefined): void {
  for (const [lang, phrases] of Object.entries(more ?? {})) {
    into[lang] = [...(into[lang] ?? []), ...phrases];
  }
}

function mergeLexicons(base: Lexicons, extra: CustomLexicons | undefined): Lexicons {
  if (!extra) return base;
  const merged = structuredClone(base);
  const { cues, claimTypes, ...lists } = extra;
  for (const [reason, byLang] of Object.entries(cues ?? {})) {
    join(merged.cues[reason as CueReason], byLang);
  }
  for (const [type, byLang] of Object.entries(claimTypes ?? {})) {
    join(merged.claimTypes[type as ClaimType], byLang);
  }
  for (const [key, byLang] of Object.entries(lists)) {
    join(merged[key as keyof typeof lists], byLang);
  }
  return merged;
}

/**
 * The bundled ruleset with a user's additions: custom sources replace bundled ones with the
 * same id, everything else is added.
 */
export function mergeRulesets(base: Ruleset, custom: CustomRuleset): Ruleset {
  const replaced = new Map((custom.sources ?? []).map((s) => [s.id, s]));
  const kept = base.sources.filter((s) => !replaced.has(s.id));
  return {
    version: base.version,
    updated: base.updated,
    countries: { ...base.countries, ...custom.countries },
    groups: { ...base.groups, ...custom.groups },
    sources: [...kept, ...replaced.values()],
    descriptors: [...base.descriptors, ...(custom.descriptors ?? [])],
    places: [...base.places, ...(custom.places ?? [])],
    roles: [...base.roles, ...(custom.roles ?? [])],
    lexicons: mergeLexicons(base.lexicons, custom.lexicons),
  };
}
