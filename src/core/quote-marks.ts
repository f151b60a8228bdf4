import { isSpace, isWordChar } from "./normalize";
import { paragraphsOf } from "./sentences";

/** A pair of quotation marks: start/end include the marks, inner* exclude them. */
export interface Quotation {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** Nesting depth: 0 for an outermost quotation. */
  depth: number;
}

type Family = "double" | "single" | "guillemet" | "angle-single" | "corner" | "white-corner";

interface MarkKind {
  family: Family;
  /** What the mark is on its own: always opening, always closing, or decided by its context. */
  role: "open" | "close" | "either";
  /** For "either" marks: the role to take when the context does not decide. */
  lean?: "open" | "close";
}

const MARKS: Record<string, MarkKind> = {
  '"': { family: "double", role: "either" },
  "“": { family: "double", role: "either", lean: "open" },
  "”": { family: "double", role: "either", lean: "close" },
  "„": { family: "double", role: "open" },
  "'": { family: "single", role: "either" },
  "‘": { family: "single", role: "either", lean: "open" },
  "’": { family: "single", role: "either", lean: "close" },
  "‚": { family: "single", role: "open" },
  "«": { family: "guillemet", role: "open" },
  "»": { family: "guillemet", role: "close" },
  "‹": { family: "angle-single", role: "open" },
  "›": { family: "angle-single", role: "close" },
  "「": { family: "corner", role: "open" },
  "」": { family: "corner", role: "close" },
  "『": { family: "white-corner", role: "open" },
  "』": { family: "white-corner", role: "close" },
};

const OPENING_CONTEXT = new Set([
  "(",
  "[",
  "{",
  ":",
  "—",
  "–",
  "-",
  "«",
  "“",
  "‘",
  "„",
  "‚",
  '"',
  "'",
]);
const CLOSING_CONTEXT = new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "؟",
  "،",
  "؛",
  ")",
  "]",
  "}",
  "…",
  "—",
  "–",
  "-",
  "»",
  "”",
  "’",
  '"',
  "'",
]);

/** Deeper nesting than this is not prose; further opening marks are ignored. */
const MAX_DEPTH = 16;

interface Open {
  family: Family;
  pos: number;
  /** Length of the opening mark: 2 for a doubled apostrophe. */
  len: number;
}

const DOUBLE_OPEN: MarkKind = { family: "double", role: "either", lean: "open" };
const DOUBLE_CLOSE: MarkKind = { family: "double", role: "either", lean: "close" };

/** Code units of every quotation mark, so most characters are passed over with one test. */
const IS_MARK = new Uint8Array(0x10000);
for (const ch of Object.keys(MARKS)) IS_MARK[ch.charCodeAt(0)] = 1;

/** The mark at i: typewriter text writes a double quotation mark as two apostrophes (''…''). */
function markAt(text: string, i: number): { kind: MarkKind; len: number } | null {
  if (!IS_MARK[text.charCodeAt(i)]) return null;
  const ch = text[i] as string;
  const kind = MARKS[ch];
  if (!kind) return null;
  // i + 1 checked first: a read past the text's end costs the optimised code a deopt.
  if ((ch === "'" || ch === "‘" || ch === "’") && i + 1 < text.length && text[i + 1] === ch) {
    return { kind: ch === "’" ? DOUBLE_CLOSE : DOUBLE_OPEN, len: 2 };
  }
  return { kind, len: 1 };
}

/** A left-flanking mark has space or opening punctuation before it; right-flanking: after it. */
function flanks(
  text: string,
  i: number,
  len: number,
  lo: number,
  hi: number,
): { left: boolean; right: boolean } {
  const before = i > lo ? (text[i - 1] as string) : "";
  const after = i + len < hi ? (text[i + len] as string) : "";
  const left = before === "" || isSpace(before.charCodeAt(0)) || OPENING_CONTEXT.has(before);
  const right = after === "" || isSpace(after.charCodeAt(0)) || CLOSING_CONTEXT.has(after);
  return { left, right };
}

