/**
 * The sides a statement's source can be on, as the marks, the card's legend and the popup's
 * "Whose voices" bar show them. Each side has a hue and a line shape of its own, so the marks do
 * not rely on colour alone. Line colours have a relative luminance between 0.10 and 0.30: at least
 * 3:1 against white and against black, so they hold on light and dark pages.
 */
export const SIDES = ["state", "armed", "opposition", "independent", "none"] as const;
export type Side = (typeof SIDES)[number];

export interface LineStyle {
  /** The line's colour (also the tint's hue). */
  color: string;
  /** CSS text-decoration-style, or null for a tint without a line. */
  line: "solid" | "double" | "dashed" | "dotted" | "wavy" | null;
  /** Line thickness in px. */
  thickness: number;
}

export const SIDE_STYLE: Record<Side, LineStyle> = {
  state: { color: "#d55e00", line: "solid", thickness: 2 },
  armed: { color: "#8e44ad", line: "double", thickness: 3 },
  opposition: { color: "#228833", line: "dashed", thickness: 2 },
  independent: { color: "#0072b2", line: "dotted", thickness: 2 },
  none: { color: "#767676", line: "solid", thickness: 1 },
};

/** An unverified allegation: the only wavy line. */
export const ALLEGATION_STYLE: LineStyle = { color: "#c2185b", line: "wavy", thickness: 1.5 };
/** The statement itself: a thin neutral line under the words said. */
export const STATEMENT_STYLE: LineStyle = { color: "#767676", line: "solid", thickness: 1 };

/** The _locales key naming each side. */
export const SIDE_NAME: Record<Side, string> = {
  state: "side_state",
  armed: "side_armed",
  opposition: "side_opposition",
  independent: "side_independent",
  none: "side_none",
};

/**
 * The side of an alignment from the taxonomy ("armed-group:isis" is an armed group); anything
 * without a label, or outside the taxonomy, has none.
 */
export function sideOf(alignment: string | null | undefined): Side {
  const family = alignment?.split(":", 1)[0];
  switch (family) {
    case "government":
    case "state-media":
    case "pro-government":
      return "state";
    case "armed-group":
      return "armed";
    case "opposition":
      return "opposition";
    case "independent":
    case "wire-service":
    case "monitor":
    case "public-broadcaster":
      return "independent";
    default:
      return "none";
  }
}
