import { z } from "../core/zod";

/** User settings, kept in storage.sync. Every field has a default so old or partial data still parses. */
export const SettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  disabledSites: z._default(
    z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)),
    [],
  ),
  /** What the page marks: allegations only, sources and allegations (default), or everything. */
  view: z._default(z.enum(["allegations", "sources", "everything"]), "sources"),
  /** Sites analysed even where a page does not look like news ("Always analyse this site"). */
  alwaysAnalyseSites: z._default(
    z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5000)),
    [],
  ),
});
export type View = Settings["view"];
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Reads settings from whatever storage returned. Corrupt or old-format data falls back to the
 * defaults field by field, with a warning, never a throw.
 */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const input = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && (raw === null || typeof raw !== "object")) {
    warnings.push(`settings: expected an object, got ${raw === null ? "null" : typeof raw}`);
  }
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(input[key]);
    if (field.success) settings[key] = field.data;
    else {
      warnings.push(
        `settings.${key}: ${field.error.issues[0]?.message ?? "invalid"}; default used`,
      );
      settings[key] = DEFAULT_SETTINGS[key];
    }
  }
  return { settings: settings as Settings, warnings };
}

export { alwaysAnalyses, isActiveOn, siteOf } from "./site-switch";