function decideRole(
  kind: MarkKind,
  left: boolean,
  right: boolean,
  hasOpen: boolean,
): "open" | "close" {
  if (kind.role !== "either") return kind.role;
  if (left && !right) return "open";
  if (right && !left) return "close";
  // Spaces on both sides (Arabic web typing: “ after a space at the end of a quote, ” then a
  // space at its start): close what is open, else open. Between two letters: lean by shape.
  if (hasOpen) return "close";
  return left ? "open" : (kind.lean ?? "open");
}

/** Whether a single mark between letters or after a plural -s is an apostrophe, not a quote. */
function isApostrophe(text: string, i: number, hasOpenSingle: boolean): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const wordBefore = i > 0 && isWordChar(before);
  const wordAfter = i + 1 < text.length && isWordChar(after);
  if (wordBefore && wordAfter) return true;
  // Jones' / the '90s: only a quote when it can close an open single quotation.
  if (wordBefore && !hasOpenSingle) return true;
  return !wordBefore && wordAfter && i + 2 < text.length && /\d/.test(text[i + 1] as string);
}

/**
 * Pairs quotation marks in linear time. A quotation never runs past the end of its paragraph
 * unless the next paragraph opens with the same kind of mark (the convention for a quote that
 * spans paragraphs: the opening mark repeated, one closing mark at the end); marks left open
 * at a paragraph end are strays and are dropped, so one stray mark cannot swallow the article.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let stack: Open[] = [];
  const openCount = new Map<Family, number>();
  const setStack = (next: Open[]) => {
    stack = next;
    openCount.clear();
    for (const o of stack) openCount.set(o.family, (openCount.get(o.family) ?? 0) + 1);
  };
  const paras = paragraphsOf(text);
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as { start: number; end: number };
    // A quotation carried over from the previous paragraph: skip its repeated opening mark.
    let i = stack.length > 0 ? para.start + (markAt(text, para.start)?.len ?? 1) : para.start;
    for (; i < para.end; i++) {
      const mark = markAt(text, i);
      if (!mark) continue;
      const ch = text[i] as string;
      const { kind, len } = mark;
      const hasOpenOfFamily = (openCount.get(kind.family) ?? 0) > 0;
      if (
        len === 1 &&
        kind.family === "single" &&
        (ch === "'" || ch === "’") &&
        isApostrophe(text, i, hasOpenOfFamily)
      ) {
        continue;
      }
      const { left, right } = flanks(text, i, len, para.start, para.end);
      const role = decideRole(kind, left, right, hasOpenOfFamily);
      const at = i;
      i += len - 1;
      if (role === "open") {
        if (stack.length < MAX_DEPTH) {
          stack.push({ family: kind.family, pos: at, len });
          openCount.set(kind.family, (openCount.get(kind.family) ?? 0) + 1);
        }
        continue;
      }
      if (!hasOpenOfFamily) continue;
      let k = stack.length - 1;
      while (k >= 0 && stack[k]?.family !== kind.family) k--;
      const open = stack[k] as Open;
      // "rock 'n' roll": a one- or two-letter single quotation is an elision, not a quote.
      const elision = kind.family === "single" && at - open.pos <= 3;
      if (!elision)
        out.push({
          start: open.pos,
          end: at + len,
          innerStart: open.pos + open.len,
          innerEnd: at,
          depth: k,
        });
      for (let d = k; d < stack.length; d++) {
        const f = (stack[d] as Open).family;
        openCount.set(f, (openCount.get(f) ?? 1) - 1);
      }
      stack.length = k;
    }
    const next = paras[p + 1];
    const firstOfNext = next ? markAt(text, next.start)?.kind : undefined;
    const outer = stack[0];
    const continues =
      outer !== undefined &&
      firstOfNext !== undefined &&
      firstOfNext.family === outer.family &&
      firstOfNext.role !== "close";
    setStack(continues && outer ? [outer] : []);
  }
  return out.sort((a, b) => a.start - b.start);
}
