import { plural, t } from "../shared/i18n";
import { SIDE_NAME, SIDE_STYLE, SIDES, type Side } from "../shared/sides";

/**
 * "Whose voices": the page's statements as one bar split by the side of their source, with the
 * count of each part in the legend (the bar itself is a picture of the legend, hidden from
 * screen readers). The legend's swatches are the marks' own tint and line shape.
 */
export function WhoseVoices({ bySide }: { bySide: Record<Side, number> }) {
  const total = SIDES.reduce((sum, side) => sum + bySide[side], 0);
  const shown = SIDES.filter((side) => bySide[side] > 0);
  return (
    <section class="voices" aria-labelledby="voices-heading" data-testid="whose-voices">
      <h2 id="voices-heading">{t("popupWhoseVoices")}</h2>
      {total === 0 ? (
        <p class="detail">{t("popupNoStatements")}</p>
      ) : (
        <>
          <div class="bar" aria-hidden="true">
            {shown.map((side) => (
              <span
                key={side}
                class={`part side-${side}`}
                data-side={side}
                style={{ flexGrow: bySide[side], background: SIDE_STYLE[side].color }}
              />
            ))}
          </div>
          <ul class="legend">
            {shown.map((side) => (
              <li key={side} data-side={side} data-count={bySide[side]}>
                <span class={`swatch side-${side}`} aria-hidden="true" /> {t(SIDE_NAME[side])}:{" "}
                {plural("countStatements", bySide[side])}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
