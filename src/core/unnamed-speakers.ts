import { foldName } from "./enrich-matcher";
import type { Extent } from "./enrich-spans";
import { within } from "./enrich-spans";
import { langOf, REFERENCE_WINDOW } from "./source-matching";
import type { Quote, Span } from "./types";

/** One role noun of an unnamed speaker seen so far ("officials"), for later "the officials". */
interface Seen {
  role: string;
  at: number;
}

/** "official" and "officials", «مسؤول» and «مسؤولون»: the same role. */
function sameRole(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 ? long.startsWith(short) : short === long;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const NAME_BREAK = /[,،(]/;

/**
 * The role word of each quote's speaker when the text leaves that speaker unnamed, else null:
 * an indefinite phrase with a role and no name after a comma ("a senior U.S. official", "two
 * Yemeni officials close to Hadi"), an Arabic speaker that opens with an indefinite role
 * («مسؤول في الوزارة», «دبلوماسيون»), or a definite one that takes up the role of such a speaker
 * shortly before ("the officials", «المسؤول»), or its very words anywhere before ("the Saudi
 * adviser" after "according to a Saudi adviser").
 */
export function unnamedSpeakers(
  text: string,
  quotes: readonly Quote[],
  roles: readonly Extent[],
  openers: ReadonlySet<string>,
): (Span | null)[] {
  const out: (Span | null)[] = quotes.map(() => null);
  const order = quotes
    .map((q, i) => ({ sp: q.speaker, i }))
    .filter((x): x is { sp: Span; i: number } => x.sp !== null)
    .sort((a, b) => a.sp.start - b.sp.start);
  const seen: Seen[] = [];
  /** The words after the opener of each unnamed indefinite speaker ("saudi adviser"). */
  const introduced = new Set<string>();
  let oldest = 0;
  for (const { sp, i } of order) {
    while (oldest < seen.length && sp.start - (seen[oldest]?.at ?? 0) > REFERENCE_WINDOW) oldest++;
    const words = text.slice(sp.start, sp.end);
    if (NAME_BREAK.test(words)) continue;
    const found = within(roles, sp.start, sp.end);
    const role = found[found.length - 1];
    if (!role) continue;
    const folded = foldName(text.slice(role.start, role.end));
    const lead = text.slice(sp.start, role.start);
    const first = foldName(FIRST_WORD.exec(words)?.[0] ?? "");
    const recent = seen.slice(oldest).some((s) => sameRole(s.role, folded));
    const arabic = langOf(text, role.start) === "ar";
    // Arabic has no indefinite article: «مسؤول في الوزارة» opens with the role itself.
    const indefinite = arabic ? found[0]?.start === sp.start : openers.has(first);
    const definite = arabic ? lead === "ال" : first === "the" && words.split(/\s+/).length <= 4;
    // "the Saudi adviser" after "a Saudi adviser", however far: the same words after the opener.
    const rest = foldName(words.slice(FIRST_WORD.exec(words)?.[0].length ?? 0));
    const same = first === "the" && introduced.has(rest);
    if (!indefinite && !(definite && recent) && !same) continue;
    if (indefinite && !arabic) introduced.add(rest);
    seen.push({ role: folded, at: sp.start });
    out[i] = { start: role.start, end: role.end, text: text.slice(role.start, role.end) };
  }
  return out;
}
