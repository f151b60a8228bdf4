import {
  isArabicLetter,
  isSpace,
  isWordChar,
  type Normalized,
  normalize,
  toOriginal,
} from "./normalize";
import { z } from "./zod";

/**
 * One phrase of a lexicon. Phrases are normalized like the text (see normalize.ts) and must
 * begin with a letter or digit; a space in a phrase matches any run of whitespace.
 * - prefix: the phrase is a stem and may be followed by more letters of the same word
 *   ("قال" matches "قالت", "قالوا"); the match then extends to the end of that word.
 * - proclitics (default true): an Arabic phrase may be preceded, inside the same word, by the
 *   proclitics و ف ب ل ك and the article (وب، فل، وال، بال، لل…); "لل" also stands for ل + ال,
 *   so "للنظام" matches "النظام". The reported span starts after the proclitics.
 * - key: entries of the same folded phrase, flags and key are one entry, the first: a list
 *   naming one phrase many times (or many sources by one name, where the first wins anyway)
 *   then costs one match per occurrence in the text, not one per duplicate.
 */
export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  prefix?: boolean;
  proclitics?: boolean;
  key?: string;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * A matcher's trie as flat arrays, so that a ruleset compiled at build time loads without folding
 * or inserting a phrase again (see enrich-matcher.ts, restoreRuleset).
 */
export const MatcherTablesSchema = z.object({
  /** Per node in depth-first preorder, the root first: the character of the edge into it. */
  chars: z.array(z.int().check(z.nonnegative())),
  /** Per node: how many children it has (they follow it in the preorder). */
  children: z.array(z.int().check(z.nonnegative())),
  /** Per terminal, in the order phrases were added: its node. */
  terminalNodes: z.array(z.int().check(z.nonnegative())),
  /** Per terminal: 1 when its phrase is a stem (prefix), + 2 when it takes proclitics. */
  terminalFlags: z.array(z.int().check(z.gte(0), z.lte(3))),
});
export type MatcherTables = z.infer<typeof MatcherTablesSchema>;

interface Terminal<T> {
  id: number;
  value: T;
  prefix: boolean;
  proclitics: boolean;
  key: string | undefined;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  terminals: Terminal<T>[];
}

const PROCLITICS = [
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "وب",
  "وك",
  "ول",
  "فب",
  "فك",
  "فل",
  "ال",
  "وال",
  "فال",
  "بال",
  "كال",
  "وبال",
  "فبال",
  "وكال",
  "فكال",
  "لل",
  "ولل",
  "فلل",
].map((p) => Array.from(p, (ch) => ch.charCodeAt(0)));

/** Proclitic sequences by their first letter, so most words try none of them. */
const PROCLITICS_BY_FIRST = new Map<number, number[][]>();
for (const clitic of PROCLITICS) {
  const first = clitic[0] as number;
  PROCLITICS_BY_FIRST.set(first, [...(PROCLITICS_BY_FIRST.get(first) ?? []), clitic]);
}

const LAM = 0x0644;
const ALEF = 0x0627;
const SPACE = 0x20;

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), terminals: [] };
}

/**
 * The trie as the scan reads it: nodes numbered from the root (0), the root's edges in a table
 * indexed by character (every word start takes one), a node's only edge beside the node (deep
 * in the trie, past the shared beginnings of phrases, most nodes have one child or none), every
 * other edge in one open-addressing hash table, and each node's terminals as a slice of one
 * array. A scan steps through hundreds of thousands of edges per article, and this takes each
 * in a few array reads where a map per node takes a hash lookup through scattered objects.
 */
interface Frozen<T> {
  mask: number;
  /** The root's child by character, -1 for none. */
  rootChild: Int32Array;
  /**
   * Per node k, NODE_FIELDS numbers side by side at k * NODE_FIELDS, so that a step of the scan
   * reads one cache line, not one in each of four arrays: how many children it has, its only
   * edge's character and child (-1 unless it has one child), and where its terminals start; its
   * terminals are terminals[start of k, start of k + 1), and a last record holds the end.
   */
  nodes: Int32Array;
  /**
   * Per slot, three numbers side by side (one cache line holds a probe): the edge's parent
   * node (-1 for an empty slot), its character, its child.
   */
  edges: Int32Array;
  terminals: Terminal<T>[];
}

const NODE_FIELDS = 4;
const KIDS = 0;
const ONLY_CHAR = 1;
const ONLY_CHILD = 2;
const TERMINALS = 3;

function slotOf(mask: number, node: number, c: number): number {
  let h = Math.imul(node, 0x01000193) ^ c;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & mask;
}

