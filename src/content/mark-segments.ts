import type { View } from "../shared/settings";
import { SIDES, type Side } from "../shared/sides";

/** How a piece of text is marked: one style per point, however many findings cover it. */
export type MarkStyle =
  | `voice-${Side}`
  | "statement"
  | "alleged"
  | `statement-${Side}`
  | `alleged-${Side}`;

/** Every style a mark can have (so every highlight the extension may register is known). */
export const MARK_STYLES: readonly MarkStyle[] = [
  "statement",
  "alleged",
  ...SIDES.flatMap((side) => [`voice-${side}`, `statement-${side}`, `alleged-${side}`] as const),
];

interface Interval {
  start: number;
  end: number;
}

export interface MarkedStatement extends Interval {
  speaker: Interval | null;
  cue: Interval | null;
  side: Side;
}

export interface Segment extends Interval {
  style: MarkStyle;
}

type Layer = { kind: "voice" | "statement"; side: Side } | { kind: "alleged" };

/**
 * Cuts the text into non-overlapping pieces, each with the one style the view gives it: the
 * speaker and cue of a statement carry its side, the statement a thin line, an allegation its wavy
 * line; where they overlap one mark shows what matters most (the voice, then the allegation).
 * Adjacent pieces of the same style are merged. Offsets are those of the findings.
 */
export function markSegments(
  statements: readonly MarkedStatement[],
  allegations: readonly Interval[],
  view: View,
): Segment[] {
  const events: { at: number; delta: 1 | -1; layer: Layer }[] = [];
  const add = (span: Interval | null, layer: Layer) => {
    if (!span || span.end <= span.start) return;
    events.push({ at: span.start, delta: 1, layer }, { at: span.end, delta: -1, layer });
  };
  for (const a of allegations) add(a, { kind: "alleged" });
  if (view !== "allegations") {
    for (const s of statements) {
      add(s, { kind: "statement", side: s.side });
      add(s.speaker, { kind: "voice", side: s.side });
      add(s.cue, { kind: "voice", side: s.side });
    }
  }
  events.sort((a, b) => a.at - b.at);

  const voice = new Map<Side, number>();
  const statement = new Map<Side, number>();
  let alleged = 0;
  const out: Segment[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i]?.at ?? 0;
    for (; i < events.length && events[i]?.at === at; i++) {
      const { delta, layer } = events[i] as (typeof events)[number];
      if (layer.kind === "alleged") alleged += delta;
      else {
        const counts = layer.kind === "voice" ? voice : statement;
        counts.set(layer.side, (counts.get(layer.side) ?? 0) + delta);
      }
    }
    const next = events[i]?.at;
    if (next === undefined || next === at) continue;
    const style = styleOf(first(voice), first(statement), alleged > 0, view);
    if (!style) continue;
    const last = out[out.length - 1];
    if (last && last.end === at && last.style === style) last.end = next;
    else out.push({ start: at, end: next, style });
  }
  return out;
}

function first(counts: Map<Side, number>): Side | null {
  return SIDES.find((side) => (counts.get(side) ?? 0) > 0) ?? null;
}

function styleOf(
  voice: Side | null,
  statement: Side | null,
  alleged: boolean,
  view: View,
): MarkStyle | null {
  if (view === "allegations") return alleged ? "alleged" : null;
  // Whose voice it is stays visible inside an allegation; the card lists both.
  if (voice) return `voice-${voice}`;
  if (view === "everything" && statement) {
    return alleged ? `alleged-${statement}` : `statement-${statement}`;
  }
  if (alleged) return "alleged";
  return statement ? "statement" : null;
}
