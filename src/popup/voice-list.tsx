import { useState } from "preact/hooks";
import { plural, t } from "../shared/i18n";
import type { Voice } from "../shared/voices";

/**
 * The page's sources, most statements first, each with its label (or "no label") and two buttons
 * that step through its statements on the page; the first few, then all on request, so the popup's
 * first screen holds. The publisher, named in the verdict, is not repeated here.
 */
const FIRST = 5;

export function VoiceList({
  voices,
  publisherId,
  onStep,
}: {
  voices: readonly Voice[];
  publisherId: string | null;
  onStep: (id: string, direction: "next" | "previous") => void;
}) {
  const [all, setAll] = useState(false);
  const listed = voices.filter((v) => v.id !== publisherId);
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t("popupSources")}</h2>
      {listed.length === 0 ? (
        <p class="detail">{t("popupNoSources")}</p>
      ) : (
        <>
          <ul class="voice-list" data-testid="voice-list">
            {(all ? listed : listed.slice(0, FIRST)).map((voice) => (
              <li
                key={voice.id}
                data-testid="source"
                data-source-id={voice.id}
                data-alignment={voice.alignment ?? ""}
                data-side={voice.side}
              >
                <span class={`swatch side-${voice.side}`} aria-hidden="true" />
                <span class="voice-text" title={voice.name}>
                  <bdi class="source-name">{voice.name}</bdi>{" "}
                  <span class="label" data-testid="source-label">
                    <bdi>{voice.label ?? t("popupNoLabel")}</bdi>
                  </span>{" "}
                  <span class="count">{plural("countStatements", voice.statements)}</span>
                </span>
                <span class="steps">
                  <button
                    type="button"
                    class="step"
                    data-step="previous"
                    aria-label={t("popupStepPrevious", voice.name)}
                    title={t("popupStepPrevious", voice.name)}
                    onClick={() => onStep(voice.id, "previous")}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="step"
                    data-step="next"
                    aria-label={t("popupStepNext", voice.name)}
                    title={t("popupStepNext", voice.name)}
                    onClick={() => onStep(voice.id, "next")}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {listed.length > FIRST && (
            <button
              type="button"
              class="link-button more"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? t("popupFewerSources") : t("popupAllSources", String(listed.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