function freeze<T>(root: TrieNode<T>): Frozen<T> {
  const nodes: TrieNode<T>[] = [root];
  const parentOf: number[] = [-1];
  const charOf: number[] = [-1];
  for (let k = 0; k < nodes.length; k++) {
    for (const [c, child] of (nodes[k] as TrieNode<T>).next) {
      nodes.push(child);
      parentOf.push(k);
      charOf.push(c);
    }
  }
  const terminalStart = new Int32Array(nodes.length + 1);
  const terminals: Terminal<T>[] = [];
  nodes.forEach((node, k) => {
    terminalStart[k] = terminals.length;
    for (const t of node.terminals) terminals.push(t);
  });
  terminalStart[nodes.length] = terminals.length;
  return { ...edgeTables(parentOf, charOf, terminalStart), terminals };
}

/**
 * The scan's tables of a trie whose node k (k > 0) hangs from parentOf[k] by character charOf[k]
 * and whose node k's terminals start at terminalStart[k] (terminalStart[nodes]: their end).
 */
function edgeTables(
  parentOf: readonly number[],
  charOf: readonly number[],
  terminalStart: Int32Array,
) {
  const nodes = parentOf.length;
  const childCount = new Int32Array(nodes);
  for (let k = 1; k < nodes; k++) {
    const p = parentOf[k] as number;
    childCount[p] = (childCount[p] as number) + 1;
  }
  let hashed = 0;
  for (let k = 1; k < nodes; k++) {
    const kids = childCount[k] as number;
    if (kids > 1) hashed += kids;
  }
  let size = 16;
  while (size < hashed * 2) size *= 2;
  const mask = size - 1;
  const edges = new Int32Array(size * 3).fill(-1);
  const rootChild = new Int32Array(0x10000).fill(-1);
  const onlyChar = new Int32Array(nodes).fill(-1);
  const onlyChild = new Int32Array(nodes).fill(-1);
  for (let k = 1; k < nodes; k++) {
    const p = parentOf[k] as number;
    const c = charOf[k] as number;
    if (p === 0) rootChild[c] = k;
    else if (childCount[p] === 1) {
      onlyChar[p] = c;
      onlyChild[p] = k;
    } else {
      let slot = slotOf(mask, p, c);
      while ((edges[slot * 3] as number) !== -1) slot = (slot + 1) & mask;
      edges[slot * 3] = p;
      edges[slot * 3 + 1] = c;
      edges[slot * 3 + 2] = k;
    }
  }
  const records = new Int32Array((nodes + 1) * NODE_FIELDS);
  for (let k = 0; k <= nodes; k++) {
    const at = k * NODE_FIELDS;
    records[at + KIDS] = k < nodes ? (childCount[k] as number) : 0;
    records[at + ONLY_CHAR] = k < nodes ? (onlyChar[k] as number) : -1;
    records[at + ONLY_CHILD] = k < nodes ? (onlyChild[k] as number) : -1;
    records[at + TERMINALS] = terminalStart[k] as number;
  }
  return { mask, rootChild, nodes: records, edges };
}

/** Each node's parent in the tables' preorder (the root's is -1). */
function preorderParents(tables: MatcherTables): number[] {
  const parentOf: number[] = [-1];
  const open: number[] = [0];
  const left: number[] = [tables.children[0] ?? 0];
  for (let i = 1; i < tables.chars.length; i++) {
    while (open.length > 0 && left[left.length - 1] === 0) {
      open.pop();
      left.pop();
    }
    const parent = open[open.length - 1];
    if (parent === undefined) throw new Error(`matcher tables: node ${i} has no parent`);
    left[left.length - 1] = (left[left.length - 1] as number) - 1;
    parentOf.push(parent);
    open.push(i);
    left.push(tables.children[i] ?? 0);
  }
  return parentOf;
}

/** Terminal `id` of the tables, checked against the node count and the values. */
function terminalOf<T>(tables: MatcherTables, values: readonly T[], id: number): Terminal<T> {
  if ((tables.terminalNodes[id] as number) >= tables.chars.length || id >= values.length) {
    throw new Error(`matcher tables: terminal ${id} is broken`);
  }
  const flags = tables.terminalFlags[id] ?? 0;
  return {
    id,
    value: values[id] as T,
    prefix: (flags & 1) !== 0,
    proclitics: (flags & 2) !== 0,
    // Duplicates were merged when the tables were made; nothing more is added.
    key: undefined,
  };
}

