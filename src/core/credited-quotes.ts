import { type Attribution, type Context, firstStartingAt, kindOf, trimRange } from "./attribution";
import { isSpace } from "./normalize";
import type { Range } from "./sentences";

/** The dashes a credit line opens with: em dash, horizontal bar, en dash. */
const DASHES = "—―–";
/** At most this many words in a credit: "Maria Lopez, a nurse in Phoenix". */
const MAX_CREDIT_WORDS = 10;
/** Words a credited quotation needs: fewer are a title or a slogan ("“Shark Tank.” — NBC"). */
const MIN_QUOTED_WORDS = 4;

/**
 * Where the credit after `at` ends: at the next quotation, the paragraph's end, a full stop or
 * a line break, or null when it is no short capitalised name.
 */
function creditAt(ctx: Context, at: number, end: number): Range | null {
  const { text } = ctx;
  if (!/\p{Lu}/u.test(text[at] ?? "")) return null;
  let p = at;
  let words = 1;
  while (p < end && !ctx.byStart.has(p) && text[p] !== "\n" && text[p] !== ".") {
    if (
      isSpace(text.charCodeAt(p)) &&
      !isSpace(text.charCodeAt(p + 1)) &&
      ++words > MAX_CREDIT_WORDS
    )
      return null;
    p++;
  }
  const credit = trimRange(text, at, p, ",");
  return credit.end > credit.start ? credit : null;
}

/**
 * "“He represents our greatest shame.” ― Sonya Herridge": a quotation of the paragraph `range`
 * followed by a dash and a short name is that name's statement, as in collected reactions and
 * epigraphs. A quotation already found as a statement of its own is left; one taken as the
 * continuation of an earlier speaker is credited to the name instead. Returns `found` with them,
 * by start.
 */
export function dashCredited(ctx: Context, range: Range, found: Attribution[]): Attribution[] {
  const { text } = ctx;
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const replaced = new Map<Attribution, Attribution>();
  const added: Attribution[] = [];
  // Over the statements starting before a quotation's end, the one reaching furthest: it
  // overlaps the quotation exactly when some statement does (one pass, however many quotes).
  let next = 0;
  let furthest: Attribution | undefined;
  for (let i = firstStartingAt(ctx, range.start); i < ctx.outer.length; i++) {
    const q = ctx.outer[i];
    if (!q || q.end > range.end) break;
    let p = q.end;
    while (p < range.end && isSpace(text.charCodeAt(p))) p++;
    if (!DASHES.includes(text[p] ?? " ")) continue;
    const cue = { start: p, end: p + 1 };
    p++;
    while (p < range.end && isSpace(text.charCodeAt(p))) p++;
    const speaker = creditAt(ctx, p, range.end);
    if (!speaker || (ctx.innerWords.get(q) ?? 0) < MIN_QUOTED_WORDS) continue;
    const content = trimRange(text, q.innerStart, q.innerEnd, ",");
    for (; next < byStart.length && (byStart[next] as Attribution).start < content.end; next++) {
      const a = byStart[next] as Attribution;
      if (!furthest || a.end > furthest.end) furthest = a;
    }
    const other = furthest && furthest.end > content.start ? furthest : undefined;
    if (other && (other.cue !== null || replaced.has(other))) continue;
    const credited = { ...content, kind: kindOf(ctx, content.start, content.end), speaker, cue };
    if (other) replaced.set(other, credited);
    else added.push(credited);
  }
  if (replaced.size === 0 && added.length === 0) return found;
  return [...found.map((a) => replaced.get(a) ?? a), ...added].sort((a, b) => a.start - b.start);
}
