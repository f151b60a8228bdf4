/**
 * Folds text for matching while keeping a map back to the original UTF-16 offsets, so every
 * finding computed on the folded text can be reported against the text the reader sees.
 */
export interface Normalized {
  text: string;
  /** The text that was normalized; offsets in map point into it. */
  input: string;
  /** map[i] = original offset of normalized char i; map[text.length] = input length. */
  map: Int32Array;
}

/** Characters that carry no letter of their own: skipped so words match across them. */
function isIgnorable(c: number): boolean {
  return (
    c === 0x0640 || // tatweel
    (c >= 0x064b && c <= 0x065f) || // harakat
    c === 0x0670 || // superscript alef
    (c >= 0x0610 && c <= 0x061a) || // Quranic marks
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x061c || // Arabic letter mark
    (c >= 0x200b && c <= 0x200f) || // zero-width, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff
  );
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Decoding the UTF-16 buffer is far faster than building the string unit by unit. */
const UTF16 = new TextDecoder("utf-16le");

/** Up to this many units, a string is built unit by unit. */
const SHORT_UNITS = 32;

/**
 * The string of units[0, n). The decoder writes one U+FFFD for each lone surrogate, so the
 * offsets hold and only those units are put back.
 */
function fromUnits(units: Uint16Array, n: number, surrogates: boolean): string {
  // A word or a name (most calls): the decoder's call costs more than the string it builds.
  if (n <= SHORT_UNITS) {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(units[i] as number);
    return s;
  }
  const decoded = UTF16.decode(units.subarray(0, n));
  if (!surrogates) return decoded;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const c = units[i] as number;
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = units[i + 1] ?? 0;
    if (c <= 0xdbff && i + 1 < n && next >= 0xdc00 && next <= 0xdfff) {
      i++;
      continue;
    }
    parts.push(decoded.slice(from, i), String.fromCharCode(c));
    from = i + 1;
  }
  parts.push(decoded.slice(from));
  return parts.join("");
}

/** NFKC of presentation forms, computed once per code point. */
const presentationBases = new Map<number, string>();

function presentationBase(c: number): string {
  let base = presentationBases.get(c);
  if (base === undefined) {
    base = String.fromCharCode(c).normalize("NFKC");
    presentationBases.set(c, base);
  }
  return base;
}

function foldLetter(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return 0x0627; // أ إ آ ٱ -> ا
  if (c === 0x0649) return 0x064a; // ى -> ي
  if (c >= 0xc0 && c <= 0x24f) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

export function normalize(input: string): Normalized {
  // Every branch but the ligatures writes at most one unit per input character.
  let out = new Uint16Array(input.length + 1);
  let origins = new Int32Array(input.length + 2);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      // ASCII: nothing to drop, only upper case to fold.
      out[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      origins[n++] = i;
    } else if (isPresentationForm(c)) {
      const base = presentationBase(c);
      // A ligature may expand to several letters («ﷺ» to 18): the buffers must then hold its
      // letters and one unit for each input character still to come.
      const needed = n + base.length + (input.length - i);
      if (needed > out.length) {
        const bigger = new Uint16Array(Math.max(needed, out.length * 2));
        bigger.set(out);
        out = bigger;
        const more = new Int32Array(bigger.length + 1);
        more.set(origins);
        origins = more;
      }
      for (let k = 0; k < base.length; k++) {
        const b = base.charCodeAt(k);
        if (isIgnorable(b)) continue;
        out[n] = foldLetter(b);
        origins[n++] = i;
      }
    } else if (!isIgnorable(c)) {
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      out[n] = foldLetter(c);
      origins[n++] = i;
    }
  }
  const text = fromUnits(out, n, surrogates);
  const map = origins.slice(0, n + 1);
  map[n] = input.length;
  return { text, input, map };
}

function isTrailingMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/**
 * The original half-open range covering normalized [start, end). The end takes in the whole
 * last source character (a ligature, a surrogate pair) and the harakat written on it.
 */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const a = n.map[start] ?? n.input.length;
  if (end <= start) return [a, a];
  const last = n.map[end - 1] ?? a;
  const lastCode = n.input.charCodeAt(last);
  let b = lastCode >= 0xd800 && lastCode <= 0xdbff ? last + 2 : last + 1;
  const next = n.map[end] ?? b;
  while (b < next && isTrailingMark(n.input.charCodeAt(b))) b++;
  return [a, Math.min(b, n.input.length)];
}

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)
  );
}

/**
 * A Unicode property test of one BMP code unit, cached per unit (0 unknown, 1 yes, 2 no): a regex
 * per character is what the scans would otherwise pay.
 */
export function bmpTest(pattern: RegExp): (c: number) => boolean {
  const cache = new Uint8Array(0x10000);
  return (c) => {
    let known = cache[c];
    if (!known) {
      known = pattern.test(String.fromCharCode(c)) ? 1 : 2;
      cache[c] = known;
    }
    return known === 1;
  };
}

const isUnicodeWordChar = bmpTest(/[\p{L}\p{N}\p{M}]/u);

/** Letters and digits (and combining marks, which belong to their letter) form words. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  if (isArabicLetter(c) || (c >= 0x0660 && c <= 0x0669)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return isUnicodeWordChar(c);
}

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/** The normalized offset of original offset `pos`: the first normalized char at or after it. */
export function toNormalized(n: Normalized, pos: number): number {
  let lo = 0;
  let hi = n.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.map[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