/**
 * The scan's form of a trie straight from its tables (toTables), without building the trie: the
 * bundled ruleset's trie has some 25,000 nodes, and a map per node took most of the start-up of
 * a batch CLI worker. Nodes keep their preorder numbers.
 */
function freezeTables<T>(tables: MatcherTables, values: readonly T[]): Frozen<T> {
  const nodes = tables.chars.length;
  const terminals = tables.terminalNodes.map((_, id) => terminalOf(tables, values, id));
  const terminalStart = new Int32Array(nodes + 1);
  for (const at of tables.terminalNodes)
    terminalStart[at + 1] = (terminalStart[at + 1] as number) + 1;
  for (let k = 0; k < nodes; k++) {
    terminalStart[k + 1] = (terminalStart[k + 1] as number) + (terminalStart[k] as number);
  }
  const byNode: Terminal<T>[] = new Array(terminals.length);
  const filled = terminalStart.slice(0, nodes);
  terminals.forEach((t, id) => {
    byNode[(filled[tables.terminalNodes[id] as number] as number)++] = t;
  });
  return {
    ...edgeTables(preorderParents(tables), tables.chars, terminalStart),
    terminals: byNode,
  };
}

/** The child of `node` by character `c`, or -1. */
function childOf<T>(f: Frozen<T>, node: number, c: number): number {
  if (node === 0) return f.rootChild[c] as number;
  const at = node * NODE_FIELDS;
  const kids = f.nodes[at + KIDS] as number;
  if (kids === 0) return -1;
  if (kids === 1) return f.nodes[at + ONLY_CHAR] === c ? (f.nodes[at + ONLY_CHILD] as number) : -1;
  const edges = f.edges;
  let slot = slotOf(f.mask, node, c) * 3;
  for (let from = edges[slot] as number; from !== -1; from = edges[slot] as number) {
    if (from === node && edges[slot + 1] === c) return edges[slot + 2] as number;
    slot += 3;
    if (slot === edges.length) slot = 0;
  }
  return -1;
}

/** The trie whose toTables() gave `tables` (for a restored matcher that is added to). */
function trieOf<T>(tables: MatcherTables, values: readonly T[]): TrieNode<T> {
  const nodes: TrieNode<T>[] = [newNode<T>()];
  preorderParents(tables).forEach((parent, i) => {
    if (i === 0) return;
    const node = newNode<T>();
    (nodes[parent] as TrieNode<T>).next.set(tables.chars[i] as number, node);
    nodes.push(node);
  });
  tables.terminalNodes.forEach((at, id) => {
    const terminal = terminalOf(tables, values, id);
    (nodes[at] as TrieNode<T>).terminals.push(terminal);
  });
  return nodes[0] as TrieNode<T>;
}

export class PhraseMatcher<T> {
  private trie: TrieNode<T> | null = newNode();
  /** A restored matcher's tables: its trie is built from them only when a phrase is added. */
  private restored: { tables: MatcherTables; values: readonly T[] } | null = null;
  private size = 0;
  /** The scan's form of the trie, made on the first scan after a change. */
  private frozen: Frozen<T> | null = null;

  constructor(entries: readonly PhraseEntry<T>[]) {
    for (const entry of entries) this.add(entry);
  }

  private get root(): TrieNode<T> {
    if (!this.trie && this.restored) this.trie = trieOf(this.restored.tables, this.restored.values);
    this.restored = null;
    this.trie ??= newNode();
    return this.trie;
  }

