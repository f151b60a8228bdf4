import { alignmentLabel } from "../ruleset/labels";
import type { SourceEntry } from "../ruleset/schema";
import { type CompiledRuleset, foldName, scanText, type TextMatches } from "./enrich-matcher";
import { normalize } from "./normalize";
import { langOf, rulesetEvidence } from "./source-matching";
import type { Language, PageSource, Quote, Span } from "./types";

function pageSource(
  c: CompiledRuleset,
  entry: SourceEntry,
  lang: Language,
  labelLang: Language,
  mentions: Span[],
): PageSource {
  return {
    id: entry.id,
    name: entry.names[lang]?.[0] ?? entry.names.en[0] ?? entry.id,
    alignment: entry.alignment,
    label: alignmentLabel(c.ruleset, entry.alignment, entry.country, labelLang),
    description: entry.description[labelLang],
    reference: entry.references[0] ?? "",
    evidence: rulesetEvidence(entry, labelLang),
    mentions,
  };
}

/**
 * Every named source of the text once, in order of first mention, with the spans of all its
 * mentions: names anywhere in the text, and speakers resolved to it (back-references included).
 */
export function pageSources(
  text: string,
  quotes: readonly Quote[],
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
): PageSource[] {
  const mentions = new Map<string, Span[]>();
  const seen = new Set<string>();
  const add = (id: string, start: number, end: number) => {
    const key = `${id}:${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = mentions.get(id) ?? [];
    list.push({ start, end, text: text.slice(start, end) });
    mentions.set(id, list);
  };
  for (const e of matches.entities) add(e.value.id, e.start, e.end);
  for (const q of quotes) {
    if (!q.speaker) continue;
    for (const ref of q.sources ?? (q.source ? [q.source] : [])) {
      if (ref.matchedBy === "reference" && c.byId.has(ref.id)) {
        add(ref.id, q.speaker.start, q.speaker.end);
      }
    }
  }
  const out: PageSource[] = [];
  for (const [id, spans] of mentions) {
    const entry = c.byId.get(id);
    if (!entry) continue;
    spans.sort((a, b) => a.start - b.start);
    out.push(pageSource(c, entry, langOf(text, spans[0]?.start ?? 0), labelLang, spans));
  }
  return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** The host of a URL or a bare domain, lower-cased and without "www."; null for a plain name. */
export function hostOf(publisher: string): string | null {
  const s = publisher.trim().toLowerCase();
  const host = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").split(/[/?#:]/)[0] ?? "";
  if (/\s/.test(s) || !/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host)) return null;
  return host.replace(/^www\./, "");
}

function byDomain(c: CompiledRuleset, host: string): SourceEntry | null {
  for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
    const hit = c.byDomain.get(h);
    if (hit) return hit;
  }
  return null;
}

/** A publisher's name: an exact name, else the longest name inside it ("BBC News - Home"). */
function byName(c: CompiledRuleset, name: string): SourceEntry | null {
  const exact = c.byName.get(foldName(name));
  if (exact) return exact;
  const inside = scanText(c, normalize(name)).entities;
  const longest = inside.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return longest?.value ?? null;
}

/**
 * The page's publisher (og:site_name, JSON-LD publisher name, or the page's domain or URL)
 * matched to a ruleset entry, with its mentions in the text.
 */
export function matchPublisher(
  publisher: string,
  text: string,
  c: CompiledRuleset,
  matches: TextMatches,
  labelLang: Language,
): PageSource | null {
  const host = hostOf(publisher);
  const entry = host ? byDomain(c, host) : byName(c, publisher);
  if (!entry) return null;
  const mentions = matches.entities
    .filter((e) => e.value.id === entry.id)
    .map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) }));
  // Named in the publisher's own script; a bare domain takes the script of the text.
  const first = mentions[0];
  const lang = !host ? langOf(publisher, 0) : first ? langOf(text, first.start) : labelLang;
  return pageSource(c, entry, lang, labelLang, mentions);
}
