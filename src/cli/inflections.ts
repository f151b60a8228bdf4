/**
 * The regular inflections of an English verb form, for learning a cue's siblings that train
 * annotates too rarely to learn on their own ("urged" and "urging" are learned, "urges" not).
 * Over-generation is harmless: learn-cues keeps only forms that occur in train, and scores each
 * on its own occurrences there ("noted" also yields "not", which train shows is never a cue).
 */

const VOWEL = /[aeiou]/;
const SIBILANT = /(?:s|sh|ch|x|z)$/;

/** Candidate bare forms of a word: "urged" → urg, urge; "cited" → cit, cite; "tells" → tell. */
function bases(word: string): string[] {
  const out: string[] = [];
  const undouble = (s: string) =>
    s.length > 2 && s[s.length - 1] === s[s.length - 2] && !VOWEL.test(s.slice(-1))
      ? [s, s.slice(0, -1)]
      : [s];
  if (word.endsWith("ing")) {
    const s = word.slice(0, -3);
    out.push(...undouble(s), `${s}e`);
  } else if (word.endsWith("ied") || word.endsWith("ies")) {
    out.push(`${word.slice(0, -3)}y`);
  } else if (word.endsWith("ed")) {
    out.push(...undouble(word.slice(0, -2)), word.slice(0, -1));
  } else if (word.endsWith("es")) {
    out.push(word.slice(0, -2), word.slice(0, -1));
  } else if (word.endsWith("s") && !word.endsWith("ss")) {
    out.push(word.slice(0, -1));
  } else {
    out.push(word);
  }
  return out.filter((b) => b.length >= 2 && VOWEL.test(b));
}

/** The regular forms of a bare form: "urge" → urge, urges, urged, urging. */
function forms(base: string): string[] {
  const last = base[base.length - 1] as string;
  if (/[^aeiou]y$/.test(base)) {
    const s = base.slice(0, -1);
    return [base, `${s}ies`, `${s}ied`, `${base}ing`];
  }
  if (last === "e") return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  const out = [base, SIBILANT.test(base) ? `${base}es` : `${base}s`, `${base}ed`, `${base}ing`];
  // "admit" → admitted, admitting: a consonant after one vowel may double.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) out.push(`${base}${last}ed`, `${base}${last}ing`);
  return out;
}

/** The other regular forms of `word` (lower case, one word), without `word` itself. */
export function inflections(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (const b of bases(word)) for (const f of forms(b)) out.add(f);
  out.delete(word);
  return [...out].sort();
}