  /** Adds one phrase (a matcher can be built a phrase at a time, in slices). */
  add(entry: PhraseEntry<T>): void {
    const folded = normalize(entry.phrase).text.trim().replace(/\s+/g, " ");
    if (folded.length === 0) return;
    this.frozen = null;
    let node = this.root;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
      }
      node = child;
    }
    const terminal = {
      id: this.size,
      value: entry.value,
      prefix: entry.prefix ?? false,
      proclitics: entry.proclitics ?? true,
      key: entry.key,
    };
    const same = (t: Terminal<T>) =>
      t.key !== undefined &&
      t.key === terminal.key &&
      t.prefix === terminal.prefix &&
      t.proclitics === terminal.proclitics;
    if (node.terminals.some(same)) return;
    node.terminals.push(terminal);
    this.size++;
  }

  /** The trie as tables, and each terminal's value in the same order (terminal i's is values[i]). */
  toTables(): { tables: MatcherTables; values: T[] } {
    const tables: MatcherTables = { chars: [], children: [], terminalNodes: [], terminalFlags: [] };
    const values: T[] = [];
    const stack: [TrieNode<T>, number][] = [[this.root, 0]];
    while (stack.length > 0) {
      const [node, char] = stack.pop() as [TrieNode<T>, number];
      const index = tables.chars.length;
      tables.chars.push(char);
      tables.children.push(node.next.size);
      for (const t of node.terminals) {
        tables.terminalNodes[t.id] = index;
        tables.terminalFlags[t.id] = (t.prefix ? 1 : 0) + (t.proclitics ? 2 : 0);
        values[t.id] = t.value;
      }
      // Reversed onto the stack, so the preorder visits children in insertion order.
      const children = [...node.next];
      for (let k = children.length - 1; k >= 0; k--) {
        const [c, child] = children[k] as [number, TrieNode<T>];
        stack.push([child, c]);
      }
    }
    return { tables, values };
  }

  /** The matcher whose toTables() gave `tables`; `values[i]` is terminal i's value. */
  static fromTables<T>(tables: MatcherTables, values: readonly T[]): PhraseMatcher<T> {
    const matcher = new PhraseMatcher<T>([]);
    matcher.frozen = freezeTables(tables, values);
    matcher.trie = null;
    matcher.restored = { tables, values };
    matcher.size = tables.terminalNodes.length;
    return matcher;
  }

  /** Every match (overlapping ones included), in original offsets, sorted by start then length. */
  findAll(n: Normalized): PhraseMatch<T>[] {
    const text = n.text;
    const length = text.length;
    this.frozen ??= freeze(this.root);
    const f = this.frozen;
    const found: { s: number; e: number; id: number; value: T }[] = [];
    const walk = (from: number, start: number, matchStart: number, viaProclitic: boolean) => {
      let node = start;
      let i = from;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
          node = childOf(f, node, SPACE);
          while (i < length && isSpace(text.charCodeAt(i))) i++;
        } else {
          node = childOf(f, node, c);
          i++;
        }
        if (node < 0) return;
        const last = f.nodes[(node + 1) * NODE_FIELDS + TERMINALS] as number;
        for (let k = f.nodes[node * NODE_FIELDS + TERMINALS] as number; k < last; k++) {
          const t = f.terminals[k] as Terminal<T>;
          if (viaProclitic && !t.proclitics) continue;
          let end = i;
          if (t.prefix) {
            while (end < length && isWordChar(text.charCodeAt(end))) end++;
          } else if (end < length && isWordChar(text.charCodeAt(end))) {
            continue;
          }
          const [a, b] = toOriginal(n, matchStart, end);
          found.push({ s: a, e: b, id: t.id, value: t.value });
        }
      }
    };
    const alef = childOf(f, 0, ALEF);
    const articleNode = alef < 0 ? -1 : childOf(f, alef, LAM);
    let previousIsWord = false;
    for (let p = 0; p < length; p++) {
      const c = text.charCodeAt(p);
      const word = isWordChar(c);
      const wordStart = word && !previousIsWord;
      previousIsWord = word;
      if (!wordStart) continue;
      walk(p, 0, p, false);
      // Every proclitic begins with an Arabic letter.
      const clitics = c >= 0x0600 && c <= 0x06ff ? PROCLITICS_BY_FIRST.get(c) : undefined;
      if (!clitics) continue;
      for (const clitic of clitics) {
        const after = p + clitic.length;
        if (after >= length || !isArabicLetter(text.charCodeAt(after))) continue;
        let k = 1;
        while (k < clitic.length && text.charCodeAt(p + k) === clitic[k]) k++;
        if (k < clitic.length) continue;
        walk(after, 0, after, true);
        if (
          articleNode >= 0 &&
          clitic[clitic.length - 2] === LAM &&
          clitic[clitic.length - 1] === LAM
        ) {
          // The span keeps the article's lam: "للنظام" reports "لنظام".
          walk(after, articleNode, after - 1, true);
        }
      }
    }
    found.sort((x, y) => x.s - y.s || y.e - x.e || x.id - y.id);
    const out: PhraseMatch<T>[] = [];
    let last: (typeof found)[number] | undefined;
    for (const f of found) {
      // The same phrase reached twice (with and without a proclitic) is one match.
      if (last && last.s === f.s && last.e === f.e && last.id === f.id) continue;
      out.push({ start: f.s, end: f.e, value: f.value });
      last = f;
    }
    return out;
  }

  /** Leftmost-longest matches that do not overlap. */
  findLongest(n: Normalized): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let reached = -1;
    for (const m of this.findAll(n)) {
      if (m.start < reached) continue;
      out.push(m);
      reached = m.end;
    }
    return out;
  }
}
