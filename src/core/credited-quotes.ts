import { type Attribution, type Context, firstStartingAt, kindOf, trimRange } from "./attribution";
import { isHeaderLabel } from "./cue-senses-en";
import { isSpace } from "./normalize";
import type { Range } from "./sentences";

/** The dashes a credit line opens with: em dash, horizontal bar, en dash. */
const DASHES = "—―–";
/** At most this many words in a credit: "Maria Lopez, a nurse in Phoenix". */
const MAX_CREDIT_WORDS = 10;
/** At most this many words in a label before a colon: "Rep. Trey Gowdy (R-S.C.)". */
const MAX_LABEL_WORDS = 6;
/** How far back from its colon a label is looked for. */
const LABEL_REACH = 80;
/** What ends the words before a label, besides a full stop: a dash, a quotation's close. */
const BEFORE_LABEL = '!?\n—―–"”’';

/**
 * Whether the words before a label end right before `p`: at a dash or a sentence's end, not at
 * an abbreviation's full stop ("Rep. Trey Gowdy", "(R-S.C.)").
 */
function endsBeforeLabel(text: string, p: number): boolean {
  const c = text[p - 1] as string;
  if (BEFORE_LABEL.includes(c)) return true;
  if (!isSpace(text.charCodeAt(p))) return false;
  if (c === "-") return isSpace(text.charCodeAt(p - 2));
  if (c !== ".") return false;
  const word = /\p{L}+$/u.exec(text.slice(Math.max(0, p - 12), p - 1))?.[0] ?? "";
  return word.length > 3 || /^\p{Ll}/u.test(word);
}
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
 * The label ending at the colon before `at` ("Bush: “…”", "- Mark Blumenthal and Jon Cohen:
 * “…”"): a few capitalised words after a sentence's end, a dash or the paragraph's start.
 */
function labelBefore(
  ctx: Context,
  at: number,
  from: number,
): { label: Range; colon: number } | null {
  const { text } = ctx;
  let colon = at - 1;
  while (colon > from && isSpace(text.charCodeAt(colon))) colon--;
  if (text[colon] !== ":") return null;
  let p = colon;
  const stop = Math.max(from, colon - LABEL_REACH);
  while (p > stop && !endsBeforeLabel(text, p)) p--;
  if (p === stop && p > from) return null;
  const label = trimRange(text, p, colon, "-");
  return speakerLabel(text, label) ? { label, colon } : null;
}

/**
 * The words of a label that names a speaker before a colon ("TAPPER:", "Bush:", "Rep. Trey Gowdy
 * (R-S.C.):", "Mark Blumenthal and Jon Cohen:"): a few capitalised words, never a page's header
 * label ("Read more:"); null when it is none.
 */
export function speakerLabel(text: string, label: Range): string[] | null {
  const words = text.slice(label.start, label.end).split(/\s+/);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return null;
  if (!words.every((w) => /^[\p{Lu}\d(]/u.test(w) || w === "and")) return null;
  return isHeaderLabel(words.join(" ")) ? null : words;
}

function dashCreditAt(
  ctx: Context,
  at: number,
  end: number,
): { speaker: Range; cue: Range } | null {
  const { text } = ctx;
  let p = at;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  if (!DASHES.includes(text[p] ?? " ")) return null;
  const cue = { start: p, end: p + 1 };
  p++;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  const speaker = creditAt(ctx, p, end);
  return speaker ? { speaker, cue } : null;
}

function colonLabelAt(
  ctx: Context,
  at: number,
  from: number,
): { speaker: Range; cue: Range } | null {
  const found = labelBefore(ctx, at, from);
  return found ? { speaker: found.label, cue: { start: found.colon, end: found.colon + 1 } } : null;
}

/**
 * "“He represents our greatest shame.” ― Sonya Herridge", "Bush: “The mission is to destroy
 * ISIS.”": a quotation of the paragraph `range` followed by a dash and a short name, or preceded
 * by a short capitalised label and a colon, is that name's statement, as in collected reactions,
 * epigraphs and excerpts. A quotation already found as a statement of its own is left; one taken as the
 * continuation of an earlier speaker is credited to the name instead. Returns `found` with them,
 * by start.
 */
export function creditedQuotes(ctx: Context, range: Range, found: Attribution[]): Attribution[] {
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
    if ((ctx.innerWords.get(q) ?? 0) < MIN_QUOTED_WORDS) continue;
    const credit = dashCreditAt(ctx, q.end, range.end) ?? colonLabelAt(ctx, q.start, range.start);
    if (!credit) continue;
    const { speaker, cue } = credit;
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
