import type { PageSource } from "../core/types";
import { t } from "../shared/i18n";

/**
 * One source: its name (a button that shows its first mention in the page, when there is one),
 * label, description, number of mentions and reference. Names and descriptions may be in the
 * other script than the UI, hence the bidi isolation.
 */
export function SourceEntry({
  source,
  onReveal,
}: {
  source: PageSource;
  onReveal?: (id: string) => void;
}) {
  const mentions = source.mentions.length;
  return (
    <div
      class="source"
      data-testid="source"
      data-source-id={source.id}
      data-alignment={source.alignment}
    >
      <p class="source-head">
        {onReveal && mentions > 0 ? (
          <button
            type="button"
            class="source-name"
            title={t("popupReveal")}
            onClick={() => onReveal(source.id)}
          >
            <bdi>{source.name}</bdi>
          </button>
        ) : (
          <strong class="source-name">
            <bdi>{source.name}</bdi>
          </strong>
        )}{" "}
        <span class="label" data-testid="source-label">
          <bdi>{source.label}</bdi>
        </span>
      </p>
      <p class="description" dir="auto">
        {source.description}
      </p>
      <p class="meta">
        {mentions > 0 && <span>{t("popupMentions", String(mentions))} · </span>}
        <a href={source.reference} target="_blank" rel="noreferrer noopener">
          {t("popupReference", source.name)}
        </a>
      </p>
    </div>
  );
}
